package io.github.ilacs.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plan package imports only the vocabulary, the pathway and the rules' {@code Severity};
 * no other package of the core imports it. Surefire runs in the core module's directory.
 */
class PlanArrowsTest {
  private static final Path CORE = Path.of("src", "main", "java", "io", "github", "ilacs");
  private static final Pattern ILACS_IMPORT =
      Pattern.compile("^import (static )?io\\.github\\.ilacs\\.([a-z]+\\.)?([A-Z]\\w*).*");

  /** Each import of an ilacs type in a source file, as {@code file: import line}. */
  private static List<String> ilacsImports(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(l -> ILACS_IMPORT.matcher(l).matches())
          .map(l -> CORE.relativize(file) + ": " + l).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> sources(Path dir) throws IOException {
    return Files.walk(dir).filter(f -> f.toString().endsWith(".java"));
  }

  @Test
  void planImportsOnlyTheVocabularyThePathwayAndSeverity() throws IOException {
    List<String> imports;
    try (Stream<Path> files = sources(CORE.resolve("plan"))) {
      imports = files.flatMap(f -> ilacsImports(f).stream()).toList();
    }
    assertThat(imports).isNotEmpty().allMatch(l -> l.matches(".*import (static )?io\\.github"
        + "\\.ilacs\\.(pathway\\.|internal\\.IlacsStyle|rules\\.Severity|[A-Z]).*"), "an "
        + "import of the vocabulary, the pathway, IlacsStyle or Severity");
  }

  @Test
  void nothingElseInTheCoreImportsPlan() throws IOException {
    List<String> imports;
    try (Stream<Path> files = sources(CORE)) {
      imports = files.filter(f -> !f.startsWith(CORE.resolve("plan")))
          .flatMap(f -> ilacsImports(f).stream()).toList();
    }
    assertThat(imports).isNotEmpty().noneMatch(l -> l.contains("io.github.ilacs.plan."));
  }
}

package io.github.ilacs.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparisons depend on the vocabulary and the directory; nothing depends on them. */
class DependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/io/github/ilacs");

  private static List<String> imports(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
        try {
          return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
              .map(l -> f.getFileName() + ": " + l);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "compare, io\\.github\\.ilacs\\.(pathway|rules|calendar|internal)\\.",
      ". , io\\.github\\.ilacs\\.compare\\.",
      "directory, io\\.github\\.ilacs\\.compare\\.",
      "pathway, io\\.github\\.ilacs\\.compare\\.",
      "rules, io\\.github\\.ilacs\\.compare\\."})
  void packagesImportAlongTheArrowsOnly(String pkg, String forbidden) throws IOException {
    assertThat(imports(SOURCES.resolve(pkg)))
        .isNotEmpty()
        .noneMatch(l -> l.matches(".*import (static )?" + forbidden + ".*"));
  }
}

package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packages' arrows point one way: the vocabulary and the calendar read nothing of the rules
 * or the pathway, and the rules never read the pathway (the pathway reads the rules, to carry a
 * history's errors). Surefire runs in the core module's directory.
 */
class PackageArrowsTest {
  private static final Path MAIN = Path.of("src", "main", "java", "io", "github", "ilacs");

  @ParameterizedTest(name = "{0} does not read {1}")
  @CsvSource({
      "rules, io.github.ilacs.pathway",
      "calendar, io.github.ilacs.pathway",
      "calendar, io.github.ilacs.rules",
      ", io.github.ilacs.pathway",
      ", io.github.ilacs.rules"
  })
  void aPackageDoesNotReadAnother(String pkg, String forbidden) throws IOException {
    Path dir = pkg == null ? MAIN : MAIN.resolve(pkg);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString())
          .doesNotContain(forbidden + ".");
    }
  }
}

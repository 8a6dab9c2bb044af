package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the lines of the README between two marker lines, for the tests that keep its tables in
 * step with the catalogues. Surefire runs in the core module's directory, so the README is
 * {@code ../README.md}.
 */
public final class ReadmeSection {
  private static final Path README = Path.of("..", "README.md");

  private ReadmeSection() {}

  /**
   * Returns the lines strictly between two marker lines, failing the test when either is missing.
   *
   * @param start the opening marker line
   * @param end the closing marker line
   * @return the lines between them
   * @throws IOException when the README cannot be read
   */
  public static List<String> between(String start, String end) throws IOException {
    assertThat(README).as("README.md at the repository root").exists();
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int from = lines.indexOf(start);
    int to = lines.indexOf(end);
    assertThat(from).as("line %s in %s", start, README).isNotNegative();
    assertThat(to).as("line %s after %s", end, start).isGreaterThan(from);
    return lines.subList(from + 1, to);
  }
}

package io.github.ilacs.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's table of format rules is the catalogue, row for row. */
class ReadmeFormatRuleTableTest {
  @ParameterizedTest
  @EnumSource(FormatRule.class)
  void theReadmeListsTheRuleWithItsStatement(FormatRule rule) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("| `" + rule.code() + "` | " + rule.statement() + " |");
  }
}

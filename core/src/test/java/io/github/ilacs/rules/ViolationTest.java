package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViolationTest {
  @Test
  void carriesTheRulesCodeAndSeverity() {
    Violation v = new Violation(Rule.SHORT_ONLY_AFTER_GOOD, "/inspections/1/kind", "after RI");
    assertThat(v.code()).isEqualTo("R605");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v).hasToString("WARNING R605 /inspections/1/kind: after RI");
  }

  @Test
  void theWholeRecordPrintsAsSlash() {
    assertThat(new Violation(Rule.ONE_AUTHORITY, "", "mixed")).hasToString("ERROR R601 /: mixed");
  }

  @Test
  void isPrefixedUnderAHistoryPath() {
    Violation v = new Violation(Rule.FRAMEWORK_IN_FORCE, "/start", "not in force");
    assertThat(v.under("/inspections/3").path()).isEqualTo("/inspections/3/start");
    assertThat(v.under("/inspections/3").rule()).isEqualTo(Rule.FRAMEWORK_IN_FORCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "judgements/0", " /start"})
  void aPathThatIsNotAJsonPointerIsRefused(String path) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Violation(Rule.FRAMEWORK_IN_FORCE, path, "message"))
        .withMessageContaining("path").withMessageContaining(path);
  }

  @Test
  void aBlankMessageIsRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Violation(Rule.FRAMEWORK_IN_FORCE, "/start", "  "))
        .withMessageContaining("message");
  }
}

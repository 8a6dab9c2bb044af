package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationReportTest {
  private static final Violation OVERLAP = new Violation(Rule.NO_OVERLAPPING_ACTIVITY,
      "/inspections/10/start", "the visit overlaps the inspection");
  private static final Violation LENGTH = new Violation(Rule.USUAL_ON_SITE_LENGTH,
      "/inspections/2/end", "on site 3 weekdays");
  private static final Violation MISSING = new Violation(Rule.REQUIRED_AREAS_GRADED,
      "/inspections/2/judgements", "ILACS_2023 STANDARD_INSPECTION does not grade CARE_LEAVERS");
  private static final Violation NOT_IN_FORCE = new Violation(Rule.FRAMEWORK_IN_FORCE,
      "/inspections/2/end", "not in force");

  @Test
  void violationsAreOrderedByPathWithNumbersComparedAsNumbersThenByCode() {
    ValidationReport report = ValidationReport.of(List.of(OVERLAP, LENGTH, MISSING, NOT_IN_FORCE));
    assertThat(report.violations()).containsExactly(NOT_IN_FORCE, LENGTH, MISSING, OVERLAP);
  }

  @Test
  void orderDoesNotDependOnTheOrderFound() {
    List<Violation> shuffled = new ArrayList<>(List.of(MISSING, OVERLAP, NOT_IN_FORCE, LENGTH));
    ValidationReport a = ValidationReport.of(shuffled);
    java.util.Collections.reverse(shuffled);
    ValidationReport b = ValidationReport.of(shuffled);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @ParameterizedTest
  @CsvSource({
      "/inspections/2, /inspections/10, -1",
      "/inspections/10, /inspections/9, 1",
      "'', /start, -1",
      "/judgements, /judgements/0/grade, -1",
      "/end, /start, -1",
      "/judgements/0, /judgements/00, -1",
  })
  void pathsCompareSegmentBySegment(String a, String b, int sign) {
    assertThat(Integer.signum(ValidationReport.comparePaths(a, b))).isEqualTo(sign);
    assertThat(Integer.signum(ValidationReport.comparePaths(b, a))).isEqualTo(-sign);
  }

  @Test
  void errorsAndWarningsSplitBySeverity() {
    ValidationReport report = ValidationReport.of(List.of(OVERLAP, LENGTH, MISSING));
    assertThat(report.errors()).containsExactly(MISSING, OVERLAP);
    assertThat(report.warnings()).containsExactly(LENGTH);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.hasNoViolations()).isFalse();
    assertThat(report.violationsOf(Rule.USUAL_ON_SITE_LENGTH)).containsExactly(LENGTH);
  }

  @Test
  void warningsAloneAreNotErrors() {
    ValidationReport report = ValidationReport.of(List.of(LENGTH));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.hasNoViolations()).isFalse();
  }

  @Test
  void printsOneLinePerViolation() {
    ValidationReport report = ValidationReport.of(List.of(OVERLAP, MISSING));
    assertThat(report.toString()).isEqualTo(
        "ERROR R201 /inspections/2/judgements: ILACS_2023 STANDARD_INSPECTION does not grade"
            + " CARE_LEAVERS\n"
            + "ERROR R603 /inspections/10/start: the visit overlaps the inspection");
  }

  @Test
  void anEmptyReportSaysSo() {
    assertThat(ValidationReport.of(List.of())).isSameAs(ValidationReport.empty());
    assertThat(ValidationReport.empty().toString()).isEqualTo("no violations");
    assertThat(ValidationReport.empty().hasNoViolations()).isTrue();
    assertThat(ValidationReport.empty().hasErrors()).isFalse();
  }

  @Test
  void violationsCannotBeChanged() {
    ValidationReport report = ValidationReport.of(List.of(LENGTH));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> report.violations().clear());
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> report.errors().add(MISSING));
  }

  @Test
  void aNullViolationIsRefusedByName() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ValidationReport.of(Arrays.asList(LENGTH, null)))
        .withMessageContaining("violations");
  }
}

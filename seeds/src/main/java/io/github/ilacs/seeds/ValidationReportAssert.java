package io.github.ilacs.seeds;

import io.github.ilacs.rules.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions for a {@link ValidationReport}; see {@link AbstractValidationReportAssert}.
 * Not final, so that AssertJ's soft assertions can proxy it and a project can extend it.
 */
public class ValidationReportAssert extends AbstractValidationReportAssert<ValidationReportAssert> {
  /**
   * Creates the assertion; {@link IlacsAssertions#assertThat(ValidationReport)} reads better.
   *
   * @param actual the report under test; null makes every assertion fail
   */
  public ValidationReportAssert(@Nullable ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }
}

package io.github.ilacs.examples;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import java.time.LocalDate;

/**
 * Validates an inspection that breaks two framework rules and prints the report: a 2023
 * standard inspection recorded under the 2018 framework, with overall effectiveness better than
 * an inadequate practice judgement.
 */
public final class ValidateAnInspection {
  private ValidateAnInspection() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Inspection inspection = Inspection.builder()
        .authority(LocalAuthority.of("Anyshire", "999"))
        .framework(Framework.ILACS_2018)
        .kind(InspectionKind.STANDARD_INSPECTION)
        .start(LocalDate.of(2023, 5, 8))
        .end(LocalDate.of(2023, 5, 19))
        .published(LocalDate.of(2023, 7, 3))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT)
        .judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.REQUIRES_IMPROVEMENT)
        .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.INADEQUATE)
        .judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.GOOD)
        .build();

    ValidationReport report = Validator.defaults().validate(inspection);

    System.out.println(report);
    System.out.println(report.hasErrors() ? "The record contradicts the framework."
        : "The record fits the framework.");
  }
}

package io.github.ilacs.examples;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import java.time.LocalDate;

/** Builds a graded inspection with the builder, and shows what a broken invariant reports. */
public final class BuildAnInspection {
  private BuildAnInspection() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LocalDate start = LocalDate.of(2023, 3, 6);
    Inspection inspection = Inspection.builder()
        .authority(LocalAuthority.of("Anyshire", "999"))
        .framework(Framework.inForceOn(start, InspectionKind.SHORT_INSPECTION).orElseThrow())
        .kind(InspectionKind.SHORT_INSPECTION)
        .start(start)
        .end(start.plusDays(4))
        .published(LocalDate.of(2023, 4, 21))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD)
        .judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD)
        .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD)
        .judgement(JudgementArea.CHILDREN_IN_CARE, Grade.REQUIRES_IMPROVEMENT)
        .judgement(JudgementArea.CARE_LEAVERS, Grade.GOOD)
        .addFinding(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
            "Placement choice for older children is too narrow.", Theme.PLACEMENT_DECISIONS))
        .build();
    System.out.println(inspection.framework() + " " + inspection.kind() + " from "
        + inspection.start() + ": overall " + inspection.overallEffectiveness()
            .map(inspection.framework()::label).orElse("not graded"));

    try {
      Inspection.builder().from(inspection).end(start.minusDays(1)).build();
    } catch (InvalidInspectionException e) {
      System.out.println("Rejected: " + e.getMessage());
    }
  }
}

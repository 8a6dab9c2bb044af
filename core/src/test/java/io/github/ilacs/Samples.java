package io.github.ilacs;

import java.time.LocalDate;

/** Small valid values that tests vary one field at a time. */
final class Samples {
  static final LocalAuthority NOTTS = LocalAuthority.builder()
      .name("Nottinghamshire").code("891").urn("80534").build();

  private Samples() {}

  /** A valid ILACS 2018 standard inspection, graded and with one finding. */
  static Inspection.Builder standard2019() {
    return Inspection.builder()
        .authority(NOTTS)
        .framework(Framework.ILACS_2018)
        .kind(InspectionKind.STANDARD_INSPECTION)
        .start(LocalDate.of(2019, 10, 7))
        .end(LocalDate.of(2019, 10, 18))
        .published(LocalDate.of(2019, 12, 19))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD)
        .judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD)
        .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT)
        .judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.GOOD)
        .addFinding(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
            "Strategy meetings are not always prompt or fully attended.",
            Theme.STRATEGY_DISCUSSIONS));
  }
}

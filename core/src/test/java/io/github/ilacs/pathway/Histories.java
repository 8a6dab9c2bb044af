package io.github.ilacs.pathway;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import java.time.LocalDate;
import java.util.List;

/** Test histories built from facts (dates, kinds, grades), never from letter text. */
final class Histories {
  static final LocalAuthority NOTTS = LocalAuthority.of("Nottinghamshire", "891");
  static final LocalAuthority SOMEWHERE = LocalAuthority.of("Somewhere", "999");

  private Histories() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Inspection.Builder activity(Framework f, InspectionKind kind, String start, String end,
      String published) {
    Inspection.Builder b = Inspection.builder().authority(NOTTS).framework(f).kind(kind)
        .start(d(start)).end(d(end));
    if (published != null) {
      b.published(d(published));
    }
    return b;
  }

  /** The Nottinghamshire record described in the docs/domain.md §7 and the seed letters. */
  static InspectionHistory nottinghamshire() {
    return InspectionHistory.of(NOTTS, List.of(
        activity(Framework.UCRA_2009, InspectionKind.UNANNOUNCED_INSPECTION, "2009-10-08",
            "2009-10-09", "2009-10-29").build(),
        activity(Framework.SIF_2013, InspectionKind.SIF_INSPECTION, "2015-05-11", "2015-06-04",
            "2015-07-20")
            .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD)
            .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD)
            .judgement(JudgementArea.CHILDREN_LOOKED_AFTER, Grade.GOOD)
            .judgement(JudgementArea.ADOPTION_PERFORMANCE, Grade.GOOD)
            .judgement(JudgementArea.SIF_CARE_LEAVERS, Grade.REQUIRES_IMPROVEMENT)
            .judgement(JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, Grade.GOOD).build(),
        activity(Framework.ILACS_2018, InspectionKind.FOCUSED_VISIT, "2018-01-30", "2018-01-31",
            "2018-02-22").focus(Theme.SUPPORT_FOR_CARE_LEAVERS).build(),
        activity(Framework.ILACS_2018, InspectionKind.ANNUAL_ENGAGEMENT_MEETING, "2018-05-17",
            "2018-05-17", "2018-06-04").build(),
        activity(Framework.ILACS_2018, InspectionKind.FOCUSED_VISIT, "2019-01-15", "2019-01-16",
            "2019-02-12").focus(Theme.CHILDREN_IN_NEED_AND_PROTECTION).build(),
        activity(Framework.ILACS_2018, InspectionKind.STANDARD_INSPECTION, "2019-10-07",
            "2019-10-18", "2019-12-19")
            .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD)
            .judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD)
            .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT)
            .judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.GOOD)
            .addFinding(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                "Strategy discussions need consistent partner attendance.",
                Theme.STRATEGY_DISCUSSIONS))
            .build(),
        activity(Framework.ILACS_2018, InspectionKind.FOCUSED_VISIT, "2022-04-26", "2022-04-27",
            "2022-06-01").focus(Theme.CHILDREN_IN_NEED_AND_PROTECTION).build()));
  }

  /**
   * A history of one authority, "Authority " and its code, holding one graded inspection
   * ({@link #graded}).
   */
  static InspectionHistory authority(String code, InspectionKind kind, String start,
      Grade grade) {
    LocalAuthority la = LocalAuthority.of("Authority " + code, code);
    Inspection i = Inspection.builder().from(graded(kind, start, grade)).authority(la).build();
    return InspectionHistory.of(la, List.of(i));
  }

  /** One graded ILACS inspection with an overall grade. */
  static Inspection graded(InspectionKind kind, String start, Grade overall) {
    LocalDate s = d(start);
    LocalDate e = s.plusDays(kind == InspectionKind.SHORT_INSPECTION ? 4 : 11);
    Grade practice = overall == Grade.OUTSTANDING ? Grade.GOOD : overall;
    return Inspection.builder().authority(SOMEWHERE).framework(Framework.ILACS_2018).kind(kind)
        .start(s).end(e).published(e.plusDays(40))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, overall)
        .judgement(JudgementArea.IMPACT_OF_LEADERS, overall)
        .judgement(JudgementArea.HELP_AND_PROTECTION, practice)
        .judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, practice)
        .build();
  }

  static InspectionHistory of(Inspection... inspections) {
    return InspectionHistory.of(SOMEWHERE, List.of(inspections));
  }

  static Inspection visit(InspectionKind kind, String start, String published,
      Finding... findings) {
    LocalDate s = d(start);
    Framework f = Framework.inForceOn(s, kind).orElseThrow();
    Inspection.Builder b = Inspection.builder().authority(SOMEWHERE).framework(f).kind(kind)
        .start(s).end(s.plusDays(1)).addFindings(findings);
    if (published != null) {
      b.published(d(published));
    }
    return b.build();
  }
}

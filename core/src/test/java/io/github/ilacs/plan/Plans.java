package io.github.ilacs.plan;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import java.time.LocalDate;

/** Small valid records for plan tests; every summary and action is written for the tests. */
final class Plans {
  static final LocalAuthority AUTHORITY = LocalAuthority.of("Nottinghamshire", "891");
  /** The 2019 report's day; its action plan is due 70 working days later, 2020-03-31. */
  static final LocalDate REPORT = LocalDate.of(2019, 12, 19);
  static final LocalDate PLAN_DUE = LocalDate.of(2020, 3, 31);

  private Plans() {}

  /** A standard inspection with four areas for improvement and one strength. */
  static Inspection standard2019() {
    return Inspection.builder().authority(AUTHORITY).framework(Framework.ILACS_2018)
        .kind(InspectionKind.STANDARD_INSPECTION).start(LocalDate.of(2019, 10, 7))
        .end(LocalDate.of(2019, 10, 18)).published(REPORT)
        .judgement(OVERALL_EFFECTIVENESS, GOOD).judgement(IMPACT_OF_LEADERS, GOOD)
        .judgement(HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT)
        .judgement(CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD)
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Strategy meetings late.",
            Theme.STRATEGY_DISCUSSIONS, Theme.RECORDING))
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Practice uneven.",
            Theme.CONSISTENCY_OF_PRACTICE))
        .addFindings(Finding.of(FindingKind.STRENGTH, "Staff are committed.",
            Theme.CASELOADS_AND_WORKFORCE))
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Private fostering missed.",
            Theme.PRIVATE_FOSTERING))
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Kinship carers unsupported.",
            Theme.FAMILY_AND_FRIENDS_CARE))
        .build();
  }

  /** A focused visit whose letter of 8 December 2021 names one area for priority action. */
  static Inspection priorityVisit2021() {
    return Inspection.builder().authority(AUTHORITY).framework(Framework.ILACS_2018)
        .kind(InspectionKind.FOCUSED_VISIT).start(LocalDate.of(2021, 11, 9))
        .end(LocalDate.of(2021, 11, 10)).published(LocalDate.of(2021, 12, 8))
        .focus(Theme.CHILDREN_IN_NEED_AND_PROTECTION)
        .addFindings(Finding.of(FindingKind.AREA_FOR_PRIORITY_ACTION, "Children left at risk.",
            Theme.CHILD_PROTECTION_RESPONSE))
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Records incomplete.",
            Theme.RECORDING))
        .build();
  }

  /** A later focused visit that raises recording again, letter 1 June 2022. */
  static Inspection laterVisit2022() {
    return Inspection.builder().authority(AUTHORITY).framework(Framework.ILACS_2018)
        .kind(InspectionKind.FOCUSED_VISIT).start(LocalDate.of(2022, 4, 26))
        .end(LocalDate.of(2022, 4, 27)).published(LocalDate.of(2022, 6, 1))
        .focus(Theme.CHILDREN_IN_NEED_AND_PROTECTION)
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Direct work unrecorded.",
            Theme.DIRECT_WORK, Theme.RECORDING))
        .build();
  }

  static Action.Builder action(String id, Inspection inspection, int finding, LocalDate due) {
    return Action.builder().id(id).addAnswers(FindingRef.to(inspection, finding))
        .what("Do the work for " + id + ".").owner("Service manager").due(due);
  }

  /** A clean plan answering the 2019 inspection: one action per area, submitted on time. */
  static ImprovementPlan.Builder plan2019() {
    Inspection s = standard2019();
    return ImprovementPlan.builder().authority(AUTHORITY).addAnswers(s)
        .drafted(LocalDate.of(2020, 2, 14)).submitted(LocalDate.of(2020, 3, 30))
        .cadence(ReportingCadence.of(6, "Children and Young People's Committee"))
        .addActions(action("A1", s, 0, LocalDate.of(2020, 12, 31)).build())
        .addActions(action("A2", s, 1, LocalDate.of(2021, 3, 31)).build())
        .addActions(action("A3", s, 3, LocalDate.of(2020, 9, 30)).build())
        .addActions(action("A4", s, 4, LocalDate.of(2021, 3, 31)).build());
  }

  /** A plan without its actions, for tests that add their own. */
  static ImprovementPlan.Builder bare(Inspection... answers) {
    return ImprovementPlan.builder().authority(AUTHORITY).addAnswers(answers);
  }

  /** The plan with the action of the same id replaced by the one given. */
  static ImprovementPlan replacing(ImprovementPlan plan, Action action) {
    return ImprovementPlan.builder().from(plan).actions(plan.actions().stream()
        .map(a -> a.id().equals(action.id()) ? action : a).toList()).build();
  }
}

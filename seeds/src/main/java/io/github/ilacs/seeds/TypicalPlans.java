package io.github.ilacs.seeds;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.Milestone;
import io.github.ilacs.plan.ProgressStatus;
import io.github.ilacs.plan.ProgressUpdate;
import io.github.ilacs.plan.ReportingCadence;
import java.time.LocalDate;

/**
 * Made-up improvement plans for test suites, answering the full inspections of
 * {@link TypicalHistories}; every action, owner and date is invented. Built through the public
 * API on each call; thread-safe.
 */
public final class TypicalPlans {
  private TypicalPlans() {}

  /**
   * Returns the plan of "Inadequateborough" ({@link TypicalHistories#inadequateWithMonitoring()})
   * answering its October 2021 inspection: submitted on 10 March 2022 (the deadline was
   * 11 March), quarterly reports to the improvement board on 9 June and 8 September 2022, action
   * {@code A1} (children seen quickly) complete on 30 September 2022 and {@code A2} (leaders'
   * knowledge of practice) reported at risk on 3 October 2022.
   *
   * <p>As of {@link TypicalHistories#INADEQUATE_AS_OF} it breaks no plan rule, nothing is
   * overdue, {@code A2} is at risk and the next progress report is due on 8 December 2022.
   *
   * @return the plan, never null
   */
  public static ImprovementPlan inadequateAuthorityOnTrack() {
    Inspection report = firstFullInspection(TypicalHistories.inadequateWithMonitoring());
    return ImprovementPlan.builder().authority(report.authority()).addAnswers(report)
        .drafted(LocalDate.of(2022, 2, 18)).submitted(LocalDate.of(2022, 3, 10))
        .cadence(ReportingCadence.of(3, "Improvement board"))
        .addProgressReports(LocalDate.of(2022, 6, 9), LocalDate.of(2022, 9, 8))
        .addActions(Action.builder().id("A1").addAnswers(FindingRef.to(report, 0))
            .what("See every child at risk of significant harm within one working day.")
            .owner("Head of service, child protection").due(LocalDate.of(2022, 9, 30))
            .addMilestones(Milestone.builder().what("Daily dashboard of children not yet seen")
                .due(LocalDate.of(2022, 4, 29)).reached(LocalDate.of(2022, 4, 20)).build())
            .addUpdates(ProgressUpdate.of(LocalDate.of(2022, 6, 9), ProgressStatus.ON_TRACK,
                "Nine in ten children seen within a day."))
            .addUpdates(ProgressUpdate.of(LocalDate.of(2022, 9, 30), ProgressStatus.COMPLETE,
                "Every child seen within a day for three months."))
            .completed(LocalDate.of(2022, 9, 30)).build())
        .addActions(Action.builder().id("A2").addAnswers(FindingRef.to(report, 1))
            .what("Monthly practice audits read by the senior leadership team.")
            .owner("Director of children's services").due(LocalDate.of(2023, 3, 31))
            .addUpdates(ProgressUpdate.of(LocalDate.of(2022, 6, 9), ProgressStatus.ON_TRACK,
                "Audit programme agreed."))
            .addUpdates(ProgressUpdate.of(LocalDate.of(2022, 10, 3), ProgressStatus.AT_RISK,
                "Two auditors left; audits behind by a month."))
            .build())
        .build();
  }

  /**
   * Returns the plan of "Requireston" ({@link TypicalHistories#requiresImprovementAuthority()})
   * answering its June 2019 inspection, submitted on 1 November 2019, after its deadline of
   * 28 October 2019 (70 working days after the report of 19 July 2019), with one action per
   * area for improvement and no reporting promised.
   *
   * <p>It breaks one plan rule, the warning {@code R703}; as of any day it has a deadline met
   * late and nothing else overdue until its actions fall due on 31 March 2020.
   *
   * @return the plan, never null
   */
  public static ImprovementPlan requiresImprovementSubmittedLate() {
    Inspection report = firstFullInspection(TypicalHistories.requiresImprovementAuthority());
    return ImprovementPlan.builder().authority(report.authority()).addAnswers(report)
        .submitted(LocalDate.of(2019, 11, 1))
        .addActions(Action.builder().id("A1").addAnswers(FindingRef.to(report, 0))
            .what("Managers review every child protection plan each month.")
            .owner("Team manager, child protection").due(LocalDate.of(2020, 3, 31)).build())
        .addActions(Action.builder().id("A2").addAnswers(FindingRef.to(report, 1))
            .what("A first-year programme to keep newly qualified social workers.")
            .owner("Principal social worker").due(LocalDate.of(2020, 3, 31)).build())
        .build();
  }

  private static Inspection firstFullInspection(InspectionHistory history) {
    return history.chronological().stream().filter(Inspection::isFullInspection).findFirst()
        .orElseThrow();
  }
}

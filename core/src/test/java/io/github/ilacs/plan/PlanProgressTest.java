package io.github.ilacs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import io.github.ilacs.pathway.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a plan answers as of several dates. */
class PlanProgressTest {
  private static final Inspection S = Plans.standard2019();

  /** The overdue items as {@code ITEM what due}, joined by "; ". */
  private static String overdue(PlanProgress p) {
    return p.overdue().stream().map(o -> o.item() + " " + o.what() + " " + o.due())
        .collect(Collectors.joining("; "));
  }

  private static ImprovementPlan unsubmitted() {
    return ImprovementPlan.builder().from(Plans.plan2019().build())
        .drafted(java.util.Optional.empty()).submitted(java.util.Optional.empty()).build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2019-12-18 | ''",
      "2020-03-31 | ''",
      "2020-04-01 | SUBMISSION the plan answering the STANDARD_INSPECTION of 2019-10-07 2020-03-31",
      "2020-10-01 | SUBMISSION the plan answering the STANDARD_INSPECTION of 2019-10-07 "
          + "2020-03-31; ACTION A3 2020-09-30",
  })
  void aPlanNotSubmittedIsOverdueTheDayAfterItsDeadline(LocalDate asOf, String expected) {
    PlanProgress p = PlanProgress.of(unsubmitted(), asOf);
    assertThat(overdue(p)).isEqualTo(expected);
    assertThat(p.hasOverdue()).isEqualTo(!expected.isEmpty());
    assertThat(p.nextProgressReport()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-03-29 | ''         | ''",
      "2020-07-01 | 2020-09-30 | ''",
      "2020-09-30 | 2020-09-30 | ''",
      "2020-10-01 | 2020-09-30 | ACTION A3 2020-09-30; PROGRESS_REPORT progress report to "
          + "Children and Young People's Committee 2020-09-30",
  })
  void theNextProgressReportIsDueSixMonthsAfterTheSubmission(LocalDate asOf, String next,
      String expected) {
    PlanProgress p = PlanProgress.of(Plans.plan2019().build(), asOf);
    assertThat(p.nextProgressReport().map(LocalDate::toString).orElse("")).isEqualTo(next);
    assertThat(overdue(p)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "2020-12-01, 2021-03-30",
      "2021-01-10, 2021-07-10",
  })
  void theNextProgressReportRunsFromTheLatestReportMadeByThen(LocalDate asOf, LocalDate next) {
    ImprovementPlan plan = Plans.plan2019().progressReports(List.of(LocalDate.of(2020, 9, 30),
        LocalDate.of(2021, 1, 10))).build();
    assertThat(PlanProgress.of(plan, asOf).nextProgressReport()).contains(next);
  }

  @Test
  void theDeadlineCountsFromTheDayThePathwayCountsFrom() {
    Inspection received = Inspection.builder().from(S).received(LocalDate.of(2020, 1, 6)).build();
    ImprovementPlan plan = ImprovementPlan.builder().from(unsubmitted())
        .answers(List.of(received)).build();
    PlanProgress p = PlanProgress.of(plan, LocalDate.of(2020, 4, 1));
    assertThat(p.deadlines()).singleElement().satisfies(d -> {
      assertThat(d.deadline().countedFrom()).isEqualTo(Deadline.CountedFrom.RECEIVED);
      assertThat(d.deadline().from()).isEqualTo(LocalDate.of(2020, 1, 6));
      assertThat(d.deadline().due()).isAfter(Plans.PLAN_DUE);
    });
    assertThat(p.hasOverdue()).isFalse();
  }

  @Test
  void theDeadlineIsMetByTheSubmission() {
    PlanProgress p = PlanProgress.of(Plans.plan2019().build(), LocalDate.of(2020, 7, 1));
    assertThat(p.deadlines()).singleElement().satisfies(d -> {
      assertThat(d.deadline().due()).isEqualTo(Plans.PLAN_DUE);
      assertThat(d.met()).contains(LocalDate.of(2020, 3, 30));
      assertThat(d.metLate()).isFalse();
    });
  }

  @ParameterizedTest
  @CsvSource({
      "2022-01-10, ''",
      "2022-01-11, EARLY_DRAFT",
      "2022-03-22, EARLY_DRAFT SUBMISSION",
  })
  void priorityActionsMakeAnEarlyDraftOverdueFirst(LocalDate asOf, String items) {
    Inspection v = Plans.priorityVisit2021();
    ImprovementPlan plan = Plans.bare(v)
        .addActions(Plans.action("P1", v, 0, LocalDate.of(2022, 6, 30)).build())
        .addActions(Plans.action("P2", v, 1, LocalDate.of(2022, 6, 30)).build()).build();
    assertThat(PlanProgress.of(plan, asOf).overdue().stream().map(o -> o.item().name())
        .collect(Collectors.joining(" "))).isEqualTo(items);
  }

  @ParameterizedTest
  @CsvSource({
      "2020-05-31, ''",
      "2020-06-01, A2",
      "2020-08-01, ''",
  })
  void anActionIsAtRiskWhileItsLatestUpdateSaysSo(LocalDate asOf, String atRisk) {
    ImprovementPlan p = Plans.plan2019().build();
    Action a2 = Action.builder().from(p.action("A2").orElseThrow())
        .addUpdates(ProgressUpdate.of(LocalDate.of(2020, 6, 1), ProgressStatus.AT_RISK,
            "Two teams behind."))
        .addUpdates(ProgressUpdate.of(LocalDate.of(2020, 8, 1), ProgressStatus.ON_TRACK,
            "Caught up.")).build();
    ImprovementPlan plan = Plans.replacing(p, a2);
    assertThat(PlanProgress.of(plan, asOf).atRisk().stream().map(Action::id)
        .collect(Collectors.joining(" "))).isEqualTo(atRisk);
  }

  @Test
  void aMilestoneNotReachedIsOverdue() {
    ImprovementPlan p = Plans.plan2019().build();
    Action a1 = Action.builder().from(p.action("A1").orElseThrow())
        .addMilestones(Milestone.of("Audit strategy meetings", LocalDate.of(2020, 6, 30)))
        .addMilestones(Milestone.builder().what("Train chairs").due(LocalDate.of(2020, 5, 29))
            .reached(LocalDate.of(2020, 5, 20)).build()).build();
    ImprovementPlan plan = Plans.replacing(p, a1);
    assertThat(overdue(PlanProgress.of(plan, LocalDate.of(2020, 7, 1))))
        .isEqualTo("MILESTONE A1: Audit strategy meetings 2020-06-30");
  }

  @Test
  void findingsWithoutAnActionAreListedButNotStrengths() {
    ImprovementPlan p = Plans.plan2019().build();
    ImprovementPlan plan = ImprovementPlan.builder().from(p).actions(p.actions().subList(0, 2))
        .build();
    assertThat(PlanProgress.of(plan, LocalDate.of(2020, 7, 1)).unanswered())
        .containsExactly(FindingRef.to(S, 3), FindingRef.to(S, 4));
    assertThat(PlanProgress.of(p, LocalDate.of(2020, 7, 1)).unanswered()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      // A1 answers the 2019 finding on strategy meetings and recording; the 2022 visit
      // (on site from 26 April, letter 1 June) raises recording again
      "2021-03-31, 2022-05-31, ''",
      "2021-03-31, 2022-06-01, A1 RECORDING 2022-04-26",
      "2022-05-01, 2022-07-01, ''",
      // a completion dated before the answered inspection does not make it its own recurrence
      "2019-09-02, 2022-06-01, A1 RECORDING 2022-04-26",
      "'',         2022-07-01, ''",
  })
  void aFindingRecursDespiteACompletedAction(String completed, LocalDate asOf,
      String expected) {
    ImprovementPlan p = Plans.plan2019().build();
    Action.Builder a1 = Action.builder().from(p.action("A1").orElseThrow());
    if (!completed.isEmpty()) {
      a1.completed(LocalDate.parse(completed));
    }
    Action done = a1.build();
    ImprovementPlan plan = Plans.replacing(p, done);
    InspectionHistory history = InspectionHistory.of(Plans.AUTHORITY,
        List.of(S, Plans.laterVisit2022()));
    PlanProgress progress = PlanProgress.of(plan, history, asOf);
    assertThat(progress.recurring().stream().map(r -> r.action() + " " + r.theme() + " "
        + r.later().start()).collect(Collectors.joining("; "))).isEqualTo(expected);
    progress.recurring().forEach(r -> {
      assertThat(r.answered()).isEqualTo(FindingRef.to(S, 0));
      assertThat(r.theme()).isEqualTo(Theme.RECORDING);
      assertThat(r.laterFinding()).isEqualTo(Plans.laterVisit2022().findings().get(0));
    });
  }

  @Test
  void withoutAHistoryNothingRecurs() {
    assertThat(PlanProgress.of(Plans.plan2019().build(), LocalDate.of(2023, 1, 1)).recurring())
        .isEmpty();
  }

  @Test
  void aHistoryOfAnotherAuthorityIsRefused() {
    InspectionHistory kent = InspectionHistory.of(LocalAuthority.of("Kent", "886"), List.of());
    assertThatExceptionOfType(InvalidInspectionException.class)
        .isThrownBy(() -> PlanProgress.of(Plans.plan2019().build(), kent,
            LocalDate.of(2020, 1, 1)))
        .withMessageContaining("[IV23] history.authority");
  }
}

package io.github.ilacs.seeds;

import static io.github.ilacs.seeds.IlacsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.Theme;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanProgress.Overdue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example plan: what it takes from the committee report, and its answers as of dates. */
class NottinghamshirePlanTest {
  private static final ImprovementPlan PLAN = NottinghamshirePlan.example();
  private static final Inspection REPORT2019 =
      NottinghamshireSeeds.activity(NottinghamshireActivity.STANDARD_INSPECTION_2019);

  private static ImprovementPlan submitted(LocalDate day) {
    return ImprovementPlan.builder().from(PLAN).submitted(day).build();
  }

  @Test
  void theExamplePlanValidatesAgainstTheHistoryAndOnItsOwn() {
    assertThat(PLAN).against(NottinghamshireSeeds.history()).isClean();
    assertThat(PLAN).isClean();
  }

  @Test
  void itKeepsWhatTheCommitteeReportStates() {
    assertThat(PLAN.answers()).containsExactly(REPORT2019);
    assertThat(PLAN.actions()).hasSize(4).allSatisfy(a -> assertThat(a.answers()).hasSize(1));
    assertThat(PLAN.actions().stream().map(a -> a.answers().get(0).finding()))
        .containsExactly(0, 1, 2, 3);
    assertThat(PLAN.cadence()).hasValueSatisfying(c -> {
      assertThat(c.months()).isEqualTo(6);
      assertThat(c.to()).isEqualTo("Children and Young People's Committee");
    });
    assertThat(PLAN.submitted()).isEmpty();
    assertThat(PLAN.progressReports()).isEmpty();
    assertThat(PLAN.note()).hasValueSatisfying(n -> assertThat(n).startsWith("Example.")
        .contains("invented for illustration"));
    assertThat(PLAN.source()).hasValueSatisfying(s -> {
      assertThat(s.title()).contains("Children and Young People's Committee");
      assertThat(s.date()).isEqualTo(LocalDate.of(2019, 12, 17));
    });
  }

  @Test
  void withNoSubmissionItIsOverdueOnTheFirstOfApril2020() {
    assertThat(PlanProgress.of(PLAN, NottinghamshireSeeds.history(), LocalDate.of(2020, 4, 1)))
        .hasOverdue(Overdue.Item.SUBMISSION, LocalDate.of(2020, 3, 31))
        .expectsNoProgressReport();
    assertThat(PlanProgress.of(PLAN, LocalDate.of(2020, 3, 31))).isNotOverdue();
  }

  @Test
  void submittedOn30MarchTheSixMonthlyReportIsNotYetDueOnTheFirstOfJuly2020() {
    assertThat(PlanProgress.of(submitted(LocalDate.of(2020, 3, 30)),
        NottinghamshireSeeds.history(), LocalDate.of(2020, 7, 1)))
        .isNotOverdue()
        .expectsProgressReportNotYetDue(LocalDate.of(2020, 9, 30))
        .hasAtRisk()
        .hasUnanswered();
  }

  @ParameterizedTest
  @CsvSource({
      // the 2022 focused visit (letter 1 June 2022) raises recording again, a theme of the
      // 2019 strategy discussion finding that A1 answers
      "2022-05-31, false",
      "2022-06-01, true",
  })
  void aCompletedActionWhoseThemeCameBackIsReported(LocalDate asOf, boolean recurs) {
    Action a1 = Action.builder().from(PLAN.action("A1").orElseThrow())
        .completed(LocalDate.of(2020, 12, 18)).build();
    ImprovementPlan plan = ImprovementPlan.builder().from(submitted(LocalDate.of(2020, 3, 30)))
        .actions(PLAN.actions().stream().map(a -> a.id().equals("A1") ? a1 : a).toList())
        .build();
    PlanProgress progress = PlanProgress.of(plan, NottinghamshireSeeds.history(), asOf);
    if (recurs) {
      assertThat(progress).hasRecurrence("A1", Theme.RECORDING);
      assertThat(progress.recurring()).allSatisfy(r ->
          assertThat(r.answered()).isEqualTo(FindingRef.to(REPORT2019, 0)));
    } else {
      assertThat(progress).hasNoRecurrence();
    }
  }
}

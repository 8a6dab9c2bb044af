package io.github.ilacs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanReport;
import io.github.ilacs.plan.PlanRule;
import io.github.ilacs.plan.PlanValidator;
import io.github.ilacs.plan.PlanViolation;
import io.github.ilacs.plan.ReportingCadence;
import io.github.ilacs.seeds.NottinghamshireActivity;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's improvement plan example, line for line, with what its comments claim. */
class ReadmePlanUsageTest {
  @Test
  void planExampleDoesWhatTheReadmeSays() {
    Inspection report = NottinghamshireSeeds.activity(NottinghamshireActivity.STANDARD_INSPECTION_2019);
    ImprovementPlan plan = ImprovementPlan.builder().authority(report.authority()).addAnswers(report)
        .submitted(LocalDate.of(2020, 3, 30)).cadence(ReportingCadence.of(6, "Children and Young People's Committee"))
        .addActions(Action.builder().id("A1").addAnswers(FindingRef.to(report, 0))   // its first area
            .what("Strategy discussions within a day, every partner invited, one record format.")
            .owner("Head of service, assessment and safeguarding").due(LocalDate.of(2020, 12, 31)).build())
        .build();
    PlanReport rules = PlanValidator.defaults().validate(plan);
    PlanProgress p = PlanProgress.of(plan, NottinghamshireSeeds.history(), LocalDate.of(2020, 7, 1));

    assertThat(rules.violations()).extracting(PlanViolation::rule).containsExactly(
        PlanRule.FINDINGS_ANSWERED, PlanRule.FINDINGS_ANSWERED, PlanRule.FINDINGS_ANSWERED);
    assertThat(rules.violations()).extracting(PlanViolation::path).containsExactly(
        "/answers/0/findings/1", "/answers/0/findings/2", "/answers/0/findings/3");
    assertThat(p.overdue()).isEmpty();
    assertThat(p.deadlines()).singleElement().satisfies(d -> {
      assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2020, 3, 31));
      assertThat(d.met()).contains(LocalDate.of(2020, 3, 30));
    });
    assertThat(p.nextProgressReport()).contains(LocalDate.of(2020, 9, 30));
  }
}

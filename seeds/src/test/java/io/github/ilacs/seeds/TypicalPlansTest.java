package io.github.ilacs.seeds;

import static io.github.ilacs.seeds.IlacsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanRule;
import io.github.ilacs.plan.PlanValidator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each typical plan is what its javadoc says. */
class TypicalPlansTest {
  @Test
  void theInadequateAuthoritysPlanIsOnTrackWithOneActionAtRisk() {
    assertThat(TypicalPlans.inadequateAuthorityOnTrack())
        .against(TypicalHistories.inadequateWithMonitoring()).isClean();
    PlanProgress p = PlanProgress.of(TypicalPlans.inadequateAuthorityOnTrack(),
        TypicalHistories.inadequateWithMonitoring(), TypicalHistories.INADEQUATE_AS_OF);
    assertThat(p).isNotOverdue().hasAtRisk("A2").hasUnanswered()
        .expectsProgressReportNotYetDue(LocalDate.of(2022, 12, 8));
    assertThat(p.deadlines()).singleElement().satisfies(d -> {
      assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2022, 3, 11));
      assertThat(d.met()).contains(LocalDate.of(2022, 3, 10));
    });
  }

  @Test
  void theRequiresImprovementPlanWasSubmittedLate() {
    assertThat(TypicalPlans.requiresImprovementSubmittedLate())
        .against(TypicalHistories.requiresImprovementAuthority())
        .isValid().breaks(PlanRule.SUBMITTED_BY_DEADLINE);
    assertThat(PlanValidator.defaults().validate(TypicalPlans.requiresImprovementSubmittedLate(),
        TypicalHistories.requiresImprovementAuthority()).violations()).hasSize(1);
    PlanProgress p = PlanProgress.of(TypicalPlans.requiresImprovementSubmittedLate(),
        LocalDate.of(2020, 3, 31));
    assertThat(p).isNotOverdue().expectsNoProgressReport();
    assertThat(p.deadlines()).singleElement().satisfies(d -> {
      assertThat(d.deadline().due()).isEqualTo(LocalDate.of(2019, 10, 28));
      assertThat(d.metLate()).isTrue();
    });
    assertThat(PlanProgress.of(TypicalPlans.requiresImprovementSubmittedLate(),
        LocalDate.of(2020, 4, 1)).overdue()).hasSize(2);
  }
}

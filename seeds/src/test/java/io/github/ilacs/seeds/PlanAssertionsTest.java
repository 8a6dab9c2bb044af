package io.github.ilacs.seeds;

import static io.github.ilacs.seeds.IlacsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.github.ilacs.Theme;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanProgress.Overdue;
import io.github.ilacs.plan.PlanRule;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every plan assertion, once passing and once failing with a message that says why. */
class PlanAssertionsTest {
  private static final ImprovementPlan PLAN = NottinghamshirePlan.example();
  private static final PlanProgress APRIL = PlanProgress.of(PLAN, LocalDate.of(2020, 4, 1));
  private static final PlanProgress JULY = PlanProgress.of(ImprovementPlan.builder().from(PLAN)
      .submitted(LocalDate.of(2020, 3, 30)).build(), LocalDate.of(2020, 7, 1));
  private static final ImprovementPlan ONE_ACTION = ImprovementPlan.builder().from(PLAN)
      .actions(PLAN.actions().subList(0, 1)).build();
  private static final FindingRef SECOND =
      FindingRef.of(PLAN.answers().get(0).kind(), PLAN.answers().get(0).start(), 1);

  /** A name, an assertion that passes, one that fails, and what its message says. */
  static Stream<Arguments> assertions() {
    return Stream.of(
        of("hasOverdue", () -> assertThat(APRIL).hasOverdue(Overdue.Item.SUBMISSION,
            LocalDate.of(2020, 3, 31)), () -> assertThat(JULY).hasOverdue(
                Overdue.Item.SUBMISSION, LocalDate.of(2020, 3, 31)), "overdue were: none"),
        of("isOverdue", () -> assertThat(APRIL).isOverdue(), () -> assertThat(JULY).isOverdue(),
            "nothing was"),
        of("isNotOverdue", () -> assertThat(JULY).isNotOverdue(),
            () -> assertThat(APRIL).isNotOverdue(), "SUBMISSION the plan answering"),
        of("expectsProgressReportNotYetDue",
            () -> assertThat(JULY).expectsProgressReportNotYetDue(LocalDate.of(2020, 9, 30)),
            () -> assertThat(APRIL).expectsProgressReportNotYetDue(LocalDate.of(2020, 9, 30)),
            "but it was not expected"),
        of("expectsNoProgressReport", () -> assertThat(APRIL).expectsNoProgressReport(),
            () -> assertThat(JULY).expectsNoProgressReport(), "one was due 2020-09-30"),
        of("hasAtRisk", () -> assertThat(JULY).hasAtRisk(),
            () -> assertThat(JULY).hasAtRisk("A1"), "to be [A1] but they were []"),
        of("hasUnanswered", () -> assertThat(PlanProgress.of(ONE_ACTION,
            LocalDate.of(2020, 7, 1))).hasUnanswered(SECOND,
                FindingRef.of(SECOND.inspectionKind(), SECOND.inspectionStart(), 2),
                FindingRef.of(SECOND.inspectionKind(), SECOND.inspectionStart(), 3)),
            () -> assertThat(JULY).hasUnanswered(SECOND), "but they were []"),
        of("hasNoRecurrence", () -> assertThat(JULY).hasNoRecurrence(),
            () -> assertThat(JULY).hasRecurrence("A1", Theme.RECORDING),
            "the recurrences were: "),
        of("isClean", () -> assertThat(PLAN).isClean(), () -> assertThat(ONE_ACTION).isClean(),
            "R702"),
        of("isValid", () -> assertThat(PLAN).against(NottinghamshireSeeds.history()).isValid(),
            () -> assertThat(ONE_ACTION).isValid(), "ERROR R702 /answers/0/findings/1"),
        of("breaks", () -> assertThat(ONE_ACTION).breaks(PlanRule.FINDINGS_ANSWERED),
            () -> assertThat(PLAN).breaks(PlanRule.FINDINGS_ANSWERED), "no violations"),
        of("breaksNo", () -> assertThat(PLAN).breaksNo(PlanRule.FINDINGS_ANSWERED),
            () -> assertThat(ONE_ACTION).breaksNo(PlanRule.FINDINGS_ANSWERED),
            "not to break R702"),
        of("null answer", () -> assertThat((PlanProgress) null).isNull(),
            () -> assertThat((PlanProgress) null).isOverdue(), "Expecting actual not to be null"));
  }

  private interface Check {
    void run();
  }

  private static Arguments of(String name, Check passes, Check fails, String message) {
    return Arguments.of(name, passes, fails, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assertions")
  void passesAndFailsWithAReason(String name, Check passes, Check fails, String message) {
    assertThatNoException().isThrownBy(passes::run);
    assertThatExceptionOfType(AssertionError.class).isThrownBy(fails::run)
        .withMessageContaining(message);
  }
}

package io.github.ilacs.seeds;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanReport;
import io.github.ilacs.plan.PlanRule;
import io.github.ilacs.plan.PlanValidator;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions for an {@link ImprovementPlan} against the plan rules
 * ({@link PlanValidator#defaults()}), checked on its own or against the authority's history
 * ({@link #against(InspectionHistory)}).
 *
 * <p>Obtained from {@link IlacsAssertions#assertThat(ImprovementPlan)}:
 *
 * <pre>{@code
 * assertThat(plan).against(history).isValid().breaksNo(PlanRule.FINDINGS_ANSWERED);
 * }</pre>
 *
 * <p>Failure messages print the report. Each assertion fails when the plan is null.
 */
public final class ImprovementPlanAssert
    extends AbstractAssert<ImprovementPlanAssert, ImprovementPlan> {
  private @Nullable InspectionHistory history;

  ImprovementPlanAssert(@Nullable ImprovementPlan actual) {
    super(actual, ImprovementPlanAssert.class);
  }

  /**
   * Checks the following assertions against the authority's history.
   *
   * @param history the history, not null
   * @return this assertion
   */
  public ImprovementPlanAssert against(InspectionHistory history) {
    this.history = history;
    return this;
  }

  /**
   * Checks that the plan breaks no rule of severity ERROR.
   *
   * @return this assertion
   */
  public ImprovementPlanAssert isValid() {
    PlanReport report = report();
    if (report.hasErrors()) {
      failWithMessage("Expected the plan to break no ERROR rule but:%n%s", report);
    }
    return this;
  }

  /**
   * Checks that the plan breaks no rule at all, not even a warning.
   *
   * @return this assertion
   */
  public ImprovementPlanAssert isClean() {
    PlanReport report = report();
    if (!report.isClean()) {
      failWithMessage("Expected the plan to break no rule but:%n%s", report);
    }
    return this;
  }

  /**
   * Checks that the plan breaks a rule.
   *
   * @param rule the rule, not null
   * @return this assertion
   */
  public ImprovementPlanAssert breaks(PlanRule rule) {
    PlanReport report = report();
    if (report.violationsOf(rule).isEmpty()) {
      failWithMessage("Expected the plan to break %s (%s) but the report was:%n%s",
          rule.code(), rule.description(), report);
    }
    return this;
  }

  /**
   * Checks that the plan does not break a rule.
   *
   * @param rule the rule, not null
   * @return this assertion
   */
  public ImprovementPlanAssert breaksNo(PlanRule rule) {
    PlanReport report = report();
    if (!report.violationsOf(rule).isEmpty()) {
      failWithMessage("Expected the plan not to break %s but:%n%s", rule.code(), report);
    }
    return this;
  }

  private PlanReport report() {
    isNotNull();
    InspectionHistory h = history;
    return h == null ? PlanValidator.defaults().validate(actual)
        : PlanValidator.defaults().validate(actual, h);
  }
}

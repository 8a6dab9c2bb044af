package io.github.ilacs.seeds;

import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.rules.ValidationReport;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ's {@link SoftAssertions} with the ilacs assertions added: every failure is collected
 * and {@code assertAll()} reports them all together.
 *
 * <pre>{@code
 * IlacsSoftAssertions softly = new IlacsSoftAssertions();
 * softly.assertThat(pathway).isOn(Pathway.GOOD_OR_OUTSTANDING);
 * softly.assertThat(report).hasNoErrors();
 * softly.assertAll();
 * }</pre>
 *
 * <p>{@code SoftAssertionsProvider.assertSoftly(IlacsSoftAssertions.class, softly -> ...)} and
 * AssertJ's JUnit extension work as they do for AssertJ's own class.
 */
public class IlacsSoftAssertions extends SoftAssertions {
  /** Creates soft assertions with nothing collected. */
  public IlacsSoftAssertions() {}

  /**
   * Starts soft assertions on a pathway answer.
   *
   * @param actual the answer; a null value makes every assertion fail
   * @return a proxy of {@link PathwayAssert} that collects failures
   */
  public PathwayAssert assertThat(@Nullable InspectionPathway actual) {
    return proxy(PathwayAssert.class, InspectionPathway.class, actual);
  }

  /**
   * Starts soft assertions on a validation report.
   *
   * @param actual the report; a null value makes every assertion fail
   * @return a proxy of {@link ValidationReportAssert} that collects failures
   */
  public ValidationReportAssert assertThat(@Nullable ValidationReport actual) {
    return proxy(ValidationReportAssert.class, ValidationReport.class, actual);
  }

  /**
   * Starts soft assertions on where an improvement plan stands on a day.
   *
   * @param actual the answer; a null value makes every assertion fail
   * @return a proxy of {@link PlanProgressAssert} that collects failures
   */
  public PlanProgressAssert assertThat(@Nullable PlanProgress actual) {
    return proxy(PlanProgressAssert.class, PlanProgress.class, actual);
  }

  /**
   * Starts soft assertions on an improvement plan.
   *
   * @param actual the plan; a null value makes every assertion fail
   * @return a proxy of {@link ImprovementPlanAssert} that collects failures
   */
  public ImprovementPlanAssert assertThat(@Nullable ImprovementPlan actual) {
    return proxy(ImprovementPlanAssert.class, ImprovementPlan.class, actual);
  }
}

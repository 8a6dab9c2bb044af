package io.github.ilacs.seeds;

import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the ilacs AssertJ assertions; import statically beside AssertJ's own
 * {@code Assertions.assertThat}, whose overloads these do not clash with.
 *
 * <pre>{@code
 * import static io.github.ilacs.seeds.IlacsAssertions.assertThat;
 *
 * assertThat(InspectionPathway.of(TypicalHistories.goodAuthority(), TypicalHistories.GOOD_AS_OF))
 *     .isOn(Pathway.GOOD_OR_OUTSTANDING)
 *     .expectsNext(InspectionKind.SHORT_INSPECTION);
 * }</pre>
 */
public final class IlacsAssertions {
  private IlacsAssertions() {}

  /**
   * Starts assertions on a pathway answer.
   *
   * @param actual the answer; a null value makes every assertion fail
   * @return the assertion
   */
  public static PathwayAssert assertThat(@Nullable InspectionPathway actual) {
    return new PathwayAssert(actual);
  }

  /**
   * Starts assertions on where an improvement plan stands on a day.
   *
   * @param actual the answer; a null value makes every assertion fail
   * @return the assertion
   */
  public static PlanProgressAssert assertThat(@Nullable PlanProgress actual) {
    return new PlanProgressAssert(actual);
  }

  /**
   * Starts assertions on an improvement plan against the plan rules.
   *
   * @param actual the plan; a null value makes every assertion fail
   * @return the assertion
   */
  public static ImprovementPlanAssert assertThat(@Nullable ImprovementPlan actual) {
    return new ImprovementPlanAssert(actual);
  }
}

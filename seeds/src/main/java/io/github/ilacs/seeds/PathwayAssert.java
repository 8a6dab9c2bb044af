package io.github.ilacs.seeds;

import io.github.ilacs.pathway.InspectionPathway;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions for an {@link InspectionPathway}; see {@link AbstractPathwayAssert} for
 * what they check. Not final, so that AssertJ's soft assertions can proxy it and a project can
 * extend it.
 */
public class PathwayAssert extends AbstractPathwayAssert<PathwayAssert> {
  /**
   * Creates the assertion; {@link IlacsAssertions#assertThat(InspectionPathway)} reads better.
   *
   * @param actual the answer under test; null makes every assertion fail
   */
  public PathwayAssert(@Nullable InspectionPathway actual) {
    super(actual, PathwayAssert.class);
  }
}

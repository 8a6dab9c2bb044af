package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;

/**
 * Decides the pathway after a graded inspection that has no overall effectiveness grade, as ILACS
 * inspections from April 2026 do. Supply your own with {@link
 * PathwayPolicy#withNoOverallGradeRule(PathwayRule)} when Ofsted publishes how pathways are now
 * assigned.
 */
@FunctionalInterface
public interface PathwayRule {
  /**
   * Returns the pathway a graded inspection without an overall grade sets.
   *
   * @param inspection the inspection, graded, not null
   * @return the pathway, never null and never {@link Pathway#NOT_YET_INSPECTED}; {@link
   *     Pathway#of(Inspection, PathwayRule)} and so {@link InspectionPathway} refuse either with
   *     an {@link IllegalArgumentException} naming the rule and the inspection
   */
  Pathway pathwayOf(Inspection inspection);

  /**
   * Returns the default rule, which is not Ofsted's published wording: {@link
   * Inspection#leadersPlusTwoOfThree()} ({@link Reason#LEADERS_PLUS_TWO_OF_THREE}, with {@link
   * Reason#ANY_PRACTICE_INADEQUATE} for its inadequate branch).
   *
   * @return the rule, never null
   */
  static PathwayRule leadersPlusTwoOfThree() {
    return LeadersPlusTwoOfThree.INSTANCE;
  }
}

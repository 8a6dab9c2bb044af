package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;

/**
 * Decides the pathway after a graded inspection that has no overall effectiveness grade, as ILACS
 * inspections from April 2026 do (rule book {@code rules.md} §3.3, §3.10 and open question 10).
 * Supply your own with {@link PathwayPolicy#withNoOverallGradeRule(PathwayRule)} when Ofsted
 * publishes how pathways are now assigned.
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
   * Describes the rule for explanations.
   *
   * @return a plain-English description, never null
   */
  default String description() {
    return "a pathway rule supplied by the user for inspections without an overall grade";
  }

  /**
   * Returns the default rule, which is UNCONFIRMED (only a third-party summary states it, rule
   * book §3.10): pathway 1 when the impact of leaders and at least two of the three practice
   * judgements (help and protection, children in care, care leavers) are good or outstanding;
   * inadequate when any practice judgement is inadequate; otherwise requires improvement.
   *
   * @return the rule, never null
   */
  static PathwayRule leadersPlusTwoOfThree() {
    return LeadersPlusTwoOfThree.INSTANCE;
  }
}

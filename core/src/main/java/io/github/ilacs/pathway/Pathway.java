package io.github.ilacs.pathway;

import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The pathway an authority is on, set by its latest full inspection ({@link
 * Reason#OVERALL_GRADE_SETS_PATHWAY}); which grade sets it is the vocabulary's {@link
 * Inspection#pathwayGrade()}, read by the forecast and the validation rules alike. Only
 * "pathway 1" for good or outstanding authorities is numbered in the sources; the numbers 2 and
 * 3 follow the order of the grades and are this library's.
 */
public enum Pathway {
  /** Pathway 1: overall good or outstanding; next a short inspection. */
  GOOD_OR_OUTSTANDING(1, "good or outstanding (pathway 1): a short inspection roughly "
      + "three-yearly, with one or more focused visits or joint inspections in the meantime"),
  /**
   * Overall requires improvement to be good; next a standard inspection. Named in full so that
   * a static import does not clash with {@link Grade#REQUIRES_IMPROVEMENT}.
   */
  REQUIRES_IMPROVEMENT_TO_BE_GOOD(2, "requires improvement to be good: a standard "
      + "inspection about every three years, with focused visits between"),
  /**
   * Overall inadequate; monitoring, then re-inspection by a standard inspection. Named apart
   * from {@link Grade#INADEQUATE} so that static imports of both do not clash.
   */
  INADEQUATE_UNDER_MONITORING(3, "inadequate: an action planning visit, an action plan, "
      + "quarterly monitoring visits and re-inspection by a standard inspection"),
  /** No full inspection yet (for example a newly created council); next a standard inspection. */
  NOT_YET_INSPECTED(0, "not yet inspected: a first standard inspection, with focused visits "
      + "before it");

  private final int number;
  private final String description;

  Pathway(int number, String description) {
    this.number = number;
    this.description = description;
  }

  /**
   * Returns the pathway's number: 1 for good or outstanding (Ofsted's), 2 and 3 for requires
   * improvement and inadequate (this library's numbering).
   *
   * @return the number, empty for {@link #NOT_YET_INSPECTED}
   */
  public OptionalInt number() {
    return number == 0 ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /**
   * Returns a one-line description of the pathway and what it brings.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the pathway an overall grade puts an authority on.
   *
   * @param grade the overall grade (or the grade standing in for it), not null
   * @return good or outstanding, requires improvement or inadequate
   * @throws IllegalArgumentException when {@code grade} is null
   */
  public static Pathway ofGrade(Grade grade) {
    if (grade == null) {
      throw new IllegalArgumentException("grade: is required but was null");
    }
    return switch (grade) {
      case OUTSTANDING, GOOD -> GOOD_OR_OUTSTANDING;
      case REQUIRES_IMPROVEMENT -> REQUIRES_IMPROVEMENT_TO_BE_GOOD;
      case INADEQUATE -> INADEQUATE_UNDER_MONITORING;
    };
  }

  /**
   * Returns the pathway a full inspection sets under the default rule for inspections without
   * an overall grade ({@link PathwayRule#leadersPlusTwoOfThree()}); see {@link #of(Inspection,
   * PathwayRule)}.
   *
   * @param fullInspection a full inspection ({@link Inspection#setsPathway()}) with at least
   *     one grade, not null
   * @return good or outstanding, requires improvement or inadequate
   * @throws IllegalArgumentException when the inspection is null, is not a full inspection or
   *     has no grades
   */
  public static Pathway of(Inspection fullInspection) {
    return of(fullInspection, PathwayRule.leadersPlusTwoOfThree());
  }

  /**
   * Returns the pathway a full inspection sets: by its overall effectiveness grade when it has
   * one; by {@code rule} for a graded ILACS inspection without one (April 2026 on); by its worst
   * graded area otherwise ({@link Inspection#pathwayGrade()}). An inspection without any grade
   * sets no pathway, whatever the rule.
   *
   * @param fullInspection a full inspection with at least one grade, not null
   * @param rule the rule for ILACS inspections without an overall grade, not null
   * @return good or outstanding, requires improvement or inadequate
   * @throws IllegalArgumentException when an argument is null, the inspection is not a full
   *     inspection or has no grades, or the rule returns null or {@link #NOT_YET_INSPECTED}
   */
  public static Pathway of(Inspection fullInspection, PathwayRule rule) {
    if (fullInspection == null || rule == null) {
      throw new IllegalArgumentException((fullInspection == null ? "fullInspection" : "rule")
          + ": is required but was null");
    }
    Inspection i = fullInspection;
    if (!i.setsPathway()) {
      throw new IllegalArgumentException(what(i) + " is not a full inspection, so it sets no "
          + "pathway (rule: only full inspections set the pathway)");
    }
    Optional<Grade> grade = i.pathwayGrade();
    if (grade.isEmpty()) {
      throw new IllegalArgumentException(what(i) + " has no grades, so no pathway can be set "
          + "from it (rule: a full inspection's judgements set the pathway)");
    }
    if (i.hasGradesButNoOverall() && rule != PathwayRule.leadersPlusTwoOfThree()) {
      Pathway p = rule.pathwayOf(i);
      if (p == null || p == NOT_YET_INSPECTED) {
        throw new IllegalArgumentException("the pathway rule " + rule + " returned " + p
            + " for " + what(i) + "; a rule must return GOOD_OR_OUTSTANDING, "
            + "REQUIRES_IMPROVEMENT_TO_BE_GOOD or INADEQUATE_UNDER_MONITORING "
            + "(PathwayRule#pathwayOf)");
      }
      return p;
    }
    return ofGrade(grade.get());
  }

  private static String what(Inspection i) {
    return "the " + i.framework() + " " + i.kind() + " of " + i.start() + " to " + i.end();
  }
}

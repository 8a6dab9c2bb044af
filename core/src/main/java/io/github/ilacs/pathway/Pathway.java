package io.github.ilacs.pathway;

import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.JudgementArea;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * The pathway an authority is on, set by its latest full inspection (rule book {@code rules.md}
 * §3.5); {@link #of(Inspection)} is the one place that says which grade of a full inspection
 * sets it, used by the forecast ({@link InspectionPathway}) and the validation rules alike.
 * Only "pathway 1" for good or outstanding authorities is numbered in the sources; the numbers 2
 * and 3 follow the order of the rule book's table and are UNCONFIRMED.
 */
public enum Pathway {
  /** Pathway 1: overall good or outstanding; next a short inspection. */
  GOOD_OR_OUTSTANDING(1, "good or outstanding (pathway 1): a short inspection roughly "
      + "three-yearly, with one or more focused visits or joint inspections in the meantime"),
  /** Overall requires improvement to be good; next a standard inspection. */
  REQUIRES_IMPROVEMENT(2, "requires improvement to be good: a standard inspection about every "
      + "three years, with focused visits between"),
  /** Overall inadequate; monitoring, then re-inspection by a standard inspection. */
  INADEQUATE(3, "inadequate: an action planning visit, an action plan, quarterly monitoring "
      + "visits and re-inspection by a standard inspection"),
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
   * Returns the pathway's number: 1 for good or outstanding (CONFIRMED), 2 and 3 for requires
   * improvement and inadequate (UNCONFIRMED numbering).
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
      case REQUIRES_IMPROVEMENT -> REQUIRES_IMPROVEMENT;
      case INADEQUATE -> INADEQUATE;
    };
  }

  /**
   * Returns the pathway a full inspection sets under the default rule for inspections without
   * an overall grade ({@link PathwayRule#leadersPlusTwoOfThree()}); see {@link #of(Inspection,
   * PathwayRule)}.
   *
   * @param fullInspection a full inspection ({@link Inspection#isFullInspection()}) with at least
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
   * one (SIF and ILACS to March 2026; a SIF result carries into ILACS by it, rule book §3.6); by
   * {@code rule} for a graded ILACS inspection without one (April 2026 on, §3.3, §3.10); by its
   * worst graded area otherwise (the 2009 inspections of safeguarding and looked after children
   * services had no single overall grade, §5). An inspection without any grade sets no pathway,
   * whatever the rule.
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
    String what = "the " + i.framework() + " " + i.kind() + " of " + i.start() + " to " + i.end();
    if (!i.isFullInspection()) {
      throw new IllegalArgumentException(what + " is not a full inspection, so it sets no "
          + "pathway (rule: only full inspections set the pathway, rules.md §3.5)");
    }
    if (i.gradesByArea().isEmpty()) {
      throw new IllegalArgumentException(what + " has no grades, so no pathway can be set from "
          + "it (rule: a full inspection's judgements set the pathway, rules.md §3.5)");
    }
    if (i.overallEffectiveness().isPresent()) {
      return ofGrade(i.overallEffectiveness().get());
    }
    if (setByRule(i)) {
      Pathway p = rule.pathwayOf(i);
      if (p == null || p == NOT_YET_INSPECTED) {
        throw new IllegalArgumentException("the pathway rule " + rule + " returned " + p
            + " for " + what + "; a rule must return GOOD_OR_OUTSTANDING, REQUIRES_IMPROVEMENT "
            + "or INADEQUATE (PathwayRule#pathwayOf)");
      }
      return p;
    }
    return i.gradesByArea().values().stream().max(Comparator.comparingInt(Grade::number))
        .map(Pathway::ofGrade).orElseThrow();
  }

  /**
   * Tells whether a full inspection without an overall grade has its pathway set by a {@link
   * PathwayRule}: a graded ILACS inspection under a framework that grades the impact of leaders
   * but not overall effectiveness.
   */
  static boolean setByRule(Inspection i) {
    return i.overallEffectiveness().isEmpty()
        && !i.framework().isOverallEffectivenessGraded()
        && i.framework().gradedAreas().contains(JudgementArea.IMPACT_OF_LEADERS);
  }
}

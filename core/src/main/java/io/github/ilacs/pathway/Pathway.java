package io.github.ilacs.pathway;

import io.github.ilacs.Grade;
import java.util.OptionalInt;

/**
 * The pathway an authority is on, set by its latest full inspection (rule book {@code rules.md}
 * §3.5). Only "pathway 1" for good or outstanding authorities is numbered in the sources; the
 * numbers 2 and 3 follow the order of the rule book's table and are UNCONFIRMED.
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
      throw new IllegalArgumentException("grade must not be null");
    }
    return switch (grade) {
      case OUTSTANDING, GOOD -> GOOD_OR_OUTSTANDING;
      case REQUIRES_IMPROVEMENT -> REQUIRES_IMPROVEMENT;
      case INADEQUATE -> INADEQUATE;
    };
  }
}

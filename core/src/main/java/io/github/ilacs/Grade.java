package io.github.ilacs;

import java.util.Optional;

/**
 * A grade on Ofsted's four-point scale, numbered 1 (best) to 4 (worst) as Ofsted numbers them.
 *
 * <p>The words for a grade depend on the framework: grade 3 is "Adequate" before November 2013
 * and "Requires improvement to be good" in the single inspection framework and ILACS. Labels
 * therefore come from {@link Framework#label(Grade)} and parsing from
 * {@link Framework#parseGrade(String)}.
 */
public enum Grade {
  /** Grade 1. */
  OUTSTANDING(1),
  /** Grade 2. */
  GOOD(2),
  /** Grade 3: "Requires improvement to be good" since November 2013, "Adequate" before. */
  REQUIRES_IMPROVEMENT(3),
  /** Grade 4. */
  INADEQUATE(4);

  private final int number;

  Grade(int number) {
    this.number = number;
  }

  /**
   * Returns Ofsted's number for this grade, 1 (outstanding) to 4 (inadequate).
   *
   * @return the number, 1 to 4
   */
  public int number() {
    return number;
  }

  /**
   * Returns the grade with Ofsted's number.
   *
   * @param number 1 to 4
   * @return the grade, or empty when the number is outside 1 to 4
   */
  public static Optional<Grade> ofNumber(int number) {
    return number >= 1 && number <= 4 ? Optional.of(values()[number - 1]) : Optional.empty();
  }

  /**
   * Tells whether this grade is strictly better than another.
   *
   * @param other the grade to compare with, not null
   * @return true when this grade has a lower number
   */
  public boolean isBetterThan(Grade other) {
    return number < other.number;
  }

  /**
   * Tells whether this grade is strictly worse than another.
   *
   * @param other the grade to compare with, not null
   * @return true when this grade has a higher number
   */
  public boolean isWorseThan(Grade other) {
    return number > other.number;
  }

  /**
   * Tells whether this grade is the same as or better than another; {@code isAtLeast(GOOD)} is
   * true for good and outstanding.
   *
   * @param other the grade to compare with, not null
   * @return true when this grade's number is lower than or equal to the other's
   */
  public boolean isAtLeast(Grade other) {
    return number <= other.number;
  }
}

package io.github.ilacs.compare;

/**
 * Where an authority's grade in one area stands among the others of a group: how many held a
 * better grade, the same grade or a worse one, and how many held none.
 *
 * @param ahead how many held a better grade, zero or more
 * @param level how many held the same grade, zero or more
 * @param behind how many held a worse grade, zero or more
 * @param notGraded how many held no grade, zero or more
 */
public record Position(int ahead, int level, int behind, int notGraded) {
  /**
   * Creates a position.
   *
   * @param ahead how many held a better grade
   * @param level how many held the same grade
   * @param behind how many held a worse grade
   * @param notGraded how many held no grade
   * @throws IllegalArgumentException naming the count when one is negative
   */
  public Position {
    requireCount("ahead", ahead);
    requireCount("level", level);
    requireCount("behind", behind);
    requireCount("notGraded", notGraded);
  }

  private static void requireCount(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + ": " + value + " is negative (a count is zero"
          + " or more)");
    }
  }
}

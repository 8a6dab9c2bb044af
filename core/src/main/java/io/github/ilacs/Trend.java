package io.github.ilacs;

/**
 * How the grade of one judgement area moved between the last two inspections that graded it or an
 * area of its chain ({@link AreaChain}).
 */
public enum Trend {
  /** The later grade is better. */
  IMPROVED,
  /** The later grade is worse. */
  DECLINED,
  /** The grade is the same. */
  UNCHANGED;

  /**
   * Compares an earlier grade with a later one.
   *
   * @param earlier the earlier grade, not null
   * @param later the later grade, not null
   * @return the trend from earlier to later
   */
  public static Trend between(Grade earlier, Grade later) {
    if (later.isBetterThan(earlier)) {
      return IMPROVED;
    }
    return later.isWorseThan(earlier) ? DECLINED : UNCHANGED;
  }
}

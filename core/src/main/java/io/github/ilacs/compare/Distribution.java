package io.github.ilacs.compare;

import io.github.ilacs.Grade;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How many authorities of a group held each grade in one judgement area, and how many held none.
 * Immutable and thread-safe.
 */
public final class Distribution {
  private final Map<Grade, Integer> counts;
  private final int notGraded;

  private Distribution(Map<Grade, Integer> counts, int notGraded) {
    this.counts = counts;
    this.notGraded = notGraded;
  }

  /** Counts the grades of some authorities' latest grades in one area. */
  static Distribution of(Collection<LatestGrade> grades) {
    Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      counts.put(g, 0);
    }
    int none = 0;
    for (LatestGrade l : grades) {
      Optional<Grade> g = l.grade();
      if (g.isPresent()) {
        counts.merge(g.get(), 1, Integer::sum);
      } else {
        none++;
      }
    }
    return new Distribution(counts, none);
  }

  /**
   * Returns how many authorities held a grade.
   *
   * @param grade the grade, not null
   * @return the count, zero or more
   */
  public int count(Grade grade) {
    return counts.get(grade);
  }

  /**
   * Returns how many authorities held no grade in the area (not inspected, not graded
   * separately, or no longer graded: {@link LatestGrade.Status}).
   *
   * @return the count, zero or more
   */
  public int notGraded() {
    return notGraded;
  }

  /**
   * Returns how many authorities were counted.
   *
   * @return the sum of every grade's count and {@link #notGraded()}
   */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum() + notGraded;
  }

  /**
   * Returns how many authorities held a grade better than the one given, the same, or worse.
   *
   * @param grade the grade to measure against, not null
   * @return the position of an authority with that grade among those counted
   */
  public Position around(Grade grade) {
    int ahead = 0;
    int behind = 0;
    for (Grade g : Grade.values()) {
      if (g.isBetterThan(grade)) {
        ahead += count(g);
      } else if (g.isWorseThan(grade)) {
        behind += count(g);
      }
    }
    return new Position(ahead, count(grade), behind, notGraded);
  }

  /** The same counts with one authority of the grade taken out. */
  Distribution without(Grade grade) {
    Map<Grade, Integer> fewer = new EnumMap<>(counts);
    fewer.merge(grade, -1, Integer::sum);
    return new Distribution(fewer, notGraded);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Distribution d && d.counts.equals(counts) && d.notGraded == notGraded;
  }

  @Override
  public int hashCode() {
    return counts.hashCode() * 31 + notGraded;
  }

  /**
   * Returns the counts, best grade first, such as
   * {@code "outstanding 3, good 5, requires improvement 2, inadequate 0, not graded 0"}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Grade g : Grade.values()) {
      b.append(Comparison.word(g)).append(' ').append(count(g)).append(", ");
    }
    return b.append("not graded ").append(notGraded).toString();
  }
}

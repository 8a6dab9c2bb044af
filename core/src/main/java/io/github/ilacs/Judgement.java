package io.github.ilacs;

/**
 * A grade given to one judgement area.
 *
 * <p>Immutable and thread-safe.
 *
 * @param area the area judged, not null
 * @param grade the grade given, not null
 */
public record Judgement(JudgementArea area, Grade grade) {
  /**
   * Creates a judgement.
   *
   * @param area the area judged, not null
   * @param grade the grade given, not null
   * @throws InvalidInspectionException ({@link Invariant#REQUIRED}) when either is null
   */
  public Judgement {
    Checks.required(area, "area");
    Checks.required(grade, "grade");
  }

  /**
   * Creates a judgement.
   *
   * @param area the area judged, not null
   * @param grade the grade given, not null
   * @return the judgement
   * @throws InvalidInspectionException ({@link Invariant#REQUIRED}) when either is null
   */
  public static Judgement of(JudgementArea area, Grade grade) {
    return new Judgement(area, grade);
  }
}

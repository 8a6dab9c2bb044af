package io.github.ilacs.compare;

import io.github.ilacs.AreaChain;
import io.github.ilacs.AreaTrend;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.JudgementArea;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An authority's latest grade in one judgement area as of a date, followed across changes of
 * framework ({@link InspectionHistory#areaTrend(JudgementArea)}), or why there is none.
 *
 * <p>A grade stands until a later graded inspection is carried out under a framework that does
 * not judge the area's ground: then the area is {@link Status#NOT_GRADED} (care leavers, judged
 * only with children in care from 2018 to 2022) or, once its chain has ended,
 * {@link Status#NO_LONGER_GRADED} (overall effectiveness after an inspection from April 2026).
 * Immutable and thread-safe.
 */
public final class LatestGrade {
  /** Whether an authority holds a grade in an area, and if not, why not. */
  public enum Status {
    /** The area, or an earlier area of its chain, was graded and nothing has displaced it. */
    GRADED,
    /**
     * No graded inspection of the authority was known on the date: none in the histories given
     * had its report published by then.
     */
    NOT_INSPECTED,
    /** The latest graded inspection did not judge the area separately. */
    NOT_GRADED,
    /** The area is no longer judged: its chain ended before the latest graded inspection. */
    NO_LONGER_GRADED
  }

  private final JudgementArea area;
  private final Status status;
  private final Optional<AreaTrend.Point> point;
  private final Optional<Inspection> inspection;

  private LatestGrade(JudgementArea area, Status status, Optional<AreaTrend.Point> point,
      Optional<Inspection> inspection) {
    this.area = area;
    this.status = status;
    this.point = point;
    this.inspection = inspection;
  }

  /**
   * Reads the latest grade of an area from a history as known on the date of the comparison.
   *
   * @param known the history, holding only what was known on the date
   *     ({@link InspectionHistory#knownOn(java.time.LocalDate)})
   * @param area the area
   * @return the latest grade or the reason there is none
   */
  static LatestGrade of(InspectionHistory known, JudgementArea area) {
    AreaTrend trend = known.areaTrend(area);
    AreaChain chain = trend.chain();
    Optional<AreaTrend.Point> latest = trend.latest();
    Inspection displacing = null;
    Inspection lastGraded = null;
    for (Inspection i : known.chronological()) {
      if (i.judgements().isEmpty()) {
        continue;
      }
      lastGraded = i;
      boolean after = latest.isEmpty()
          || InspectionHistory.BY_DATE.compare(i, latest.get().inspection()) > 0;
      if (after && displacing == null && !chain.isJudgedBy(i.framework())) {
        displacing = i;
      }
    }
    if (lastGraded == null) {
      return new LatestGrade(area, Status.NOT_INSPECTED, Optional.empty(), Optional.empty());
    }
    if (latest.isPresent() && displacing == null) {
      return new LatestGrade(area, Status.GRADED, latest,
          Optional.of(latest.get().inspection()));
    }
    Inspection since = displacing == null ? lastGraded : displacing;
    boolean ended = chain.end()
        .filter(e -> !since.start().isBefore(e.endedBy().inForceFrom())).isPresent();
    return new LatestGrade(area, ended ? Status.NO_LONGER_GRADED : Status.NOT_GRADED,
        Optional.empty(), Optional.of(since));
  }

  /**
   * Returns the area compared.
   *
   * @return the area, never null
   */
  public JudgementArea area() {
    return area;
  }

  /**
   * Returns whether there is a grade, and if not, why not.
   *
   * @return the status, never null
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the grade.
   *
   * @return the grade, present exactly when the status is {@link Status#GRADED}
   */
  public Optional<Grade> grade() {
    return point.map(AreaTrend.Point::grade);
  }

  /**
   * Returns the grade with the inspection that gave it and the area of the chain it was given
   * in (such as the 2018–2022 children in care and care leavers judgement for children in care).
   *
   * @return the point, present exactly when the status is {@link Status#GRADED}
   */
  public Optional<AreaTrend.Point> point() {
    return point;
  }

  /**
   * Returns the inspection the answer rests on: the one that gave the grade, or the graded
   * inspection that did not judge the area.
   *
   * @return the inspection, empty only when the status is {@link Status#NOT_INSPECTED}
   */
  public Optional<Inspection> inspection() {
    return inspection;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LatestGrade g && g.area == area && g.status == status
        && g.point.equals(point) && g.inspection.equals(inspection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(area, status, point, inspection);
  }

  @Override
  public String toString() {
    return area + ": " + grade().map(Grade::name).orElse(status.name());
  }
}

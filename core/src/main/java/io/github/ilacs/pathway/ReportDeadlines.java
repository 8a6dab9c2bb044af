package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines that one report or letter sets, exactly as {@link InspectionPathway} computes
 * them: this class holds no rule of its own, so the day a deadline counts from and its length
 * are decided in one place.
 */
public final class ReportDeadlines {
  private ReportDeadlines() {}

  /**
   * Returns the deadlines running from one report or letter, as the pathway gives them for a
   * history holding that activity alone: after a full inspection's report the action plan and
   * the authority's publication of the report; after a focused visit naming areas for priority
   * action, the early draft and the final action plan. The deadlines appear once the pathway
   * counts the report as known on {@code asOf} (its letter or report dated on or before it);
   * their status is as of {@code asOf}.
   *
   * @param report the inspection or visit, not null
   * @param asOf the date asked about, within {@link InspectionPathway#FIRST_SUPPORTED_DATE} to
   *     {@link InspectionPathway#LAST_SUPPORTED_DATE}
   * @param policy the pathway policy whose periods and calendar are used, not null
   * @return the deadlines in due-date order, empty when the activity sets none or its report
   *     is not yet known on {@code asOf}
   * @throws IllegalArgumentException when a value is null or {@code asOf} is out of range
   */
  public static List<Deadline> following(Inspection report, LocalDate asOf,
      PathwayPolicy policy) {
    if (report == null) {
      throw new IllegalArgumentException("report must not be null");
    }
    return InspectionPathway.of(InspectionHistory.of(report.authority(), List.of(report)), asOf,
        policy).deadlines();
  }

  /**
   * Returns the deadlines running from one report or letter under
   * {@link PathwayPolicy#defaults()}; see {@link #following(Inspection, LocalDate,
   * PathwayPolicy)}.
   *
   * @param report the inspection or visit, not null
   * @param asOf the date asked about, within the pathway's supported dates
   * @return the deadlines in due-date order, possibly empty
   * @throws IllegalArgumentException when a value is null or {@code asOf} is out of range
   */
  public static List<Deadline> following(Inspection report, LocalDate asOf) {
    return following(report, asOf, PathwayPolicy.defaults());
  }
}

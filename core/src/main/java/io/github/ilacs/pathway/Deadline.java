package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;
import java.time.LocalDate;
import java.util.List;

/**
 * A statutory or Ofsted deadline running from a report or letter, counted in working days with
 * the day it runs from excluded ({@link io.github.ilacs.calendar.WorkingDays}).
 *
 * @param kind what is due, not null
 * @param document the report or letter it follows, not null
 * @param countedFrom which date of the document it is counted from, not null
 * @param from that date, not null
 * @param workingDays the length of the period in working days, zero or more
 * @param due the last day on which it is due, not before {@code from}, not null
 * @param status whether the deadline is still open on the date asked about, not null
 * @param reasons the reasons behind it, not empty, none null
 */
public record Deadline(Kind kind, Inspection document, CountedFrom countedFrom, LocalDate from,
    int workingDays, LocalDate due, Status status, List<Reason> reasons) {
  /**
   * Checks the values.
   *
   * @param kind what is due, not null
   * @param document the report or letter, not null
   * @param countedFrom which date it is counted from, not null
   * @param from that date, not null
   * @param workingDays zero or more
   * @param due not before {@code from}, not null
   * @param status open or passed, not null
   * @param reasons not empty, none null
   * @throws IllegalArgumentException when a value is null, {@code workingDays} is negative,
   *     {@code due} is before {@code from} or the reasons are empty
   */
  public Deadline {
    Required.check(kind, "kind");
    Required.check(document, "document");
    Required.check(countedFrom, "countedFrom");
    Required.check(from, "from");
    Required.check(due, "due");
    Required.check(status, "status");
    Required.check(reasons, "reasons");
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays " + workingDays + " is negative");
    }
    if (due.isBefore(from)) {
      throw new IllegalArgumentException("due " + due + " is before from " + from);
    }
    if (reasons.isEmpty() || ExpectedActivity.hasNull(reasons)) {
      throw new IllegalArgumentException("reasons must be a non-empty list without nulls");
    }
    reasons = List.copyOf(reasons);
  }

  /**
   * Returns the deadlines that follow one report or letter, as of a date: after a full
   * inspection's report the action plan and the authority's own publication of the report;
   * after a focused-visit letter naming areas for priority action, dated on or after the
   * policy's {@link PathwayPolicy.DeadlinePeriods#priorityActionPlansFrom()}, an early draft and
   * the final action plan. Each counts from the day the authority received the document, else
   * the day it was issued, else Ofsted's publication, and says which ({@link Reason}).
   *
   * @param document the report or letter, not null
   * @param asOf the date asked about, not null; a deadline is {@link Status#PASSED} after its
   *     due day
   * @param policy the periods and calendar, not null
   * @return the deadlines in due-date order; empty when the document has none or no date to
   *     count from
   * @throws IllegalArgumentException when an argument is null or a date lies outside the
   *     working-day calendar's years
   */
  public static List<Deadline> following(Inspection document, LocalDate asOf,
      PathwayPolicy policy) {
    if (document == null || asOf == null || policy == null) {
      throw new IllegalArgumentException("document, asOf and policy must not be null");
    }
    List<Deadline> out = new java.util.ArrayList<>(Deadlines.following(document, asOf, policy));
    out.sort(java.util.Comparator.comparing(Deadline::due));
    return List.copyOf(out);
  }

  /** Which date of a report or letter a deadline is counted from. */
  public enum CountedFrom {
    /** The day the authority received it ({@link Inspection#received()}). */
    RECEIVED,
    /** The date printed on it ({@link Inspection#issued()}). */
    ISSUED,
    /** The day Ofsted published it ({@link Inspection#published()}). */
    PUBLISHED
  }

  /** What falls due. */
  public enum Kind {
    /** The authority's written statement of action (action plan). */
    ACTION_PLAN("Action plan"),
    /** An early draft of the action plan after a focused visit with areas for priority action. */
    EARLY_DRAFT_ACTION_PLAN("Early draft of the action plan"),
    /** The authority's own publication of the inspection report (SI 2007/462 reg. 2). */
    REPORT_PUBLICATION("Publication of the report by the authority");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    /**
     * Returns a short name for what is due.
     *
     * @return the title, never null
     */
    public String title() {
      return title;
    }
  }

  /** Whether a deadline is still running. */
  public enum Status {
    /** The date asked about is on or before the due date. */
    OPEN,
    /** The due date has passed (whether it was met is not recorded in the history). */
    PASSED
  }
}

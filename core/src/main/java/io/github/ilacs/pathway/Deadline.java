package io.github.ilacs.pathway;

import java.time.LocalDate;

/**
 * A statutory or Ofsted deadline running from a report or letter, counted in working days with
 * the day of receipt excluded ({@link io.github.ilacs.calendar.WorkingDays}).
 *
 * @param kind what is due, not null
 * @param from the date of the report or letter the period runs from, not null
 * @param workingDays the length of the period in working days, zero or more
 * @param due the last day on which it is due, not before {@code from}, not null
 * @param basis a plain-English statement of the rule and the document, citing the rule book, not
 *     blank
 * @param status whether the deadline is still open on the date asked about, not null
 */
public record Deadline(Kind kind, LocalDate from, int workingDays, LocalDate due, String basis,
    Status status) {
  /**
   * Checks the values.
   *
   * @param kind what is due, not null
   * @param from the date of the report or letter the period runs from, not null
   * @param workingDays the length of the period in working days, zero or more
   * @param due the last day on which it is due, not before {@code from}, not null
   * @param basis a plain-English statement of the rule and the document, not blank
   * @param status whether the deadline is still open on the date asked about, not null
   * @throws IllegalArgumentException when a value is null, {@code workingDays} is negative,
   *     {@code due} is before {@code from} or the basis is blank
   */
  public Deadline {
    for (Object[] named : new Object[][] {{kind, "kind"}, {from, "from"}, {due, "due"},
        {basis, "basis"}, {status, "status"}}) {
      if (named[0] == null) {
        throw new IllegalArgumentException(named[1] + ": is required but was null");
      }
    }
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays " + workingDays + " is negative");
    }
    if (due.isBefore(from)) {
      throw new IllegalArgumentException("due " + due + " is before from " + from);
    }
    if (basis.isBlank()) {
      throw new IllegalArgumentException("basis must not be blank");
    }
  }

  /** What falls due. */
  public enum Kind {
    /** The authority's written statement of action (action plan), rule book §3.8 and §3.9. */
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

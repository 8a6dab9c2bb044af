package io.github.ilacs.pathway;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When an activity is expected: the earliest and latest days and the most likely day between.
 *
 * <p>A window is a forecast from published practice, not a promise by Ofsted: for the next full
 * inspection the default policy's window holds about four in five of the inspections that began
 * in 2022 and 2023 (see {@link PathwayPolicy}). Both ends are included.
 *
 * @param earliest the first day of the window, not null
 * @param expected the most likely day, not before {@code earliest}, not null
 * @param latest the last day of the window, not before {@code expected}, not null
 */
public record Window(LocalDate earliest, LocalDate expected, LocalDate latest) {
  /** The mean length of a Gregorian month in days, used wherever days are given as months. */
  static final double DAYS_PER_MONTH = 365.2425 / 12;

  /**
   * Checks the window.
   *
   * @param earliest the first day of the window, not null
   * @param expected the most likely day, not before {@code earliest}, not null
   * @param latest the last day of the window, not before {@code expected}, not null
   * @throws IllegalArgumentException when a date is null or the dates are out of order
   */
  public Window {
    Required.check(earliest, "earliest");
    Required.check(expected, "expected");
    Required.check(latest, "latest");
    if (expected.isBefore(earliest) || latest.isBefore(expected)) {
      throw new IllegalArgumentException("window dates out of order: earliest " + earliest
          + ", expected " + expected + ", latest " + latest
          + " (rule: earliest <= expected <= latest)");
    }
  }

  /**
   * Tells whether a day lies within the window, both ends included.
   *
   * @param date the day, not null
   * @return true when {@code earliest <= date <= latest}
   * @throws IllegalArgumentException when {@code date} is null
   */
  public boolean contains(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("date: is required but was null");
    }
    return !date.isBefore(earliest) && !date.isAfter(latest);
  }

  /**
   * Returns the status of an activity with this window that has not taken place.
   *
   * @param asOf the date, not null
   * @return {@link ActivityStatus#ON_TRACK} before the window, {@link ActivityStatus#DUE} within
   *     it, {@link ActivityStatus#OVERDUE} after it
   * @throws IllegalArgumentException when {@code asOf} is null
   */
  public ActivityStatus statusOn(LocalDate asOf) {
    if (asOf == null) {
      throw new IllegalArgumentException("asOf: is required but was null");
    }
    if (asOf.isBefore(earliest)) {
      return ActivityStatus.ON_TRACK;
    }
    return asOf.isAfter(latest) ? ActivityStatus.OVERDUE : ActivityStatus.DUE;
  }

  /**
   * Returns the width of the window in days, from earliest to latest.
   *
   * @return zero or more
   */
  public long widthInDays() {
    return ChronoUnit.DAYS.between(earliest, latest);
  }

  /**
   * Returns the width of the window in mean months (365.2425 / 12 days).
   *
   * @return zero or more
   */
  public double widthInMonths() {
    return widthInDays() / DAYS_PER_MONTH;
  }

  /**
   * Returns the window moved by a number of days.
   *
   * @param days the days to move by, negative to move earlier
   * @return the moved window
   * @throws IllegalArgumentException when a moved date would fall outside the dates {@link
   *     LocalDate} can hold
   */
  public Window shiftedBy(long days) {
    try {
      return new Window(earliest.plusDays(days), expected.plusDays(days), latest.plusDays(days));
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException("window " + this + " cannot be moved by " + days
          + " days: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return earliest + " to " + latest + " (expected " + expected + ")";
  }
}

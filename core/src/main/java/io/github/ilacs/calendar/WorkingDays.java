package io.github.ilacs.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working-day arithmetic for statutory deadlines.
 *
 * <p>A working day is any day except Saturday, Sunday and the bank holidays of the calendar it
 * was made with (Christmas Day and Good Friday are bank holidays there). This is the definition
 * in SI 2007/462 reg. 1(2) (rule book {@code rules.md} §3.9 and §8).
 *
 * <p><b>Counting convention.</b> The day a period runs from (the day a report or letter is
 * received) is not counted: the deadline "n working days after d" is the nth working day
 * <em>after</em> d, whether or not d is itself a working day. So {@code plus(19 Dec 2019, 30)} is
 * 4 February 2020 and {@code plus(19 Dec 2019, 70)} is 31 March 2020 (the rule book's worked
 * examples). {@link #between(LocalDate, LocalDate)} is its inverse: the working days after the
 * first date up to and including the second. Immutable and thread-safe.
 */
public final class WorkingDays {
  private static final WorkingDays ENGLAND_AND_WALES =
      new WorkingDays(BankHolidays.englandAndWales());

  private final BankHolidays holidays;

  private WorkingDays(BankHolidays holidays) {
    this.holidays = holidays;
  }

  /**
   * Returns working days over the England and Wales bank holidays.
   *
   * @return the calendar, never null
   */
  public static WorkingDays englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  /**
   * Returns working days over the given bank holidays, for instance with announced changes.
   *
   * @param holidays the bank holidays, not null
   * @return the calendar, never null
   * @throws IllegalArgumentException when {@code holidays} is null
   */
  public static WorkingDays over(BankHolidays holidays) {
    if (holidays == null) {
      throw new IllegalArgumentException("holidays must not be null");
    }
    return new WorkingDays(holidays);
  }

  /**
   * Returns the bank holidays this calendar skips.
   *
   * @return the bank holidays, never null
   */
  public BankHolidays holidays() {
    return holidays;
  }

  /**
   * Tells whether a day is a working day.
   *
   * @param date the day, not null
   * @return false on Saturdays, Sundays and bank holidays
   * @throws IllegalArgumentException when {@code date} is null
   */
  public boolean isWorkingDay(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("date must not be null");
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
        && !holidays.isBankHoliday(date);
  }

  /**
   * Returns the date n working days after a date, the date itself not counted. With n = 0 the
   * date itself is returned.
   *
   * @param date the day the period runs from (for example the day a report is received), not null
   * @param workingDays the number of working days, zero or more
   * @return the nth working day after {@code date}
   * @throws IllegalArgumentException when {@code date} is null or {@code workingDays} is negative
   */
  public LocalDate plus(LocalDate date, int workingDays) {
    if (date == null) {
      throw new IllegalArgumentException("date must not be null");
    }
    if (workingDays < 0) {
      throw new IllegalArgumentException(
          "workingDays " + workingDays + " is negative; a period counts forward from a date");
    }
    LocalDate d = date;
    int left = workingDays;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Counts the working days after one date up to and including another: {@code between(d,
   * plus(d, n)) == n}. Negative when {@code to} is before {@code from} (minus the count from
   * {@code to} to {@code from}).
   *
   * @param from the day the period runs from, not counted, not null
   * @param to the last day, counted when it is a working day, not null
   * @return the number of working days
   * @throws IllegalArgumentException when either date is null
   */
  public int between(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new IllegalArgumentException((from == null ? "from" : "to") + " must not be null");
    }
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingDays w && holidays.equals(w.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holidays);
  }

  @Override
  public String toString() {
    return "WorkingDays[" + holidays + "]";
  }
}

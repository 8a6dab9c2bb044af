package io.github.ilacs.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Working-day arithmetic for statutory deadlines.
 *
 * <p>A working day is any day except Saturday, Sunday and the bank holidays of the calendar it
 * was made with. This is the definition in SI 2007/462 reg. 1(2) ({@code docs/domain.md}
 * §3.9 and §8), which also names Christmas Day and Good Friday: both are in every {@link
 * BankHolidays} calendar, which refuses to remove them, so they are never working days.
 *
 * <p>Dates must lie in the years the holiday calendar supports ({@value
 * BankHolidays#FIRST_YEAR} to {@value BankHolidays#LAST_YEAR}); a period is at most {@value
 * #MAX_WORKING_DAYS} working days (about 38 years), far beyond any statutory period.
 *
 * <p><b>Counting convention.</b> The day a period runs from (the day a report or letter is
 * received) is not counted: the deadline "n working days after d" is the nth working day
 * <em>after</em> d, whether or not d is itself a working day. So {@code plus(19 Dec 2019, 30)} is
 * 4 February 2020 and {@code plus(19 Dec 2019, 70)} is 31 March 2020 (the worked
 * examples). {@link #between(LocalDate, LocalDate)} is its inverse: the working days after the
 * first date up to and including the second. Immutable and thread-safe.
 */
public final class WorkingDays {
  /** The longest period {@link #plus(LocalDate, int)} accepts, in working days. */
  public static final int MAX_WORKING_DAYS = 10_000;

  private static final WorkingDays ENGLAND_AND_WALES =
      new WorkingDays(BankHolidays.englandAndWales());

  private final BankHolidays holidays;
  /** Per supported year, the epoch days of its weekday holidays in order; filled on first use. */
  private final AtomicReferenceArray<long[]> weekdayHolidaysByYear =
      new AtomicReferenceArray<>(BankHolidays.LAST_YEAR - BankHolidays.FIRST_YEAR + 1);

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
      throw new IllegalArgumentException("holidays: is required but was null");
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
   * @param date the day, not null, in a supported year
   * @return false on Saturdays, Sundays and bank holidays
   * @throws IllegalArgumentException when {@code date} is null or outside the supported years
   */
  public boolean isWorkingDay(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("date: is required but was null");
    }
    boolean holiday = holidays.isBankHoliday(date);
    DayOfWeek dow = date.getDayOfWeek();
    return !holiday && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * Returns the date n working days after a date, the date itself not counted. With n = 0 the
   * date itself is returned.
   *
   * @param date the day the period runs from (for example the day a report is received), not
   *     null; it is not counted, so it may be the last day before the supported years
   * @param workingDays the number of working days, 0 to {@value #MAX_WORKING_DAYS}
   * @return the nth working day after {@code date}
   * @throws IllegalArgumentException when {@code date} is null, {@code workingDays} is negative
   *     or more than {@value #MAX_WORKING_DAYS}, or a day counted lies outside the supported
   *     years of the holiday calendar
   */
  public LocalDate plus(LocalDate date, int workingDays) {
    if (date == null) {
      throw new IllegalArgumentException("date: is required but was null");
    }
    if (workingDays < 0) {
      throw new IllegalArgumentException(
          "workingDays " + workingDays + " is negative; a period counts forward from a date");
    }
    if (workingDays > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException("workingDays " + workingDays + " is more than "
          + MAX_WORKING_DAYS + ", the longest period counted (about 38 years)");
    }
    if (workingDays == 0) {
      return date;
    }
    startOfPeriod(date, "date");
    // Count weekdays by arithmetic, then push on by one working day for each bank holiday
    // that fell inside the stretch just added, until none does.
    LocalDate end = plusWeekdays(date, workingDays);
    int holidaysInside = weekdayHolidays(date, end);
    while (holidaysInside > 0) {
      LocalDate from = end;
      end = plusWeekdays(end, holidaysInside);
      holidaysInside = weekdayHolidays(from, end);
    }
    return end;
  }

  /** The nth weekday (Monday to Friday) after a date, bank holidays not considered. */
  private static LocalDate plusWeekdays(LocalDate date, int n) {
    if (n == 0) {
      return date;
    }
    LocalDate d = date;
    int dow = d.getDayOfWeek().getValue();
    if (dow > 5) {
      // a weekend counts as the Friday before it
      d = d.minusDays(dow - 5L);
      dow = 5;
    }
    int weeks = (n - 1) / 5;
    int rest = (n - 1) % 5 + 1;
    long days = weeks * 7L + rest + (dow + rest > 5 ? 2 : 0);
    return d.plusDays(days);
  }

  /** How many bank holidays on a weekday lie after one date up to and including another. */
  private int weekdayHolidays(LocalDate after, LocalDate upTo) {
    int count = 0;
    // from the year of the day after, so that a period from 31 December reads no holidays of
    // the year it starts in
    long from = after.toEpochDay();
    long to = upTo.toEpochDay();
    for (int year = after.plusDays(1).getYear(); year <= upTo.getYear(); year++) {
      for (long h : weekdayHolidays(year)) {
        if (h > from && h <= to) {
          count++;
        }
      }
    }
    return count;
  }

  /** The epoch days of a year's holidays that fall on weekdays, computed once per year. */
  private long[] weekdayHolidays(int year) {
    List<LocalDate> days = null;
    if (year < BankHolidays.FIRST_YEAR || year > BankHolidays.LAST_YEAR) {
      days = holidays.inYear(year); // refuses the year with the calendar's own message
    }
    int i = year - BankHolidays.FIRST_YEAR;
    long[] cached = weekdayHolidaysByYear.get(i);
    if (cached == null) {
      if (days == null) {
        days = holidays.inYear(year);
      }
      cached = days.stream().filter(d -> d.getDayOfWeek().getValue() <= 5)
          .mapToLong(LocalDate::toEpochDay).toArray();
      weekdayHolidaysByYear.set(i, cached);
    }
    return cached;
  }

  /**
   * Counts the working days after one date up to and including another: {@code between(d,
   * plus(d, n)) == n}. Negative when {@code to} is before {@code from} (minus the count from
   * {@code to} to {@code from}).
   *
   * @param from the day the period runs from, not counted, not null
   * @param to the last day, counted when it is a working day, not null
   * @return the number of working days
   * @throws IllegalArgumentException when either date is null, when a day after the earlier
   *     date up to the later one lies outside the supported years of the holiday calendar, or
   *     when the count is more than {@value #MAX_WORKING_DAYS}
   */
  public int between(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new IllegalArgumentException((from == null ? "from" : "to") + ": is required but was null");
    }
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    if (to.equals(from)) {
      return 0;
    }
    startOfPeriod(from, "from");
    startOfPeriod(to, "to");
    // 45 years hold more than 11,000 working days whatever the holidays: refuse them before
    // reading the holidays of every year between
    long count = to.getYear() - from.getYear() > 45 ? Long.MAX_VALUE
        : weekdays(from.plusDays(1), to) - weekdayHolidays(from, to);
    if (count > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException("the period from " + from + " to " + to + " is more than "
          + MAX_WORKING_DAYS + " working days, the longest period counted (about 38 years)");
    }
    return (int) count;
  }

  /**
   * Refuses a day a period runs from (or, for {@code between}, either end) outside the
   * calendar's years; the day before the first supported year is allowed, as it is not counted.
   */
  private static void startOfPeriod(LocalDate date, String field) {
    int year = date.getYear();
    if (year < BankHolidays.FIRST_YEAR - 1 || year > BankHolidays.LAST_YEAR) {
      throw new IllegalArgumentException(field + " " + date + " is outside the supported years "
          + BankHolidays.FIRST_YEAR + " to " + BankHolidays.LAST_YEAR
          + " of the holiday calendar");
    }
  }

  /** Mondays to Fridays from one day to another, both included ({@code to} not before it). */
  private static long weekdays(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    long count = days / 7 * 5;
    for (LocalDate d = from.plusDays(days / 7 * 7); !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        count++;
      }
    }
    return count;
  }

  @Override
  public boolean equals(@Nullable Object o) {
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

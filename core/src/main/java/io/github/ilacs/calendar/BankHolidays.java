package io.github.ilacs.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The bank holidays of England and Wales from 1978 on, computed from the rules, plus the one-off
 * days proclaimed for particular events and any changes the user supplies.
 *
 * <p><b>Supported years.</b> {@value #FIRST_YEAR} to {@value #LAST_YEAR}: the early May bank
 * holiday began in 1978, and earlier years had other rules and one-off days (such as the Silver
 * Jubilee of 7 June 1977) that are not modelled, so earlier years are refused rather than
 * answered wrongly. Years after the last announced list are projections of the current rules.
 *
 * <p>Only days that are themselves holidays are listed: when a fixed holiday falls on a weekend
 * the substitute weekday is the holiday, not the weekend date (as gov.uk lists them). The rules
 * ({@code docs/domain.md} §8):
 *
 * <ul>
 *   <li>New Year's Day, 1 January, or the following Monday when it falls at a weekend;</li>
 *   <li>Good Friday and Easter Monday (Western Easter);</li>
 *   <li>the early May bank holiday, the first Monday in May (moved to Friday 8 May in 1995 and
 *       2020 for the VE Day anniversaries);</li>
 *   <li>the spring bank holiday, the last Monday in May (moved to 4 June 2002, 4 June 2012 and
 *       2 June 2022 for the Golden, Diamond and Platinum Jubilees);</li>
 *   <li>the summer bank holiday, the last Monday in August;</li>
 *   <li>Christmas Day and Boxing Day, with substitutes: when Christmas falls on a Saturday the
 *       holidays are Monday 27 and Tuesday 28; on a Sunday, Monday 26 and Tuesday 27; on a
 *       Friday, Boxing Day is kept on Monday 28;</li>
 *   <li>one-off days: 29 July 1981 (royal wedding), 31 December 1999 (millennium), 3 June 2002
 *       (Golden Jubilee), 29 April 2011 (royal wedding), 5 June 2012 (Diamond Jubilee), 3 June 2022 (Platinum Jubilee),
 *       19 September 2022 (state funeral of Queen Elizabeth II) and 8 May 2023 (coronation of
 *       King Charles III).</li>
 * </ul>
 *
 * <p>Days announced later, or days cancelled, can be supplied with {@link
 * #withAdditional(LocalDate...)} and {@link #withRemoved(LocalDate...)}; years without an
 * announced list still compute from the rules. Christmas Day and Good Friday cannot be removed:
 * they are not bank holidays by proclamation but common-law holidays, and SI 2007/462 reg. 1(2)
 * names them as never being working days ({@link WorkingDays}). Immutable and thread-safe.
 */
public final class BankHolidays {
  /** The first year supported: the early May bank holiday was first kept in 1978. */
  public static final int FIRST_YEAR = 1978;
  /** The last year supported, the last four-digit year. */
  public static final int LAST_YEAR = 9999;

  /** Years in which a Monday holiday was moved by proclamation, and the day it moved to. */
  private static final Map<Integer, LocalDate> EARLY_MAY_MOVED = Map.of(
      1995, LocalDate.of(1995, 5, 8),
      2020, LocalDate.of(2020, 5, 8));
  private static final Map<Integer, LocalDate> SPRING_MOVED = Map.of(
      2002, LocalDate.of(2002, 6, 4),
      2012, LocalDate.of(2012, 6, 4),
      2022, LocalDate.of(2022, 6, 2));
  private static final List<LocalDate> ONE_OFFS = List.of(
      LocalDate.of(1981, 7, 29),
      LocalDate.of(1999, 12, 31),
      LocalDate.of(2002, 6, 3),
      LocalDate.of(2011, 4, 29),
      LocalDate.of(2012, 6, 5),
      LocalDate.of(2022, 6, 3),
      LocalDate.of(2022, 9, 19),
      LocalDate.of(2023, 5, 8));

  private static final BankHolidays ENGLAND_AND_WALES =
      new BankHolidays(Set.of(), Set.of());

  private final Set<LocalDate> additional;
  private final Set<LocalDate> removed;
  /** Holidays by year, filled on first use; working-day counts ask about the same years often. */
  private final ConcurrentMap<Integer, List<LocalDate>> byYear = new ConcurrentHashMap<>();

  private BankHolidays(Set<LocalDate> additional, Set<LocalDate> removed) {
    this.additional = Collections.unmodifiableSet(new TreeSet<>(additional));
    this.removed = Collections.unmodifiableSet(new TreeSet<>(removed));
  }

  /**
   * Returns the England and Wales bank holidays as the rules and the proclaimed one-off days
   * give them.
   *
   * @return the calendar, never null
   */
  public static BankHolidays englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  /**
   * Returns a calendar with extra holidays, such as a newly announced one-off day.
   *
   * @param days the days, none null
   * @return a new calendar; this one is unchanged
   * @throws IllegalArgumentException when {@code days} or one of its elements is null
   */
  public BankHolidays withAdditional(LocalDate... days) {
    Set<LocalDate> add = new TreeSet<>(additional);
    Set<LocalDate> rem = new TreeSet<>(removed);
    for (LocalDate d : checked(days, "days")) {
      add.add(d);
      rem.remove(d);
    }
    return new BankHolidays(add, rem);
  }

  /**
   * Returns a calendar without some days the rules would give, such as a holiday that was moved
   * by proclamation (supply the new day with {@link #withAdditional(LocalDate...)}).
   *
   * @param days the days, none null, none a Christmas Day (25 December) or Good Friday
   * @return a new calendar; this one is unchanged
   * @throws IllegalArgumentException when {@code days} or one of its elements is null, or when a
   *     day is Christmas Day or Good Friday, which SI 2007/462 reg. 1(2) always excludes from
   *     working days
   */
  public BankHolidays withRemoved(LocalDate... days) {
    Set<LocalDate> add = new TreeSet<>(additional);
    Set<LocalDate> rem = new TreeSet<>(removed);
    for (LocalDate d : checked(days, "days")) {
      if (isChristmasDayOrGoodFriday(d)) {
        throw new IllegalArgumentException("cannot remove " + d + ": it is "
            + (d.getMonthValue() == 12 ? "Christmas Day" : "Good Friday") + ", which is never a "
            + "working day (SI 2007/462 reg. 1(2) names it apart from bank holidays)");
      }
      rem.add(d);
      add.remove(d);
    }
    return new BankHolidays(add, rem);
  }

  private static List<LocalDate> checked(LocalDate[] days, String field) {
    if (days == null) {
      throw new IllegalArgumentException(field + ": is required but was null");
    }
    for (int i = 0; i < days.length; i++) {
      if (days[i] == null) {
        throw new IllegalArgumentException(field + "[" + i + "]: is required but was null");
      }
    }
    return Arrays.asList(days);
  }

  /**
   * Tells whether a day is Christmas Day or Good Friday, the two days SI 2007/462 reg. 1(2) names
   * as never working days besides the bank holidays.
   *
   * @param date the day, not null
   * @return true on 25 December and on the Friday before Western Easter Sunday
   * @throws IllegalArgumentException when {@code date} is null
   */
  public static boolean isChristmasDayOrGoodFriday(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("date: is required but was null");
    }
    if (date.getMonthValue() == 12 && date.getDayOfMonth() == 25) {
      return true;
    }
    int year = date.getYear();
    return date.getDayOfWeek() == DayOfWeek.FRIDAY && year >= 1583 && year <= LAST_YEAR
        && date.equals(easterSunday(year).minusDays(2));
  }

  /**
   * Returns the bank holidays of a year in date order.
   *
   * @param year the year, from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
   * @return an unmodifiable list of the holidays, each a weekday unless supplied otherwise
   * @throws IllegalArgumentException when the year is outside the supported years
   */
  public List<LocalDate> inYear(int year) {
    return byYear.computeIfAbsent(supported(year), this::compute);
  }

  private static int supported(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("year " + year + " is outside the supported years "
          + FIRST_YEAR + " to " + LAST_YEAR + " of the England and Wales bank holidays (rule: "
          + "the early May bank holiday began in 1978; earlier rules are not modelled)");
    }
    return year;
  }

  private List<LocalDate> compute(int year) {
    TreeSet<LocalDate> days = new TreeSet<>(byRule(year));
    for (LocalDate d : ONE_OFFS) {
      if (d.getYear() == year) {
        days.add(d);
      }
    }
    for (LocalDate d : additional) {
      if (d.getYear() == year) {
        days.add(d);
      }
    }
    days.removeAll(removed);
    return List.copyOf(days);
  }

  /**
   * Tells whether a day is a bank holiday.
   *
   * @param date the day, not null, in a supported year ({@value #FIRST_YEAR} to {@value
   *     #LAST_YEAR})
   * @return true when the day is a bank holiday in England and Wales
   * @throws IllegalArgumentException when {@code date} is null or outside the supported years
   */
  public boolean isBankHoliday(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("date: is required but was null");
    }
    return inYear(date.getYear()).contains(date);
  }

  private static List<LocalDate> byRule(int year) {
    List<LocalDate> days = new ArrayList<>();
    days.add(mondayIfWeekend(LocalDate.of(year, 1, 1)));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(EARLY_MAY_MOVED.getOrDefault(year,
        LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))));
    days.add(SPRING_MOVED.getOrDefault(year,
        LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
    days.add(LocalDate.of(year, Month.AUGUST, 1)
        .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = LocalDate.of(year, 12, 25);
    switch (christmas.getDayOfWeek()) {
      case FRIDAY -> {
        days.add(christmas);
        days.add(LocalDate.of(year, 12, 28));
      }
      case SATURDAY -> {
        days.add(LocalDate.of(year, 12, 27));
        days.add(LocalDate.of(year, 12, 28));
      }
      case SUNDAY -> {
        days.add(LocalDate.of(year, 12, 26));
        days.add(LocalDate.of(year, 12, 27));
      }
      default -> {
        days.add(christmas);
        days.add(LocalDate.of(year, 12, 26));
      }
    }
    return days;
  }

  private static LocalDate mondayIfWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
        ? d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : d;
  }

  /** Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * Returns the days supplied with {@link #withAdditional(LocalDate...)}.
   *
   * @return an unmodifiable set in date order
   */
  public Set<LocalDate> additional() {
    return additional;
  }

  /**
   * Returns the days supplied with {@link #withRemoved(LocalDate...)}.
   *
   * @return an unmodifiable set in date order
   */
  public Set<LocalDate> removed() {
    return removed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BankHolidays b && additional.equals(b.additional)
        && removed.equals(b.removed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additional, removed);
  }

  @Override
  public String toString() {
    return "BankHolidays[England and Wales, additional=" + additional + ", removed=" + removed
        + "]";
  }
}

package io.github.ilacs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {
  /**
   * A calendar equal to {@link BankHolidays#englandAndWales()} but new for each test, so that
   * the years are computed here rather than read from a cache filled earlier in the JVM.
   */
  private final BankHolidays holidays = BankHolidays.englandAndWales().withAdditional();

  /** Western Easter Sundays, including the earliest (22 March) and latest (25 April) possible. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"1818-03-22", "1943-04-25", "1978-03-26", "2000-04-23", "2001-04-15",
      "2002-03-31", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2038-04-25",
      "2285-03-22", "9999-03-28"})
  void easterSundayIsComputedForAnyGregorianYear(LocalDate easter) {
    assertThat(BankHolidays.easterSunday(easter.getYear())).isEqualTo(easter);
  }

  /**
   * The docs/domain.md §8 table, copied as literal expected values, and 1981 with the one-off
   * holiday for the royal wedding of 29 July.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "1981, 01-01 04-17 04-20 05-04 05-25 07-29 08-31 12-25 12-28",
      "2009, 01-01 04-10 04-13 05-04 05-25 08-31 12-25 12-28",
      "2010, 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
      "2011, 01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27",
      "2012, 01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26",
      "2013, 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
      "2014, 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
      "2015, 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
      "2016, 01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27",
      "2017, 01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
      "2018, 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
      "2019, 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
      "2020, 01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
      "2021, 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
      "2022, 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
      "2023, 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
      "2024, 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
      "2025, 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
      "2026, 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
      "2027, 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
      "2028, 01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
      "2029, 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
      "2030, 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
  })
  void producesExactlyTheRuleBookTableForEachYear(int year, String monthDays) {
    List<LocalDate> expected = Arrays.stream(monthDays.split(" "))
        .map(md -> LocalDate.parse(year + "-" + md))
        .toList();
    assertThat(holidays.inYear(year)).containsExactlyElementsOf(expected);
    for (LocalDate d : expected) {
      assertThat(holidays.isBankHoliday(d)).as(d.toString()).isTrue();
    }
  }

  @Test
  void noDayOutsideTheTableIsAHolidayFrom2009To2030() {
    int count = 0;
    for (LocalDate d = LocalDate.of(2009, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
      if (holidays.isBankHoliday(d)) {
        assertThat(holidays.inYear(d.getYear())).as(d.toString()).contains(d);
        assertThat(d.getDayOfWeek()).as(d.toString())
            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        count++;
      }
    }
    // 22 years of 8, plus 2011 (1), 2012 (1), 2022 (2) and 2023 (1) one-offs.
    assertThat(count).isEqualTo(22 * 8 + 5);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2019-04-21, false", "2020-05-04, false", "2020-05-08, true", "2022-05-30, false", "2045-04-08, false",
      "2012-05-28, false", "2021-12-25, false", "2021-12-28, true", "2045-04-10, true",
      "2045-04-07, true", "2100-03-26, true"
  })
  void movedAndWeekendDaysAreNotHolidaysButSubstitutesAre(LocalDate date, boolean holiday) {
    assertThat(holidays.isBankHoliday(date)).isEqualTo(holiday);
  }

  @Test
  void announcedChangesCanBeSupplied() {
    LocalDate newDay = LocalDate.of(2031, 6, 6);
    BankHolidays changed = holidays.withAdditional(newDay).withRemoved(LocalDate.of(2031, 5, 26));
    assertThat(changed.isBankHoliday(newDay)).isTrue();
    assertThat(changed.isBankHoliday(LocalDate.of(2031, 5, 26))).isFalse();
    assertThat(changed.inYear(2031)).contains(newDay).doesNotContain(LocalDate.of(2031, 5, 26));
    assertThat(holidays.isBankHoliday(newDay)).isFalse();
    assertThat(holidays.isBankHoliday(LocalDate.of(2031, 5, 26))).isTrue();
  }

  @Test
  void easterFollowsTheGregorianComputus() {
    assertThat(BankHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(BankHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
  }

  @Test
  void nullOrOutOfRangeInputIsRejectedWithItsName() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> holidays.withAdditional(LocalDate.of(2030, 1, 2), null))
        .withMessageContaining("days[1]");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> holidays.inYear(0))
        .withMessageContaining("year 0");
  }

  /** From 1978, when the early May bank holiday began; earlier years are refused, not guessed. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"1977, false", "1978, true", "9999, true", "10000, false"})
  void onlyTheSupportedYearsAreAnswered(int year, boolean supported) {
    if (supported) {
      LocalDate newYear = holidays.inYear(year).get(0);
      assertThat(newYear.getMonthValue()).isEqualTo(1);
      assertThat(newYear.getDayOfMonth()).isBetween(1, 3);
      assertThat(holidays.isBankHoliday(newYear)).isTrue();
      assertThat(holidays.isBankHoliday(newYear.plusDays(7))).isFalse();
    } else {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> holidays.inYear(year))
          .withMessageContaining("year " + year).withMessageContaining("1978 to 9999");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> holidays.isBankHoliday(LocalDate.of(year, 6, 7)))
          .withMessageContaining("1978 to 9999");
    }
  }

  @Test
  void the1978CalendarHasItsFirstEarlyMayHoliday() {
    assertThat(holidays.inYear(1978)).contains(LocalDate.of(1978, 5, 1));
  }

  /** SI 2007/462 reg. 1(2) names Christmas Day and Good Friday apart: they cannot be removed. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2025-12-25, Christmas Day", "2021-12-25, Christmas Day", "2024-03-29, Good Friday",
      "2020-04-10, Good Friday"})
  void christmasDayAndGoodFridayCannotBeRemoved(LocalDate day, String name) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> holidays.withRemoved(day))
        .withMessageContaining("cannot remove " + day).withMessageContaining(name)
        .withMessageContaining("SI 2007/462");
    assertThat(BankHolidays.isChristmasDayOrGoodFriday(day)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2025-12-26", "2020-04-13", "2020-05-08"})
  void otherHolidaysCanBeRemovedAndBecomeWorkingDays(LocalDate day) {
    assertThat(BankHolidays.isChristmasDayOrGoodFriday(day)).isFalse();
    assertThat(WorkingDays.over(holidays.withRemoved(day)).isWorkingDay(day)).isTrue();
    assertThat(WorkingDays.englandAndWales().isWorkingDay(day)).isFalse();
  }

  @Test
  void equalityAcceptsNull() {
    assertThat(holidays.equals(null)).isFalse();
    assertThat(holidays).isEqualTo(BankHolidays.englandAndWales().withAdditional()
        .withRemoved());
  }
}

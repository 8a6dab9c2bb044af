package io.github.ilacs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working-day arithmetic against the obvious day-by-day count, from many starting days (every
 * day of the week, around new year and Easter, on and beside bank holidays) and for periods up
 * to about three years, with the England and Wales calendar and with one holiday added and one
 * removed.
 */
class WorkingDaysOracleTest {
  private static final WorkingDays ENGLAND = WorkingDays.englandAndWales();
  private static final WorkingDays ALTERED = WorkingDays.over(BankHolidays.englandAndWales()
      .withAdditional(LocalDate.of(2022, 9, 20), LocalDate.of(2023, 5, 9))
      .withRemoved(LocalDate.of(2021, 12, 28)));

  @ParameterizedTest(name = "seed {0}, from {1}")
  @CsvSource({
      "1, 1978-01-01", "2, 1981-07-20", "3, 1999-12-20", "4, 2011-04-18", "5, 2020-03-01",
      "6, 2021-12-18", "7, 2022-09-10", "8, 2023-04-01", "9, 2024-12-21", "10, 2026-05-01"})
  void agreesWithCountingDayByDay(long seed, LocalDate around) {
    Random random = new Random(seed);
    for (WorkingDays calendar : new WorkingDays[] {ENGLAND, ALTERED}) {
      for (int i = 0; i < 60; i++) {
        LocalDate from = around.plusDays(random.nextInt(40));
        int n = i < 20 ? random.nextInt(12) : random.nextInt(800);
        LocalDate due = calendar.plus(from, n);

        assertThat(due).as("%s + %d working days", from, n).isEqualTo(stepByDay(calendar, from, n));
        assertThat(calendar.between(from, due)).isEqualTo(n);
        assertThat(calendar.between(due, from)).isEqualTo(-n);
        LocalDate other = from.plusDays(random.nextInt(30));
        assertThat(calendar.between(from, other)).as("from %s to %s", from, other)
            .isEqualTo(countByDay(calendar, from, other));
      }
    }
  }

  /** A working day is a weekday that is not a bank holiday of the calendar in use. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2022-09-16, true, true", "2022-09-17, false, false", "2022-09-18, false, false",
      "2022-09-19, false, false", "2022-09-20, true, false", "2021-12-27, false, false", "2021-12-28, false, true",
      "2023-05-08, false, false", "2023-05-09, true, false", "2023-05-10, true, true"})
  void isWorkingDay(LocalDate day, boolean inEngland, boolean inAltered) {
    assertThat(ENGLAND.isWorkingDay(day)).isEqualTo(inEngland);
    assertThat(ALTERED.isWorkingDay(day)).isEqualTo(inAltered);
  }

  /** Calendars over equal holidays are equal and hash alike; different holidays differ. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"2030-06-03", "1990-01-02"})
  void equality(LocalDate extra) {
    WorkingDays a = WorkingDays.over(BankHolidays.englandAndWales().withAdditional(extra));
    WorkingDays b = WorkingDays.over(BankHolidays.englandAndWales().withAdditional(extra));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(ENGLAND);
    assertThat(a.hashCode()).isNotEqualTo(ENGLAND.hashCode());
    assertThat(a.toString()).startsWith("WorkingDays[");
  }

  /** The longest period counted is 10,000 working days, whatever the direction. */
  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"2000-01-01, 2040-01-01", "2040-01-01, 2000-01-01", "1980-01-01, 2030-01-01"})
  void refusesPeriodsOverTheCap(LocalDate from, LocalDate to) {
    assertThatThrownBy(() -> ENGLAND.between(from, to))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is more than 10000 working days");
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"2000-01-01, 2037-06-01, 9454", "2000-01-01, 2000-01-01, 0"})
  void countsLongPeriodsUnderTheCap(LocalDate from, LocalDate to, int expected) {
    assertThat(ENGLAND.between(from, to)).isEqualTo(expected).isEqualTo(countByDay(ENGLAND, from, to));
  }

  private static LocalDate stepByDay(WorkingDays calendar, LocalDate from, int n) {
    LocalDate d = from;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (working(calendar, d)) {
        left--;
      }
    }
    return d;
  }

  private static int countByDay(WorkingDays calendar, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -countByDay(calendar, to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (working(calendar, d)) {
        count++;
      }
    }
    return count;
  }

  private static boolean working(WorkingDays calendar, LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !calendar.holidays().isBankHoliday(d);
  }
}

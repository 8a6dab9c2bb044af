package io.github.ilacs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendars as values: equality, text, the days supplied, and the edges of their years. */
class CalendarValuesTest {
  private static final LocalDate EXTRA = LocalDate.of(2024, 7, 1);

  @Test
  void calendarsWithTheSameChangesAreEqualAndSaySo() {
    BankHolidays plain = BankHolidays.englandAndWales();
    BankHolidays extra = plain.withAdditional(EXTRA);
    assertThat(extra).isEqualTo(plain.withAdditional(EXTRA)).isNotEqualTo(plain)
        .hasSameHashCodeAs(plain.withAdditional(EXTRA));
    assertThat(extra.hashCode()).isNotEqualTo(plain.hashCode());
    assertThat(extra.additional()).containsExactly(EXTRA);
    assertThat(extra.removed()).isEmpty();
    assertThat(extra).hasToString(
        "BankHolidays[England and Wales, additional=[2024-07-01], removed=[]]");
    BankHolidays fewer = plain.withRemoved(LocalDate.of(2024, 5, 6));
    assertThat(fewer.removed()).containsExactly(LocalDate.of(2024, 5, 6));
    assertThat(fewer.isBankHoliday(LocalDate.of(2024, 5, 6))).isFalse();

    WorkingDays days = WorkingDays.over(extra);
    assertThat(days).isEqualTo(WorkingDays.over(plain.withAdditional(EXTRA)))
        .isNotEqualTo(WorkingDays.englandAndWales())
        .hasSameHashCodeAs(WorkingDays.over(plain.withAdditional(EXTRA)));
    assertThat(days.holidays()).isEqualTo(extra);
    assertThat(days.toString()).startsWith("WorkingDays[BankHolidays[England and Wales");
    assertThat(days.isWorkingDay(EXTRA)).isFalse();
    assertThat(WorkingDays.englandAndWales().isWorkingDay(EXTRA)).isTrue();
  }

  @Test
  void zeroWorkingDaysFromAnyDateIsThatDate() {
    WorkingDays days = WorkingDays.englandAndWales();
    assertThat(days.plus(LocalDate.MAX, 0)).isEqualTo(LocalDate.MAX);
    assertThat(days.plus(LocalDate.of(2024, 12, 28), 0)).isEqualTo(LocalDate.of(2024, 12, 28));
    assertThat(days.between(LocalDate.MIN, LocalDate.MIN)).isZero();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"1976-06-01, 1980-01-01, from 1976-06-01", "9999-12-30, +10000-01-03, to +10000"})
  void betweenNamesTheEndOutsideTheCalendarsYears(LocalDate from, LocalDate to, String named) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingDays.englandAndWales().between(from, to))
        .withMessageContaining(named).withMessageContaining("1978 to 9999");
  }

  @Test
  void theDayBeforeTheFirstSupportedYearMayStartAPeriod() {
    WorkingDays days = WorkingDays.englandAndWales();
    assertThat(days.plus(LocalDate.of(1977, 12, 31), 1)).isEqualTo(LocalDate.of(1978, 1, 3));
    assertThat(days.between(LocalDate.of(1977, 12, 31), LocalDate.of(1978, 1, 3))).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"2024-12-25, true", "2024-03-29, true", "2024-03-28, false", "2024-12-26, false",
      "1582-04-16, false", "1583-04-08, true", "9999-03-26, true", "2024-01-25, false"})
  void christmasDayAndGoodFridayAreKnownInAnyYear(LocalDate day, boolean expected) {
    assertThat(BankHolidays.isChristmasDayOrGoodFriday(day)).isEqualTo(expected);
  }
}

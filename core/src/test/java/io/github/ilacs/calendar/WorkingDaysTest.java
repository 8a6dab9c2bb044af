package io.github.ilacs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingDaysTest {
  private final WorkingDays days = WorkingDays.englandAndWales();

  @ParameterizedTest(name = "{0} + {1} wd = {2}")
  @CsvSource({
      "2019-12-19, 70, 2020-03-31",
      "2019-12-19, 30, 2020-02-04",
      "2019-12-19, 20, 2020-01-21",
      "2019-12-19, 1, 2019-12-20",
      "2019-12-20, 1, 2019-12-23",
      "2019-12-21, 1, 2019-12-23",
      "2019-12-24, 1, 2019-12-27",
      "2022-06-01, 1, 2022-06-06",
      "2019-12-19, 0, 2019-12-19"
  })
  void plusCountsWorkingDaysAfterTheDayOfReceipt(LocalDate from, int n, LocalDate expected) {
    assertThat(days.plus(from, n)).isEqualTo(expected);
    assertThat(days.between(from, expected)).isEqualTo(n);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2020-03-31, true", "2020-04-10, false", "2020-04-13, false", "2020-04-11, false",
      "2022-09-19, false", "2022-09-20, true"
  })
  void isWorkingDayExcludesWeekendsAndBankHolidays(LocalDate date, boolean working) {
    assertThat(days.isWorkingDay(date)).isEqualTo(working);
  }

  @Test
  void betweenIsNegativeWhenReversedAndZeroForTheSameDay() {
    LocalDate a = LocalDate.of(2019, 12, 19);
    LocalDate b = LocalDate.of(2020, 2, 4);
    assertThat(days.between(b, a)).isEqualTo(-30);
    assertThat(days.between(a, a)).isZero();
  }

  @Test
  void aPeriodFromTheLastDayBeforeTheCalendarsYearsIsCounted() {
    // The day a period runs from is not counted, so 31 December 1977 may start one: 1 January
    // 1978 was a Sunday and its bank holiday Monday 2 January, leaving 3 to 6 January.
    LocalDate eve = LocalDate.of(1977, 12, 31);
    assertThat(days.between(eve, LocalDate.of(1978, 1, 6))).isEqualTo(4);
    assertThat(days.plus(eve, 4)).isEqualTo(LocalDate.of(1978, 1, 6));
  }

  @Test
  void suppliedHolidaysMoveDeadlines() {
    WorkingDays changed = WorkingDays.over(
        BankHolidays.englandAndWales().withAdditional(LocalDate.of(2019, 12, 20)));
    assertThat(changed.plus(LocalDate.of(2019, 12, 19), 1)).isEqualTo(LocalDate.of(2019, 12, 23));
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 20).map(i -> 1_000 + i).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plusAndBetweenAreInverseAndLandOnWorkingDays(long seed) {
    Random random = new Random(seed);
    LocalDate from = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(365 * 30));
    int n = 1 + random.nextInt(200);
    LocalDate to = days.plus(from, n);
    assertThat(days.isWorkingDay(to)).as("seed %d: %s + %d", seed, from, n).isTrue();
    assertThat(days.between(from, to)).as("seed %d: %s + %d", seed, from, n).isEqualTo(n);
    assertThat(days.between(from, to.minusDays(1))).as("seed %d", seed).isEqualTo(n - 1);
  }

  @Test
  void badArgumentsAreRejectedWithTheirNames() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> days.plus(LocalDate.of(2020, 1, 1), -1))
        .withMessageContaining("workingDays -1");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> days.between(null, LocalDate.of(2020, 1, 1)))
        .withMessageContaining("from");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> WorkingDays.over(null))
        .withMessageContaining("holidays");
  }

  @ParameterizedTest(name = "{0} working days")
  @CsvSource({"10000, true", "10001, false", "2147483647, false"})
  void periodsAreBoundedSoNothingLoopsForEver(int n, boolean accepted) {
    LocalDate from = LocalDate.of(2019, 12, 19);
    if (accepted) {
      assertThat(days.between(from, days.plus(from, n))).isEqualTo(n);
    } else {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> days.plus(from, n))
          .withMessageContaining("workingDays " + n).withMessageContaining("10000");
    }
  }

  @Test
  void datesOutsideTheCalendarsYearsAreRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> days.isWorkingDay(LocalDate.of(1977, 6, 7)))
        .withMessageContaining("year 1977");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> days.plus(LocalDate.of(9999, 12, 30), 5))
        .withMessageContaining("year 10000");
    assertThat(days.equals(null)).isFalse();
  }

  /** Every LocalDate, up to MIN and MAX, gets an answer or the documented exception. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"-999999999-01-01", "+999999999-12-31", "0000-01-01", "9999-12-31"})
  void theExtremesOfLocalDateAreRefusedWithTheDocumentedException(LocalDate extreme) {
    LocalDate ordinary = LocalDate.of(2020, 1, 1);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> days.plus(extreme, 1)).withMessageContaining("supported");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> days.between(ordinary, extreme));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> days.between(extreme, ordinary));
  }

  /** {@code between} keeps the cap {@code plus} keeps, in both directions. */
  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource({"2019-12-19, 2059-07-14, true", "2019-12-19, 2059-07-15, false",
      "1978-01-01, 9999-12-31, false", "2059-07-15, 2019-12-19, false"})
  void betweenRefusesPeriodsLongerThanTheCap(LocalDate from, LocalDate to, boolean accepted) {
    if (accepted) {
      assertThat(days.between(from, to)).isLessThanOrEqualTo(WorkingDays.MAX_WORKING_DAYS);
    } else {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> days.between(from, to)).withMessageContaining("10000");
    }
  }

  /** The counted {@code between} agrees with a day-by-day count over long random spans. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void betweenAgreesWithADayByDayCount(long seed) {
    Random random = new Random(seed);
    LocalDate from = LocalDate.of(1978, 1, 1).plusDays(random.nextInt(365 * 60));
    LocalDate to = from.plusDays(random.nextInt(365 * 3));
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      count += days.isWorkingDay(d) ? 1 : 0;
    }
    assertThat(days.between(from, to)).as("seed %d: %s to %s", seed, from, to).isEqualTo(count);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plusAgreesWithCountingOneDayAtATime(long seed) {
    WorkingDays wd = WorkingDays.englandAndWales();
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      LocalDate from = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(110 * 365));
      int n = random.nextInt(400);
      LocalDate expected = from;
      for (int left = n; left > 0; ) {
        expected = expected.plusDays(1);
        if (wd.isWorkingDay(expected)) {
          left--;
        }
      }
      assertThat(wd.plus(from, n)).as("seed %d: plus(%s, %d)", seed, from, n)
          .isEqualTo(expected);
    }
  }
}

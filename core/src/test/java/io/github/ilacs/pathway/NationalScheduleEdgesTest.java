package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.LocalAuthority;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The national schedule at its edges: the days that count towards the national rate, refused
 * arguments, authorities it does not hold, a backlog with no rate, and its summary.
 */
class NationalScheduleEdgesTest {
  /**
   * One publication and whether it counts: the first day of the months counted is excluded,
   * the date itself included, days of a pause begun by the date left out (the count then reaches
   * back past the pause, to 28 June 2019 as of 31 December 2021).
   */
  @ParameterizedTest(name = "published {0}, as of {1}: {2}")
  @CsvSource({
      "2018-12-31, 2019-12-31, false",
      "2019-01-01, 2019-12-31, true",
      "2019-12-31, 2019-12-31, true",
      "2020-01-01, 2019-12-31, false",
      "2019-06-28, 2021-12-31, false",
      "2019-06-29, 2021-12-31, true",
      "2020-06-01, 2021-12-31, false",
      "2021-09-19, 2021-12-31, false",
      "2021-09-20, 2021-12-31, true",
      "2019-06-01, 2020-03-01, true",
      "2020-03-01, 2020-03-01, true"})
  void whichPublicationsCount(LocalDate published, LocalDate asOf, boolean counts) {
    assertThat(NationalSchedule.rate(List.of(published), asOf, PathwayPolicy.defaults()))
        .isEqualTo(counts ? 1.0 / 12 : 0.0);
  }

  static Stream<Arguments> refused() {
    InspectionHistory h = Histories.authority("901", InspectionKind.SHORT_INSPECTION, "2022-01-10",
        Grade.GOOD);
    PathwayPolicy policy = PathwayPolicy.defaults();
    LocalDate day = d("2023-01-01");
    return Stream.of(
        Arguments.of(null, day, policy, "histories must not be null"),
        Arguments.of(List.of(h), null, policy, "asOf must not be null"),
        Arguments.of(List.of(h), day, null, "policy must not be null"),
        Arguments.of(Arrays.asList(h, null), day, policy, "histories[1] must not be null"),
        Arguments.of(Arrays.asList(null, h), day, policy, "histories[0] must not be null"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("refused")
  void refusesMissingArguments(Collection<InspectionHistory> histories, LocalDate asOf,
      PathwayPolicy policy, String message) {
    assertThatThrownBy(() -> NationalSchedule.of(histories, asOf, policy))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  /**
   * What the schedule holds of each authority: a window for one it queued, nothing for one it
   * does not know, and the plain answer only for the very history object it was built from.
   */
  @ParameterizedTest(name = "as of {0}")
  @CsvSource({"2023-03-01", "2024-12-31"})
  void whatItHolds(LocalDate asOf) {
    InspectionHistory h = Histories.authority("901", InspectionKind.SHORT_INSPECTION, "2022-01-10",
        Grade.GOOD);
    InspectionHistory copy = Histories.authority("901", InspectionKind.SHORT_INSPECTION,
        "2022-01-10", Grade.GOOD);
    NationalSchedule s = NationalSchedule.of(List.of(h), asOf);

    assertThat(s.windowOf(h.authority())).isPresent();
    assertThat(s.windowOf(LocalAuthority.of("Elsewhere", "902"))).isEmpty();
    assertThat(s.answerFor(h)).hasValueSatisfying(p -> assertThat(p.history()).isSameAs(h));
    assertThat(s.answerFor(copy)).isEmpty();
    assertThatThrownBy(() -> s.windowOf(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authority must not be null");
  }

  /**
   * With no full inspection published in the months counted the rate is zero, and a backlog
   * is not spread out: its window opens the day after the date.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"901, 2018-02-05", "902, 2018-03-05"})
  void aBacklogWithoutARate(String code, String start) {
    InspectionHistory h = Histories.authority(code, InspectionKind.STANDARD_INSPECTION, start,
        Grade.REQUIRES_IMPROVEMENT);
    PathwayPolicy policy = PathwayPolicy.defaults()
        .withSchedule(new PathwayPolicy.Schedule(6, 4, 0, 6, 12));
    NationalSchedule s = NationalSchedule.of(List.of(h), d("2023-03-01"), policy);

    assertThat(s.fullInspectionsPerMonth()).isZero();
    assertThat(s.backlog()).containsExactly(h.authority());
    ScheduledWindow w = s.windowOf(h.authority()).orElseThrow();
    assertThat(w.backlogPlace()).isEqualTo(1);
    // the expected day had passed; with no months before it the window moves to open the day
    // after the date, its expected day with it
    assertThat(w.window().earliest()).isEqualTo(d("2023-03-02"));
    assertThat(w.window().expected()).isEqualTo(d("2023-03-02"));
    assertThat(w.reasons()).containsExactly(Reason.NATIONAL_SCHEDULE, Reason.BACKLOG_QUEUE,
        Reason.NOT_BEFORE_THE_DATE);
  }

  @ParameterizedTest(name = "{0} authorities")
  @CsvSource({
      "1, 'NationalSchedule[as of 2023-03-01: 1 in the queue, 0 in the backlog, 0.08 full"
          + " inspections a month, 0 of 0 after good standard]'",
      "3, 'NationalSchedule[as of 2023-03-01: 3 in the queue, 0 in the backlog, 0.25 full"
          + " inspections a month, 0 of 0 after good standard]'"})
  void summary(int authorities, String expected) {
    List<InspectionHistory> hs = new java.util.ArrayList<>();
    for (int i = 0; i < authorities; i++) {
      hs.add(Histories.authority(String.valueOf(901 + i), InspectionKind.SHORT_INSPECTION,
          LocalDate.of(2022, 2 + i, 10).toString(), Grade.GOOD));
    }
    NationalSchedule s = NationalSchedule.of(hs, d("2023-03-01"));

    assertThat(s).hasToString(expected);
    assertThat(s.fullInspectionsPerMonth()).isEqualTo(authorities / 12.0);
  }
}

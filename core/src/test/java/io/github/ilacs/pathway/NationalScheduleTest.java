package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.LocalAuthority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalScheduleTest {
  /**
   * The expected day is the cycle's, moved by the grade; the window runs 9 months before to 6
   * after and never opens on or before the date asked about.
   */
  @ParameterizedTest(name = "{1} of {2} as of {3}: {4} to {6}")
  @CsvSource({
      // good: 36 months + 6 later, 2025-07-10; window 2024-10-10 to 2026-01-10
      "SHORT_INSPECTION, GOOD, 2022-01-10, 2023-06-01, 2024-10-10, 2025-07-10, 2026-01-10",
      // requires improvement: 36 months - 4, 2024-09-10
      "STANDARD_INSPECTION, REQUIRES_IMPROVEMENT, 2022-01-10, 2023-06-01, 2023-12-10, "
          + "2024-09-10, 2025-03-10",
      // inadequate: the re-inspection cycle, 27 months, unmoved; opens after the date
      "STANDARD_INSPECTION, INADEQUATE, 2022-01-10, 2023-06-01, 2023-07-10, 2024-04-10, "
          + "2024-10-10",
      // window would open before the date: moved to open the day after, width kept
      "STANDARD_INSPECTION, INADEQUATE, 2022-01-10, 2023-08-01, 2023-08-02, 2024-05-03, "
          + "2024-11-02",
  })
  void expectedDayMovesByGradeAndTheWindowOpensAfterTheDate(InspectionKind kind, Grade grade,
      String start, String asOf, String earliest, String expected, String latest) {
    InspectionHistory h = Histories.authority("901", kind, start, grade);
    NationalSchedule s = NationalSchedule.of(List.of(h), d(asOf));
    InspectionPathway p = InspectionPathway.of(h, s);
    assertThat(p.forecastWindow()).isEqualTo(new Window(d(earliest), d(expected), d(latest)));
    assertThat(p.scheduled()).isPresent();
    assertThat(p.nextInspection().window()).isNotEqualTo(p.forecastWindow());
  }

  @Test
  void theExplanationGivesTheScheduledWindowAndItsReasons() {
    InspectionHistory h = Histories.authority("901", InspectionKind.STANDARD_INSPECTION,
        "2018-02-05", Grade.REQUIRES_IMPROVEMENT);
    InspectionPathway p = InspectionPathway.of(h, NationalSchedule.of(List.of(h),
        d("2023-06-01")));
    assertThat(p.scheduled().orElseThrow().reasons()).containsExactly(Reason.NATIONAL_SCHEDULE, Reason.BACKLOG_QUEUE,
            Reason.NOT_BEFORE_THE_DATE);
    assertThat(p.explanation()).contains("National schedule: window 2 June 2023 to ",
        "place 1 in the backlog [P213 P215 P214]");
    assertThat(p.toString()).contains(", scheduled 2023-06-02 to ");
  }

  @Test
  void withoutAScheduleTheWindowIsTheFrameworksPlainOne() {
    InspectionHistory h = Histories.authority("901", InspectionKind.SHORT_INSPECTION, "2022-01-10",
        Grade.GOOD);
    InspectionPathway p = InspectionPathway.of(h, d("2023-06-01"));
    assertThat(p.scheduled()).isEmpty();
    assertThat(p.forecastWindow()).isEqualTo(p.nextInspection().window());
  }

  /** Twelve reports published in 2019, one a month; the months of the pause are skipped. */
  @ParameterizedTest(name = "as of {0}: {1} a month")
  @CsvSource({
      "2019-12-31, 1.0",
      // 102 days after the restart, then back past the pause to 28 June 2019: July to December
      "2021-12-31, 0.5",
      "2020-12-31, 0.75",
      "2023-06-01, 0.0",
  })
  void theRateCountsPublicationsInTheLastMonthsOfInspection(String asOf, double perMonth) {
    List<LocalDate> published = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      published.add(LocalDate.of(2019, m, 15));
    }
    assertThat(NationalSchedule.rate(published, d(asOf), PathwayPolicy.defaults()))
        .isEqualTo(perMonth);
  }

  /** The backlog, earliest expected day first, takes places at the national rate. */
  @Test
  void backlogIsTakenInOrderAtTheNationalRate() {
    List<InspectionHistory> hs = new ArrayList<>();
    // twelve reports published in the year before the date: one a month
    for (int m = 1; m <= 12; m++) {
      hs.add(Histories.authority(String.valueOf(800 + m), InspectionKind.SHORT_INSPECTION,
          LocalDate.of(2022, 1, 3).plusMonths(m).toString(), Grade.GOOD));
    }
    hs.add(Histories.authority("902", InspectionKind.STANDARD_INSPECTION, "2018-03-05",
        Grade.REQUIRES_IMPROVEMENT));
    hs.add(Histories.authority("901", InspectionKind.STANDARD_INSPECTION, "2018-02-05",
        Grade.REQUIRES_IMPROVEMENT));
    // no months before the expected day, so the window is not moved past the date
    PathwayPolicy policy = PathwayPolicy.defaults()
        .withSchedule(new PathwayPolicy.Schedule(6, 4, 0, 6, 12));
    NationalSchedule s = NationalSchedule.of(hs, d("2023-03-01"), policy);
    assertThat(s.backlog()).extracting(LocalAuthority::code).containsExactly("901", "902");
    assertThat(s.queue()).hasSize(14);
    assertThat(s.windowOf(LocalAuthority.of("Authority 901", "901"))).get()
        .extracting(w -> w.window().expected(), ScheduledWindow::backlogPlace)
        .containsExactly(d("2023-03-16"), 1);
    assertThat(s.windowOf(LocalAuthority.of("Authority 902", "902"))).get()
        .extracting(w -> w.window().expected(), ScheduledWindow::backlogPlace)
        .containsExactly(d("2023-04-16"), 2);
  }

  @Test
  void standardInspectionsAfterGoodAreCounted() {
    LocalAuthority la = LocalAuthority.of("Authority 901", "901");
    InspectionHistory h = InspectionHistory.of(la, List.of(
        Inspection.builder().from(Histories.graded(InspectionKind.SHORT_INSPECTION,
            "2018-03-05", Grade.GOOD)).authority(la).build(),
        Inspection.builder().from(Histories.graded(InspectionKind.STANDARD_INSPECTION,
            "2022-03-07", Grade.GOOD)).authority(la).build()));
    assertThat(NationalSchedule.of(List.of(h), d("2022-12-31")))
        .extracting(NationalSchedule::inspectionsAfterGood, NationalSchedule::standardAfterGood)
        .containsExactly(1, 1);
    assertThat(NationalSchedule.of(List.of(h), d("2021-12-31")))
        .extracting(NationalSchedule::inspectionsAfterGood, NationalSchedule::standardAfterGood)
        .containsExactly(0, 0);
  }

  @Test
  void pendingAuthoritiesAndBadInputAreHandled() {
    InspectionHistory h = Histories.authority("901", InspectionKind.SHORT_INSPECTION, "2022-01-10",
        Grade.GOOD);
    NationalSchedule s = NationalSchedule.of(List.of(h), d("2022-01-20"));
    assertThat(s.queue()).isEmpty();
    assertThat(InspectionPathway.of(h, s).scheduled()).isEmpty();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> NationalSchedule.of(List.of(h, h), d("2023-01-01")))
        .withMessageContaining("901 twice");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> NationalSchedule.of(null, d("2023-01-01")))
        .withMessageContaining("histories");
  }
}

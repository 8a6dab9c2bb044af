package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.InspectionHistory;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A history recorded only up to a day says nothing about what happened after it: the next
 * inspection is never due or overdue for want of a record, while a gap with no working day in it
 * (when no inspection can begin) hides nothing.
 */
class RecordedUntilTest {
  private static InspectionHistory recordedUntil(String day) {
    InspectionHistory h = Histories.nottinghamshire();
    return day.isEmpty() ? h : InspectionHistory.builder().from(h).recordedUntil(d(day)).build();
  }

  @ParameterizedTest(name = "recorded until ''{0}'', asked on {1}: {2}")
  @CsvSource({
      // complete records: the status stands
      "'', 2025-06-01, OVERDUE, true",
      "2025-06-01, 2025-06-01, OVERDUE, true",
      "2026-01-01, 2025-06-01, OVERDUE, true",
      // Friday 30 May 2025 to Sunday 1 June: no working day in the gap
      "2025-05-30, 2025-06-01, OVERDUE, true",
      // Thursday 29 May: Friday 30 May could have held the inspection's first day
      "2025-05-29, 2025-06-01, NOT_KNOWN, false",
      // a national table ending in 2024, asked about in 2026
      "2024-12-31, 2026-12-01, NOT_KNOWN, false",
      // a window not yet open is on track whatever the record
      "2022-06-01, 2022-07-01, ON_TRACK, false"})
  void theNextInspectionIsNotKnownAfterTheRecordEnds(String until, LocalDate asOf,
      ActivityStatus status, boolean overdue) {
    InspectionPathway p = InspectionPathway.of(recordedUntil(until), asOf);
    assertThat(p.nextInspection().status()).isEqualTo(status);
    assertThat(p.overdue()).isEqualTo(overdue);
    assertThat(p.nextInspection().overdueSince().isPresent()).isEqualTo(overdue);
    assertThat(p.nextInspection().reasons().contains(Reason.RECORD_ENDS))
        .isEqualTo(status == ActivityStatus.NOT_KNOWN);
  }

  @ParameterizedTest(name = "recorded until {0}, asked on {1}")
  @CsvSource({"2024-12-31, 2026-12-01", "2025-05-29, 2025-06-01"})
  void nothingIsOverdueAfterTheRecordEnds(LocalDate until, LocalDate asOf) {
    InspectionPathway p = InspectionPathway.of(
        InspectionHistory.builder().from(Histories.nottinghamshire()).recordedUntil(until).build(),
        asOf);
    assertThat(p.interimActivities()).noneMatch(a -> a.status() == ActivityStatus.OVERDUE);
    assertThat(p.overdue()).isFalse();
  }
}

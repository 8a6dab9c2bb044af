package io.github.ilacs.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Coverage;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On the national outcomes table (graded inspections only) an authority is overdue only when its
 * next full inspection is: visits, meetings and letters the table never records are not known,
 * never overdue.
 */
class NationalOverdueTest {
  @ParameterizedTest(name = "table of inspections begun before {0}, as of {1}")
  @CsvSource({
      "2024-01-01, 2024-01-01",
      "2024-01-01, 2026-06-01",
      "2025-01-01, 2024-12-31"
  })
  void overdueOnlyWhereTheNextFullInspectionIsOverdue(LocalDate before, LocalDate asOf) {
    List<InspectionHistory> histories = NationalOutcomes.startedBefore(before);
    assertThat(histories).extracting(InspectionHistory::coverage)
        .containsOnly(Coverage.GRADED_INSPECTIONS);
    int overdue = 0;
    for (InspectionHistory h : histories) {
      InspectionPathway p = InspectionPathway.of(h, asOf);
      assertThat(p.isOverdue()).as(h.authority().name())
          .isEqualTo(p.nextInspection().status() == ActivityStatus.OVERDUE);
      assertThat(p.interimActivities()).as(h.authority().name())
          .extracting(ExpectedActivity::status)
          .containsOnly(ActivityStatus.NOT_KNOWN);
      overdue += p.isOverdue() ? 1 : 0;
    }
    // the overdue ones keep their forecast window: none of them opens on the date asked about
    assertThat(histories.stream().map(h -> InspectionPathway.of(h, asOf))
        .filter(InspectionPathway::isOverdue))
        .allSatisfy(p -> assertThat(p.nextInspection().window().latest()).isBefore(asOf));
    assertThat(overdue).isLessThan(histories.size());
  }
}

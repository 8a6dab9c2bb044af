package io.github.ilacs.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Source;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the graded seed documents against the national outcomes table
 * ({@code la-inspection-outcomes-to-2024.csv}, as this module ships it in
 * {@link NationalOutcomes}).
 */
class NottinghamshireOutcomesTest {
  private static InspectionHistory nottinghamshireRows() {
    return NationalOutcomes.to2024().history("891").orElseThrow();
  }

  @Test
  void everyGradedSeedMatchesItsRowInTheOutcomesTable() {
    List<Inspection> rows = nottinghamshireRows().inspections();
    List<Inspection> graded = NottinghamshireSeeds.history().inspections().stream()
        .filter(i -> i.kind().isGraded()).toList();
    assertThat(rows).hasSize(3).hasSameSizeAs(graded);
    for (Inspection row : rows) {
      Inspection seed = graded.stream().filter(i -> i.start().equals(row.start())).findFirst()
          .orElseThrow(() -> new AssertionError("no seed begins on " + row.start()));
      assertThat(seed.kind()).as("kind from %s", row.start()).isEqualTo(row.kind());
      assertThat(seed.framework()).as("framework from %s", row.start())
          .isEqualTo(row.framework());
      assertThat(seed.end()).as("end from %s", row.start()).isEqualTo(row.end());
      assertThat(seed.published()).as("published from %s", row.start())
          .isEqualTo(row.published());
      // the table has no column for the review of the safeguarding board (SIF only)
      assertThat(new HashSet<>(seed.judgements().stream()
          .filter(j -> j.area() != JudgementArea.LSCB_REVIEW).toList()))
          .as("grades from %s", row.start()).isEqualTo(new HashSet<>(row.judgements()));
      assertThat(seed.source().flatMap(Source::url)).as("address from %s", row.start())
          .isEqualTo(row.source().flatMap(Source::url));
    }
  }

  @Test
  void theLatestRowIsTheMay2024ShortInspection() {
    Inspection latest = nottinghamshireRows().chronological().get(2);
    Inspection seed = NottinghamshireSeeds.activity(NottinghamshireActivity.SHORT_INSPECTION_2024);
    assertThat(latest.kind()).isEqualTo(InspectionKind.SHORT_INSPECTION);
    assertThat(latest.start()).isEqualTo(seed.start()).isEqualTo(LocalDate.of(2024, 5, 20));
    assertThat(latest.published()).isEqualTo(seed.published())
        .contains(LocalDate.of(2024, 7, 12));
  }
}

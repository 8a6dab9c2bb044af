package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.InspectionHistory;
import org.junit.jupiter.api.Test;

class OutcomesCsvTest {
  @Test
  void realOutcomesImportWithEveryRowAccepted() {
    OutcomesImport result = Fixtures.realOutcomes();
    assertThat(result.rejected()).as("rejected rows").isEmpty();
    assertThat(result.rows()).isEqualTo(378);
    assertThat(result.accepted()).isEqualTo(378);
    assertThat(result.layout()).isEqualTo(OutcomesCsv.Layout.OUTCOMES_TABLE);
    assertThat(result.histories().stream().mapToInt(h -> h.inspections().size()).sum())
        .isEqualTo(378);
    System.out.println("authorities " + result.histories().size());
    for (InspectionHistory h : result.histories()) {
      assertThat(h.inspections()).isNotEmpty();
    }
  }
}

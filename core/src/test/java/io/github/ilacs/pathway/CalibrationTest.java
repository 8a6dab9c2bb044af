package io.github.ilacs.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  @Test
  void quotedFieldsKeepTheirCommas() {
    assertThat(Calibration.fields("\"bournemouth, christchurch & poole\",80001,839,,SIF"))
        .containsExactly("bournemouth, christchurch & poole", "80001", "839", "", "SIF");
  }

  @Test
  void readsEveryRowOfTheBundledTableIntoHistories() throws Exception {
    List<String> lines;
    try (var in = Calibration.class.getResourceAsStream("la-inspection-outcomes-to-2023.csv")) {
      lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .toList();
    }
    var histories = Calibration.histories(lines);
    assertThat(histories.values().stream().mapToInt(h -> h.inspections().size()).sum())
        .isEqualTo(lines.size() - 1);
    assertThat(histories.get("891").lastFullInspection(java.time.LocalDate.of(2020, 1, 1)))
        .get().extracting(i -> i.overallEffectiveness().orElseThrow())
        .isEqualTo(io.github.ilacs.Grade.GOOD);
  }
}

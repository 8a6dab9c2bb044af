package io.github.ilacs.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  private static final String HEADER = "local_authority,la_urn,la_code,region_code,framework,"
      + "kind,inspection_start,inspection_end,published,overall,leaders,help_protection,"
      + "children_in_care,care_leavers,adoption,report_url";

  private static String row(String framework, String kind, String start, String end,
      String published, String grade) {
    String sub = framework.equals("SIF") ? grade + "," + grade + "," + grade + "," + grade + ","
        + grade : grade + "," + grade + "," + grade + ",,";
    return "somewhere,99999,999,EM," + framework + "," + kind + "," + start + "," + end + ","
        + published + "," + grade + "," + sub + ",x";
  }

  /**
   * Each pair is forecast as of the day before the later inspection and scored against the
   * forecast window: the pause counts only once begun, and an overdue inspection that falls in
   * the window moved to the date is still outside the forecast window.
   */
  @ParameterizedTest(name = "{0} {4} from {2} -> {5}: in window {7}")
  @CsvSource({
      // in the window moved for the pause, known the day before
      "ILACS, standard, 2018-06-04, 2018-06-15, 2018-07-30, 2023-01-09, 2022-2023, true",
      // overdue: inside the window moved to the date, outside the forecast window
      "ILACS, standard, 2018-01-08, 2018-01-19, 2018-03-01, 2023-12-04, 2022-2023, false",
      // re-inspected before the pause: a window not moved by a pause not yet known
      "SIF, '', 2017-06-19, 2017-07-12, 2017-08-30, 2020-02-03, before 2022, true",
      // re-inspected long after the window
      "SIF, '', 2017-06-19, 2017-07-12, 2017-08-30, 2022-02-07, 2022-2023, false"
  })
  void measureForecastsTheDayBeforeAndScoresTheForecastWindow(String framework, String kind,
      String start, String end, String published, String later, String era, boolean inside) {
    String grade = framework.equals("SIF") ? "inadequate" : "requires improvement";
    java.time.LocalDate laterStart = java.time.LocalDate.parse(later);
    List<String> lines = List.of(HEADER, row(framework, kind, start, end, published, grade),
        row("ILACS", "standard", later, laterStart.plusDays(11).toString(),
            laterStart.plusDays(60).toString(), "good"));
    var tallies = Calibration.measure(Calibration.histories(lines), PathwayPolicy.defaults());
    Calibration.Tally all = tallies.get(era).get("all");
    assertThat(all.pairs).isEqualTo(1);
    assertThat(all.kindRight).isEqualTo(1);
    assertThat(all.inWindow).isEqualTo(inside ? 1 : 0);
    assertThat(tallies.get(era).get(grade).pairs).isEqualTo(1);
  }
}

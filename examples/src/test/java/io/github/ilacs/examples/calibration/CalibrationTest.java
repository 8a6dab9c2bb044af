package io.github.ilacs.examples.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.OutcomesCsv;
import io.github.ilacs.jackson.OutcomesImport;
import io.github.ilacs.pathway.PathwayPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalibrationTest {
  private static final String HEADER = "local_authority,la_urn,la_code,region_code,framework,"
      + "kind,inspection_start,inspection_end,published,overall,leaders,help_protection,"
      + "children_in_care,care_leavers,adoption,report_url";

  private static String row(String framework, String kind, String start, String end,
      String published, String grade) {
    String sub = framework.equals("SIF") ? grade + "," + grade + "," + grade + "," + grade + ","
        + grade : grade + "," + grade + "," + grade + ",,";
    return "nottinghamshire,80534,891,EM," + framework + "," + kind + "," + start + "," + end
        + "," + published + "," + grade + "," + sub + ",https://example.org/r";
  }

  private static List<InspectionHistory> histories(String... rows) {
    String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
    OutcomesImport imported;
    try {
      imported = OutcomesCsv.read(new StringReader(csv), "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(imported.rejected()).isEmpty();
    return imported.histories();
  }

  /**
   * Each pair is forecast as of the day before the later inspection and scored against the
   * forecast window: the pause counts only once begun, and an overdue inspection is outside the
   * forecast window.
   */
  @ParameterizedTest(name = "{0} {1} from {2} -> {5}: in window {7}")
  @CsvSource({
      // in the window moved for the pause, known the day before
      "ILACS, standard, 2018-06-04, 2018-06-15, 2018-07-30, 2023-01-09, 2022-2023, true",
      // overdue: outside the forecast window
      "ILACS, standard, 2018-01-08, 2018-01-19, 2018-03-01, 2023-12-04, 2022-2023, false",
      // re-inspected before the pause: a window not moved by a pause not yet known
      "SIF, '', 2017-06-19, 2017-07-12, 2017-08-30, 2020-02-03, before 2022, true",
      // re-inspected long after the window
      "SIF, '', 2017-06-19, 2017-07-12, 2017-08-30, 2022-02-07, 2022-2023, false"
  })
  void pairsAreForecastTheDayBeforeAndScoredOnTheForecastWindow(String framework, String kind,
      String start, String end, String published, String later, String era, boolean inside) {
    String grade = framework.equals("SIF") ? "inadequate" : "requires improvement";
    LocalDate laterStart = LocalDate.parse(later);
    var tallies = Pairs.measure(histories(row(framework, kind, start, end, published, grade),
        row("ILACS", "standard", later, laterStart.plusDays(11).toString(),
            laterStart.plusDays(60).toString(), "good")), PathwayPolicy.defaults());
    Pairs.Tally all = tallies.get(era).get("all");
    assertThat(all.pairs).isEqualTo(1);
    assertThat(all.kindRight).isEqualTo(1);
    assertThat(all.inWindow).isEqualTo(inside ? 1 : 0);
    assertThat(tallies.get(era).get(grade).pairs).isEqualTo(1);
  }

  /**
   * As of an origin, the next full inspection begun after it is scored; one begun after the
   * data's end, or none, leaves the authority censored; one begun by the origin is not the next.
   */
  @ParameterizedTest(name = "next begun {0}, as of {1}: scored {2}, in window {3}")
  @CsvSource({
      "2024-03-04, 2023-12-31, 1, 1, 0",
      "2025-03-03, 2023-12-31, 0, 0, 1",
      "2023-03-06, 2023-12-31, 0, 0, 1",
      "2022-06-06, 2021-12-31, 1, 0, 0",
  })
  void theNextInspectionAfterTheOriginIsScoredOrCensored(String next, String origin,
      int scored, int inWindow, int censored) {
    LocalDate n = LocalDate.parse(next);
    List<InspectionHistory> hs = histories(row("ILACS", "short", "2019-10-14", "2019-10-18",
            "2019-11-20", "good"),
        row("ILACS", "short", next, n.plusDays(4).toString(), n.plusDays(40).toString(),
            "good"));
    Map<String, Backtest.Tally> rows = Backtest.backtest(hs, LocalDate.parse(origin),
        PathwayPolicy.defaults());
    Backtest.Tally all = rows.get("all");
    assertThat(all.scored).isEqualTo(scored);
    assertThat(all.scheduleIn).isEqualTo(inWindow);
    assertThat(all.censored).isEqualTo(censored);
    assertThat(all.kindRight).isEqualTo(scored);
  }
}

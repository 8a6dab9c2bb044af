package io.github.ilacs.examples.calibration;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.NationalSchedule;
import io.github.ilacs.pathway.PathwayPolicy;
import io.github.ilacs.seeds.NationalOutcomes;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Measures forecasts against what Ofsted did, on the national outcomes to 2024
 * ({@link NationalOutcomes}); a program, not a test. It prints two tables.
 *
 * <p>The rolling-origin backtest: as of 31 December 2021, 2022 and 2023 it forecasts every
 * authority from what was known then (the inspections begun by the origin, reports counted from
 * publication) and scores the authority's next full inspection begun after the origin: whether
 * its first day on site falls in the window, the window's width and whether the forecast kind is
 * right. An authority with no full inspection begun between the origin and the data's end (31
 * December 2024) is censored: counted, never scored. Each origin is scored with the framework's
 * plain windows and with the {@link NationalSchedule}, whose numbers were tuned on the 2021 and
 * 2022 origins only; 2023 is held out.
 *
 * <p>The pairs ({@link Pairs}): for each consecutive pair of full inspections begun before 2024,
 * the later one forecast the day before it began with the plain windows, under the default
 * policy and under the plain published figures.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples -am package -DskipTests} then {@code java -cp
 * examples/target/ilacs.jar io.github.ilacs.examples.calibration.Calibration}; add {@code
 * -Dcalibration.misses=true} to list each pair's miss on standard error.
 */
public final class Calibration {
  private Calibration() {}

  /**
   * Prints the tables.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    List<InspectionHistory> all = NationalOutcomes.histories();
    out.println("Rolling-origin backtest on " + all.size() + " authorities, data to "
        + NationalOutcomes.COVERS_TO + " (2021 and 2022 tuned, 2023 held out):");
    out.println();
    out.println("| origin | previous grade | scored | censored (window closed by the end: plain "
        + "/ schedule) | plain: in window | plain: mean "
        + "width | schedule: in window | schedule: mean width | kind right |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (LocalDate origin : Backtest.ORIGINS) {
      Map<String, Backtest.Tally> rows = Backtest.backtest(all, origin,
          PathwayPolicy.defaults());
      rows.forEach((grade, t) -> out.println(t.row(origin, grade)));
    }
    out.println();
    for (LocalDate origin : Backtest.ORIGINS) {
      out.println(NationalSchedule.of(NationalOutcomes.startedBefore(origin.plusDays(1)),
          origin));
    }
    out.println();
    Pairs.main(out);
  }
}

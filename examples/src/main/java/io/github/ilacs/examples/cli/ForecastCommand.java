package io.github.ilacs.examples.cli;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.OutcomesImport;
import io.github.ilacs.jackson.RejectedRow;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.NationalSchedule;
import io.github.ilacs.seeds.NationalOutcomes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ilacs forecast --as-of DATE [--csv OUTCOMES.csv] [--out FILE]}: one CSV row per
 * authority with its pathway and next full inspection: the forecast window as forecast (never
 * moved for being late), the next inspection's status, the day it became overdue, the first day
 * of a pending inspection awaiting its report, and whether any activity is overdue (activity
 * the outcomes table does not record is never overdue), then the window of the {@link
 * NationalSchedule} built from every authority of the table that can be forecast (empty for an
 * authority outside its queue: not yet inspected, or with a report awaited). The schedule
 * assumes the table holds every full inspection begun by the date.
 *
 * <p>Rows the reader rejects, and authorities whose history cannot be forecast (a full
 * inspection with no grades), are reported on standard error, one line each; the forecast is
 * still written for every other authority, and the exit status is then 2.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = "Forecast the next full inspection of every authority in an outcomes table. "
        + "Prints CSV: " + ForecastCommand.HEADER,
    footerHeading = "%nExamples:%n",
    footer = {"  ilacs forecast --as-of 2026-06-01",
        "  ilacs forecast --as-of 01/06/2026 --csv outcomes.csv --out forecast.csv"})
final class ForecastCommand implements Callable<Integer> {
  /** The first characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  static final String HEADER =
      "la_code,local_authority,pathway,basis_end,next_kind,earliest,expected,latest,"
          + "status,overdue_since,pending_start,overdue,scheduled_earliest,scheduled_expected,"
          + "scheduled_latest";

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The date to forecast from, 2026-06-01, 01/06/2026 or 1 June 2026.")
  LocalDate asOf;

  @Option(names = "--csv", paramLabel = "OUTCOMES.csv",
      description = "The outcomes table (the national outcomes file or the scrape tool's); "
          + "by default the built-in national outcomes to 2024.")
  Path csv;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the forecast to FILE instead of standard output.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    AsOf.check(asOf);
    OutcomesImport imported = csv == null ? NationalOutcomes.to2024() : Inputs.readOutcomes(csv);
    PrintWriter err = Printing.escaping(spec.commandLine().getErr());
    for (RejectedRow row : imported.rejected()) {
      err.println("ilacs: " + Inputs.describe(csv, row));
    }
    err.flush();
    int unforecast;
    if (out == null) {
      unforecast = write(imported, Printing.escaping(spec.commandLine().getOut()), err);
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
          PrintWriter file = new PrintWriter(w)) {
        unforecast = write(imported, Printing.escaping(file), err);
        if (file.checkError()) {
          throw new UserError(out + ": cannot write");
        }
      } catch (IOException e) {
        throw new UserError(out + ": cannot write: " + e.getMessage());
      }
    }
    return imported.rejected().isEmpty() && unforecast == 0 ? 0 : IlacsCommand.BAD_INPUT;
  }

  /** Writes the table; returns how many authorities could not be forecast (each reported). */
  private int write(OutcomesImport imported, PrintWriter pw, PrintWriter err) {
    pw.println(HEADER);
    int unforecast = 0;
    List<InspectionHistory> forecastable = new ArrayList<>();
    Map<InspectionHistory, IllegalArgumentException> failures = new IdentityHashMap<>();
    for (InspectionHistory history : imported.histories()) {
      try {
        InspectionPathway.of(history, asOf);
        forecastable.add(history);
      } catch (IllegalArgumentException e) {
        failures.put(history, e);
      }
    }
    NationalSchedule schedule = NationalSchedule.of(forecastable, asOf);
    for (InspectionHistory history : imported.histories()) {
      InspectionPathway pathway;
      IllegalArgumentException e = failures.get(history);
      if (e == null) {
        pathway = InspectionPathway.of(history, schedule);
      } else {
        // a history the pathway rules cannot read, such as a full inspection with no grades
        err.println("ilacs: " + (csv == null ? "built-in outcomes" : csv) + ": authority " + history.authority().code() + " ("
            + history.authority().name() + "): not forecast: " + e.getMessage());
        err.flush();
        unforecast++;
        continue;
      }
      ExpectedActivity next = pathway.nextInspection();
      pw.println(String.join(",",
          csvField(history.authority().code()),
          csvField(history.authority().name()),
          pathway.pathway().name(),
          pathway.basis().map(Inspection::end).map(LocalDate::toString).orElse(""),
          next.kind().name(),
          next.window().earliest().toString(),
          next.window().expected().toString(),
          next.window().latest().toString(),
          next.status().name(),
          next.overdueSince().map(LocalDate::toString).orElse(""),
          pathway.pending().map(Inspection::start).map(LocalDate::toString).orElse(""),
          String.valueOf(pathway.overdue()),
          pathway.scheduled().map(w -> w.window().earliest().toString()).orElse(""),
          pathway.scheduled().map(w -> w.window().expected().toString()).orElse(""),
          pathway.scheduled().map(w -> w.window().latest().toString()).orElse("")));
    }
    pw.flush();
    return unforecast;
  }

  /**
   * One CSV cell. A value that a spreadsheet could take for a formula (starting with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, as
   * OWASP advises against CSV injection; then a cell holding a comma, quote, line feed or
   * carriage return is quoted, its quotes doubled.
   */
  static String csvField(String value) {
    String cell = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
        ? "'" + value : value;
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")
        || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}

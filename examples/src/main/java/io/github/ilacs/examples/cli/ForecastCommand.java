package io.github.ilacs.examples.cli;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.OutcomesImport;
import io.github.ilacs.jackson.RejectedRow;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ilacs forecast --as-of DATE --csv OUTCOMES.csv [--out FILE]}: one CSV row per
 * authority with its pathway and next full inspection.
 *
 * <p>Rows the reader rejects are reported on standard error, one line each; the forecast is
 * still written for every authority with accepted rows, and the exit status is then 2.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = "Forecast the next full inspection of every authority in an outcomes table. "
        + "Prints CSV: " + ForecastCommand.HEADER)
final class ForecastCommand implements Callable<Integer> {
  static final String HEADER =
      "la_code,local_authority,pathway,basis_end,next_kind,earliest,expected,latest";

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The date to forecast from, ISO yyyy-mm-dd.")
  LocalDate asOf;

  @Option(names = "--csv", required = true, paramLabel = "OUTCOMES.csv",
      description = "The outcomes table (the national outcomes file or the scrape tool's).")
  Path csv;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the forecast to FILE instead of standard output.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    OutcomesImport imported = Inputs.readOutcomes(csv);
    PrintWriter err = spec.commandLine().getErr();
    for (RejectedRow row : imported.rejected()) {
      err.println("ilacs: " + csv + ":" + row.line() + ": column " + row.column() + " '"
          + row.value() + "': " + row.reason());
    }
    err.flush();
    if (out == null) {
      write(imported, spec.commandLine().getOut());
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
          PrintWriter pw = new PrintWriter(w)) {
        write(imported, pw);
        if (pw.checkError()) {
          throw new UserError(out + ": cannot write");
        }
      } catch (IOException e) {
        throw new UserError(out + ": cannot write: " + e.getMessage());
      }
    }
    return imported.rejected().isEmpty() ? 0 : IlacsCommand.BAD_INPUT;
  }

  private void write(OutcomesImport imported, PrintWriter pw) {
    pw.println(HEADER);
    for (InspectionHistory history : imported.histories()) {
      InspectionPathway pathway = InspectionPathway.of(history, asOf);
      ExpectedActivity next = pathway.nextInspection();
      pw.println(String.join(",",
          history.authority().code(),
          csvField(history.authority().name()),
          pathway.pathway().name(),
          pathway.basis().map(Inspection::end).map(LocalDate::toString).orElse(""),
          next.kind().name(),
          next.window().earliest().toString(),
          next.window().expected().toString(),
          next.window().latest().toString()));
    }
    pw.flush();
  }

  private static String csvField(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}

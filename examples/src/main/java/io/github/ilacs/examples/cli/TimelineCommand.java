package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.examples.TimelineReport;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ilacs timeline [FILE.json]}: a history, its pathway, what is due next and why. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Print a history (the Nottinghamshire seeds when no file is given), its "
        + "pathway, what is due next and why, and the deadlines still open.")
final class TimelineCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE.json",
      description = "A JSON history (or a single JSON inspection) in the ilacs format.")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to answer for, ISO yyyy-mm-dd (default: today).")
  LocalDate asOf;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    InspectionHistory history = file == null ? NottinghamshireSeeds.history()
        : Inputs.readHistory(file);
    LocalDate date = AsOf.check(spec, asOf == null ? LocalDate.now() : asOf);
    String report;
    try {
      report = TimelineReport.of(history, date);
    } catch (IllegalArgumentException e) {
      throw new UserError((file == null ? "seeds" : file.toString()) + ": " + e.getMessage());
    }
    PrintWriter out = Printing.escaping(spec.commandLine().getOut());
    out.print(report);
    out.flush();
    return 0;
  }
}

package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.examples.briefing.Overview;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code ilacs overview [--as-of DATE] [--csv FILE] --out FILE.html}: every authority on one
 * page, grouped by region.
 */
@Command(name = "overview", mixinStandardHelpOptions = true,
    description = "Write every authority on one self-contained HTML page, grouped by region: "
        + "pathway, latest grades, next window and status, overdue flags.",
    footerHeading = "%nExamples:%n",
    footer = {"  ilacs overview --out all.html",
        "  ilacs overview --as-of 31/12/2024 --csv outcomes.csv --out all.html"})
final class OverviewCommand implements Callable<Integer> {
  @Mixin
  PageOptions page = new PageOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate date = page.date();
    PrintWriter err = spec.commandLine().getErr();
    Records records = Records.load(page.csv, err);
    List<InspectionHistory> histories = records.histories();
    List<String> unforecast = new ArrayList<>();
    String html = Overview.html(histories, AuthorityDirectory.builtIn(), date,
        IlacsCommand.version(), unforecast);
    for (String line : unforecast) {
      err.println("ilacs: " + Printing.escapeLine(line));
    }
    err.flush();
    Outputs.write(page.out, html);
    spec.commandLine().getOut().println(page.out + ": " + (histories.size() - unforecast.size())
        + " authorities as of " + date);
    spec.commandLine().getOut().flush();
    return records.rejected() == 0 && unforecast.isEmpty() ? 0 : IlacsCommand.BAD_INPUT;
  }
}

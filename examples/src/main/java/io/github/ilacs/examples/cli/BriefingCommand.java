package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.examples.briefing.Briefing;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.seeds.NottinghamshirePlan;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ilacs briefing CODE|NAME|FILE [--as-of DATE] [--csv FILE] --out FILE.html}: one
 * authority's briefing as a self-contained HTML page.
 */
@Command(name = "briefing", mixinStandardHelpOptions = true,
    description = "Write one authority's briefing as a self-contained HTML page: its timeline "
        + "picture, every activity, the next inspection, interim activity and deadlines, "
        + "recurring themes, and its grades beside its statistical neighbours and region.",
    footerHeading = "%nExamples:%n",
    footer = {"  ilacs briefing 891 --out notts.html",
        "  ilacs briefing Nottinghamshire --as-of \"1 June 2026\" --out notts.html",
        "  ilacs briefing history.json --out briefing.html",
        "  ilacs briefing 330 --csv outcomes.csv --as-of 31/12/2024 --out birmingham.html"})
final class BriefingCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CODE|NAME|FILE",
      description = "The authority: its DfE code (891), its name (Nottinghamshire), or a JSON "
          + "history file.")
  String authority;

  @Mixin
  PageOptions page = new PageOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate date = page.date();
    AuthorityDirectory directory = AuthorityDirectory.builtIn();
    Records records = Records.load(page.csv, spec.commandLine().getErr());
    List<InspectionHistory> histories = records.histories();
    InspectionHistory history;
    if (!Authorities.isCode(authority) && (authority.endsWith(".json")
        || Files.isRegularFile(Path.of(authority)))) {
      history = Inputs.readHistory(Path.of(authority));
    } else {
      history = Authorities.find(authority, histories, directory, date,
          Records.source(page.csv));
    }
    String html;
    try {
      // the example plan answers the seeds' inspections: shown with the seeds' record only
      Optional<ImprovementPlan> plan = history.equals(NottinghamshireSeeds.history())
          ? Optional.of(NottinghamshirePlan.example()) : Optional.empty();
      html = Briefing.html(history, directory, histories, date, IlacsCommand.version(), plan);
    } catch (IllegalArgumentException e) {
      throw new UserError(history.authority().code() + " (" + Printing.escapeLine(
          history.authority().name()) + "): no briefing: " + e.getMessage());
    }
    Outputs.write(page.out, html);
    spec.commandLine().getOut().println(page.out + ": briefing for " + Printing.escapeLine(
        history.authority().name()) + " (" + history.authority().code() + ") as of " + date);
    spec.commandLine().getOut().flush();
    return records.rejected() == 0 ? 0 : IlacsCommand.BAD_INPUT;
  }
}

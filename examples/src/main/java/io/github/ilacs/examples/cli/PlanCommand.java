package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.examples.PlanStatusReport;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanReport;
import io.github.ilacs.plan.PlanValidator;
import io.github.ilacs.seeds.NottinghamshirePlan;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ilacs plan [FILE.json] [--as-of DATE] [--history FILE.json]}: a plan's progress. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Print where an improvement plan stands (the example Nottinghamshire plan "
        + "when no file is given): its deadlines, what is overdue or at risk, findings with "
        + "no action, findings raised again after a completed action, the next progress "
        + "report, and the plan rules it breaks. Exit status 1 when it breaks a rule of "
        + "severity ERROR.",
    footerHeading = "%nExamples:%n",
    footer = {"  ilacs plan --as-of 2020-07-01",
        "  ilacs plan plan.json --history history.json --as-of \"1 July 2020\""})
final class PlanCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE.json",
      description = "A JSON improvement plan in the ilacs format.")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to answer for: 2026-06-01, 01/06/2026 or 1 June 2026 "
          + "(default: today).")
  LocalDate asOf;

  @Option(names = "--history", paramLabel = "FILE.json",
      description = "The authority's JSON history, for later inspections and the next "
          + "inspection's window (default: the Nottinghamshire seeds with the example plan, "
          + "otherwise the plan's own inspections).")
  Path history;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ImprovementPlan plan = file == null ? NottinghamshirePlan.example() : Inputs.readPlan(file);
    InspectionHistory h = history != null ? Inputs.readHistory(history)
        : file == null ? NottinghamshireSeeds.history()
        : InspectionHistory.of(plan.authority(), plan.answers());
    LocalDate date = AsOf.check(asOf == null ? LocalDate.now() : asOf);
    PlanReport rules;
    PlanProgress progress;
    try {
      rules = PlanValidator.defaults().validate(plan, h);
      progress = PlanProgress.of(plan, h, date);
    } catch (IllegalArgumentException e) {
      throw new UserError((history != null ? history : file == null ? "seeds" : file) + ": "
          + e.getMessage());
    }
    spec.commandLine().getOut().print(PlanStatusReport.of(progress, rules));
    spec.commandLine().getOut().flush();
    return rules.hasErrors() ? 1 : 0;
  }
}

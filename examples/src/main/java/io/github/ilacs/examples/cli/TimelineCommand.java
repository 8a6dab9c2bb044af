package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.examples.TimelineReport;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ilacs timeline [FILE.json | --csv FILE --authority CODE|NAME]}: a history, its pathway,
 * what is due next and why. Grades are coloured on a terminal and never when the output is piped
 * or redirected ({@code --colour} overrides; {@code NO_COLOR} turns it off).
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Print a history (the Nottinghamshire seeds when no file is given), its "
        + "pathway, what is due next and why, and the deadlines still open.",
    footerHeading = "%nExamples:%n",
    footer = {"  ilacs timeline",
        "  ilacs timeline --as-of 01/06/2026",
        "  ilacs timeline history.json --as-of \"1 June 2026\"",
        "  ilacs timeline --csv outcomes.csv --authority Bradford --as-of 2024-12-31",
        "  ilacs timeline --colour=never > timeline.txt"})
final class TimelineCommand implements Callable<Integer> {
  /** When to colour the output. */
  enum When {
    /** On a terminal only, unless NO_COLOR is set. */
    auto,
    /** Always. */
    always,
    /** Never. */
    never
  }

  @Parameters(arity = "0..1", paramLabel = "FILE.json",
      description = "A JSON history (or a single JSON inspection) in the ilacs format, an "
          + "inspection document (.pdf or .txt), or a directory of them about one authority.")
  @Nullable Path file;

  @Option(names = "--csv", paramLabel = "OUTCOMES.csv",
      description = "An outcomes table to take the authority's record from (with --authority).")
  @Nullable Path csv;

  @Option(names = "--authority", paramLabel = "CODE|NAME",
      description = "The authority whose record to take from --csv: DfE code or name.")
  @Nullable String authority;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to answer for: 2026-06-01, 01/06/2026 or 1 June 2026 "
          + "(default: today).")
  @Nullable LocalDate asOf;

  @Option(names = {"--colour", "--color"}, paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the grades: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  When colour = When.auto;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate date = AsOf.check(asOf == null ? LocalDate.now() : asOf);
    if ((csv == null) != (authority == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--csv and --authority go together: give both or neither");
    }
    if (csv != null && file != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give a JSON history or --csv with --authority, not both");
    }
    InspectionHistory history;
    String source;
    if (csv != null && authority != null) {
      Records records = Records.load(csv, spec.commandLine().getErr());
      history = Authorities.find(authority, records.histories(), AuthorityDirectory.builtIn(),
          date, csv.toString());
      source = csv.toString();
    } else if (file != null) {
      history = Inputs.readHistory(file);
      source = file.toString();
    } else {
      history = NottinghamshireSeeds.history();
      source = "seeds";
    }
    String report;
    boolean colours = colours();
    try {
      report = TimelineReport.of(history, date, colours);
    } catch (IllegalArgumentException e) {
      throw new UserError(source + ": " + e.getMessage());
    }
    // data cannot steer the terminal: every control character is escaped, bar our own colours
    PrintWriter out = spec.commandLine().getOut();
    out.print(colours ? Printing.escapeKeepingColours(report) : Printing.escape(report));
    out.flush();
    return 0;
  }

  private boolean colours() {
    return switch (colour) {
      case always -> true;
      case never -> false;
      case auto -> System.getenv("NO_COLOR") == null && System.console() != null
          && CommandLine.Help.Ansi.AUTO.enabled();
    };
  }
}

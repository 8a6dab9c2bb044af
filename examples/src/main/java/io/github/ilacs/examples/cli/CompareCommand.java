package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.examples.ComparisonTable;
import io.github.ilacs.jackson.OutcomesImport;
import io.github.ilacs.jackson.RejectedRow;
import io.github.ilacs.seeds.NationalOutcomes;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ilacs compare CODE|NAME [--as-of DATE] [--csv FILE]}: an authority's latest grades
 * beside its statistical neighbours', and the grades in its region and in England.
 *
 * <p>The built-in data are the national outcomes to 2024 with Nottinghamshire's history taken
 * from the seeds instead of its outcomes rows. Rows a given table rejects are reported on
 * standard error, one line each; the comparison is still printed, and the exit status is then 2.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare an authority's latest grades with its statistical neighbours', its "
        + "region's and England's.")
final class CompareCommand implements Callable<Integer> {
  private static final Pattern CODE = Pattern.compile("\\d{3}");

  @Parameters(paramLabel = "CODE|NAME",
      description = "The authority: its DfE code (891) or name (Nottinghamshire).")
  String authority;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to compare on, ISO yyyy-mm-dd (default: today).")
  LocalDate asOf;

  @Option(names = "--csv", paramLabel = "OUTCOMES.csv",
      description = "An outcomes table to compare from; by default the built-in national "
          + "outcomes to 2024, with Nottinghamshire's history from the seeds.")
  Path csv;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate date = AsOf.check(spec, asOf == null ? LocalDate.now() : asOf);
    AuthorityDirectory directory = AuthorityDirectory.builtIn();
    AuthorityEntry entry = find(directory, date);
    List<InspectionHistory> histories;
    List<RejectedRow> rejected = List.of();
    if (csv == null) {
      histories = builtIn();
    } else {
      OutcomesImport imported = Inputs.readOutcomes(csv);
      histories = imported.histories();
      rejected = imported.rejected();
    }
    PrintWriter err = spec.commandLine().getErr();
    for (RejectedRow row : rejected) {
      err.println("ilacs: " + Inputs.describe(csv, row));
    }
    err.flush();
    Comparison comparison;
    try {
      comparison = Comparison.of(directory, entry, histories, date);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    spec.commandLine().getOut().print(ComparisonTable.of(comparison));
    spec.commandLine().getOut().flush();
    return rejected.isEmpty() ? 0 : IlacsCommand.BAD_INPUT;
  }

  /** The authority named on the command line, by code or by name as of the date. */
  private AuthorityEntry find(AuthorityDirectory directory, LocalDate date) {
    Optional<AuthorityEntry> found = CODE.matcher(authority).matches()
        ? directory.byCode(authority) : directory.byName(authority, date);
    return found.orElseThrow(() -> new UserError("authority '" + authority + "': no "
        + (CODE.matcher(authority).matches() ? "authority has this DfE code"
            : "authority has this name, or none that existed on " + date)));
  }

  /** The national outcomes, with Nottinghamshire's history from the seeds. */
  static List<InspectionHistory> builtIn() {
    InspectionHistory notts = NottinghamshireSeeds.history();
    List<InspectionHistory> out = new ArrayList<>();
    for (InspectionHistory h : NationalOutcomes.histories()) {
      if (!h.authority().code().equals(notts.authority().code())) {
        out.add(h);
      }
    }
    out.add(notts);
    return out;
  }
}

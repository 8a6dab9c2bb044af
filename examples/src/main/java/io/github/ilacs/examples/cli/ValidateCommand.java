package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.ImportWarning;
import io.github.ilacs.jackson.OutcomesImport;
import io.github.ilacs.jackson.RejectedRow;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import io.github.ilacs.rules.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ilacs validate FILE...}: validates JSON histories or outcomes CSV files and prints the
 * report; exit status 1 when any ERROR is found (a CSV row the reader rejects counts as one; a
 * row it imports with a doubt, such as a spelling of a name it does not know, is a WARNING).
 * A file that cannot be read is reported in one line on standard error and the others are still
 * validated; the exit status is then 2.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate JSON histories or outcomes CSV files against the frameworks' rules. "
        + "Every file is reported; exit status 1 when any ERROR is found, 2 when a file cannot "
        + "be read.",
    footerHeading = "%nExamples:%n",
    footer = {"  ilacs validate history.json",
        "  ilacs validate notts.json outcomes.csv other.json"})
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "JSON histories (.json), outcomes tables (.csv), inspection documents "
          + "(.pdf, .txt) or directories of them about one authority.")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = Printing.escaping(spec.commandLine().getOut());
    PrintWriter err = spec.commandLine().getErr();
    Tally tally = new Tally();
    for (Path file : files) {
      try {
        validate(file, out, tally);
      } catch (UserError e) {
        // report the file that cannot be used and go on with the others
        out.flush();
        err.println("ilacs: " + e.getMessage());
        err.flush();
        tally.unusable++;
      }
    }
    out.println(tally.errors + " errors, " + tally.warnings + " warnings"
        + (tally.unusable == 0 ? "" : ", " + tally.unusable + " of " + files.size()
            + " files could not be read"));
    out.flush();
    return tally.unusable > 0 ? IlacsCommand.BAD_INPUT : tally.errors > 0 ? 1 : 0;
  }

  /** What the files validated so far found. */
  private static final class Tally {
    int errors;
    int warnings;
    int unusable;
  }

  private void validate(Path file, PrintWriter out, Tally tally) {
    Validator validator = Validator.defaults();
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      OutcomesImport imported = Inputs.readOutcomes(file);
      out.println(file + ": " + imported.rows() + " rows, " + imported.accepted()
          + " accepted, " + imported.histories().size() + " authorities");
      for (RejectedRow row : imported.rejected()) {
        out.println("  ERROR " + Inputs.describe(file, row));
      }
      tally.errors += imported.rejected().size();
      for (ImportWarning warning : imported.warnings()) {
        out.println("  WARNING " + file + ":" + warning.line() + " column " + warning.column()
            + " '" + warning.value() + "': " + warning.reason());
      }
      tally.warnings += imported.warnings().size();
      for (InspectionHistory history : imported.histories()) {
        ValidationReport report = validator.validate(history);
        count(report, tally);
        if (!report.violations().isEmpty()) {
          out.println("  " + history.authority().name() + " (" + history.authority().code()
              + ")");
          printViolations(out, report);
        }
      }
    } else {
      InspectionHistory history = Inputs.readHistory(file);
      ValidationReport report = validator.validate(history);
      count(report, tally);
      out.println(file + ": " + history.authority().name() + " ("
          + history.authority().code() + "), " + history.inspections().size()
          + " inspections");
      if (report.violations().isEmpty()) {
        out.println("  no violations");
      }
      printViolations(out, report);
    }
  }

  private static void count(ValidationReport report, Tally tally) {
    tally.errors += report.errors().size();
    tally.warnings += report.warnings().size();
  }

  private static void printViolations(PrintWriter out, ValidationReport report) {
    for (Violation v : report.violations()) {
      out.println("    " + v);
    }
  }
}

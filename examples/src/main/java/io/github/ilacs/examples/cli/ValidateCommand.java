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
import java.util.ArrayList;
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
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate JSON histories or outcomes CSV files against the frameworks' rules. "
        + "Exit status 1 when any ERROR is found.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "JSON histories (.json) or outcomes tables (.csv).")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = Printing.escaping(spec.commandLine().getOut());
    Validator validator = Validator.defaults();
    List<ValidationReport> reports = new ArrayList<>();
    int rejected = 0;
    int doubts = 0;
    for (Path file : files) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        OutcomesImport imported = Inputs.readOutcomes(file);
        out.println(file + ": " + imported.rows() + " rows, " + imported.accepted()
            + " accepted, " + imported.histories().size() + " authorities");
        for (RejectedRow row : imported.rejected()) {
          out.println("  ERROR " + Inputs.describe(file, row));
        }
        rejected += imported.rejected().size();
        for (ImportWarning warning : imported.warnings()) {
          out.println("  WARNING " + file + ":" + warning.line() + " column " + warning.column()
              + " '" + warning.value() + "': " + warning.reason());
        }
        doubts += imported.warnings().size();
        for (InspectionHistory history : imported.histories()) {
          ValidationReport report = validator.validate(history);
          reports.add(report);
          if (!report.violations().isEmpty()) {
            out.println("  " + history.authority().name() + " (" + history.authority().code()
                + ")");
            printViolations(out, report);
          }
        }
      } else {
        InspectionHistory history = Inputs.readHistory(file);
        ValidationReport report = validator.validate(history);
        reports.add(report);
        out.println(file + ": " + history.authority().name() + " ("
            + history.authority().code() + "), " + history.inspections().size()
            + " inspections");
        if (report.violations().isEmpty()) {
          out.println("  no violations");
        }
        printViolations(out, report);
      }
    }
    int errors = rejected + reports.stream().mapToInt(r -> r.errors().size()).sum();
    int warnings = doubts + reports.stream().mapToInt(r -> r.warnings().size()).sum();
    out.println(errors + " errors, " + warnings + " warnings");
    out.flush();
    return errors > 0 ? 1 : 0;
  }

  private static void printViolations(PrintWriter out, ValidationReport report) {
    for (Violation v : report.violations()) {
      out.println("    " + v);
    }
  }
}

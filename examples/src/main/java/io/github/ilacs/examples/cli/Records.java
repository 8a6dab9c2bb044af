package io.github.ilacs.examples.cli;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.OutcomesImport;
import io.github.ilacs.jackson.RejectedRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records a command answers from: the built-in data (the national outcomes to 2024 with
 * Nottinghamshire's record from the seeds) or an outcomes table, whose rejected rows are
 * reported on standard error, one line each.
 *
 * @param histories one history per authority
 * @param rejected how many rows of the table were rejected (each reported)
 */
record Records(List<InspectionHistory> histories, int rejected) {
  /** Loads the table given, or the built-in data when there is none. */
  static Records load(@Nullable Path csv, PrintWriter err) {
    if (csv == null) {
      return new Records(CompareCommand.builtIn(), 0);
    }
    OutcomesImport imported = Inputs.readOutcomes(csv);
    for (RejectedRow row : imported.rejected()) {
      err.println("ilacs: " + Inputs.describe(csv, row));
    }
    err.flush();
    return new Records(imported.histories(), imported.rejected().size());
  }

  /** Where the records came from, for messages. */
  static String source(@Nullable Path csv) {
    return csv == null ? "the built-in data" : csv.toString();
  }
}

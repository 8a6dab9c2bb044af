package io.github.ilacs.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options shared by the commands that write a page: the date, the records and the file. */
final class PageOptions {
  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to answer for: 2026-06-01, 01/06/2026 or 1 June 2026 "
          + "(default: today).")
  @Nullable LocalDate asOf;

  @Option(names = "--csv", paramLabel = "OUTCOMES.csv",
      description = "An outcomes table to take the records from; by default the built-in "
          + "national outcomes to 2024, with Nottinghamshire's record from the seeds.")
  @Nullable Path csv;

  @Option(names = "--out", required = true, paramLabel = "FILE.html",
      description = "The page to write.")
  Path out = Path.of("ilacs.html");

  /** The date asked about, today by default, checked against the supported range. */
  LocalDate date() {
    return AsOf.check(asOf == null ? LocalDate.now() : asOf);
  }
}

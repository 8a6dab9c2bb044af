package io.github.ilacs.examples.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The range of {@code --as-of} dates the commands answer for. */
final class AsOf {
  static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  static final LocalDate LAST = LocalDate.of(2199, 12, 31);

  private AsOf() {}

  /** Returns the date, or throws a usage error naming it when it is out of range. */
  static LocalDate check(CommandSpec spec, LocalDate date) {
    if (date.isBefore(FIRST) || date.isAfter(LAST)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option "
          + "'--as-of': " + date + " is outside " + FIRST + " to " + LAST);
    }
    return date;
  }
}

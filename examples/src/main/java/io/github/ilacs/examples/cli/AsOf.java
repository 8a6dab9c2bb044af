package io.github.ilacs.examples.cli;

import io.github.ilacs.pathway.InspectionPathway;
import java.time.LocalDate;

/** The range of {@code --as-of} dates the commands answer for. */
final class AsOf {
  static final LocalDate FIRST = InspectionPathway.FIRST_SUPPORTED_DATE;
  static final LocalDate LAST = InspectionPathway.LAST_SUPPORTED_DATE;

  private AsOf() {}

  /** Returns the date, or throws a one-line error naming it when it is out of range. */
  static LocalDate check(LocalDate date) {
    if (date.isBefore(FIRST) || date.isAfter(LAST)) {
      throw new UserError("--as-of: " + date + " is outside " + FIRST + " to " + LAST);
    }
    return date;
  }
}

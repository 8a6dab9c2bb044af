package io.github.ilacs.examples.boot;

import io.github.ilacs.json.FormatRule;
import io.github.ilacs.pathway.InspectionPathway;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code asOf} query parameter: an ISO date ({@code yyyy-mm-dd}) within the dates a pathway
 * answers for; today's date in England when absent.
 */
final class AsOf {
  /** The parameter's name in the query string. */
  static final String PARAMETER = "asOf";

  private AsOf() {}

  /**
   * Returns the day asked about.
   *
   * @param text the parameter as sent, or null when absent
   * @param clock gives today when the parameter is absent
   * @throws BadParameterException when the text is not an ISO date or lies outside
   *     {@link InspectionPathway#FIRST_SUPPORTED_DATE} to
   *     {@link InspectionPathway#LAST_SUPPORTED_DATE}
   */
  static LocalDate parse(@Nullable String text, Clock clock) {
    if (text == null) {
      return LocalDate.now(clock);
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadParameterException(PARAMETER, text, FormatRule.ISO_DATE.statement());
    }
    if (day.isBefore(InspectionPathway.FIRST_SUPPORTED_DATE)
        || day.isAfter(InspectionPathway.LAST_SUPPORTED_DATE)) {
      throw new BadParameterException(PARAMETER, text, "a pathway is answered for a day from "
          + InspectionPathway.FIRST_SUPPORTED_DATE + " to "
          + InspectionPathway.LAST_SUPPORTED_DATE);
    }
    return day;
  }
}

package io.github.ilacs;

import java.util.List;

/**
 * A theme raised as needing improvement in more than one inspection, with where it was raised.
 *
 * <p>Immutable and thread-safe.
 *
 * @param theme the theme, not null
 * @param occurrences each finding that raised it, in date order, not empty
 */
public record RecurringTheme(Theme theme, List<Occurrence> occurrences) {
  /**
   * Creates a recurring theme.
   *
   * @param theme the theme, not null
   * @param occurrences each finding that raised it, in date order
   * @throws InvalidInspectionException when a value is null
   */
  public RecurringTheme {
    Checks.required(theme, "theme");
    occurrences = List.copyOf(Checks.required(occurrences, "occurrences"));
  }

  /**
   * Returns how many distinct inspections raised the theme.
   *
   * @return at least 2 for a theme returned by {@link InspectionHistory#recurringThemes()}
   */
  public int inspectionCount() {
    return (int) occurrences.stream().map(Occurrence::inspection).distinct().count();
  }

  /**
   * One finding that raised a theme, and the inspection whose letter or report holds it.
   *
   * @param inspection the inspection, not null
   * @param finding the finding, not null
   */
  public record Occurrence(Inspection inspection, Finding finding) {
    /**
     * Creates an occurrence.
     *
     * @param inspection the inspection, not null
     * @param finding the finding, not null
     * @throws InvalidInspectionException when a value is null
     */
    public Occurrence {
      Checks.required(inspection, "inspection");
      Checks.required(finding, "finding");
    }
  }
}

package io.github.ilacs.pathway;

import java.util.List;

/**
 * The window of the next full inspection as a {@link NationalSchedule} forecasts it, with the
 * reasons that moved it from the framework's cycle ({@link ExpectedActivity#window()}).
 *
 * @param window when the next full inspection is forecast, not null
 * @param backlogPlace the authority's place in the national backlog, from 1, or 0 when its
 *     expected day had not passed on the date
 * @param reasons the reasons, not empty, none null
 */
public record ScheduledWindow(Window window, int backlogPlace, List<Reason> reasons) {
  /**
   * Checks and copies the values.
   *
   * @param window not null
   * @param backlogPlace 0 or more
   * @param reasons not empty, none null
   * @throws IllegalArgumentException when a value is null or negative, or {@code reasons} is
   *     empty or holds null
   */
  public ScheduledWindow {
    if (window == null || reasons == null || reasons.isEmpty()
        || ExpectedActivity.hasNull(reasons)) {
      throw new IllegalArgumentException("window must not be null and reasons must be a non-empty "
          + "list without nulls, got " + window + " and " + reasons);
    }
    if (backlogPlace < 0) {
      throw new IllegalArgumentException("backlogPlace " + backlogPlace + " is negative");
    }
    reasons = List.copyOf(reasons);
  }
}

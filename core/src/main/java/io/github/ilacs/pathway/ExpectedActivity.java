package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An activity Ofsted is expected to carry out: the next full inspection, or interim activity
 * such as a focused visit, an engagement meeting or a monitoring visit.
 *
 * @param kinds the kinds of activity that would meet the expectation, most likely first; not
 *     empty, none null
 * @param window when it is expected, not null
 * @param status where it stands on the date asked about, not null
 * @param satisfiedBy the activity that met it, present exactly when the status is {@link
 *     ActivityStatus#SATISFIED}
 * @param reason a plain-English reason citing the rule book section, not blank
 */
public record ExpectedActivity(List<InspectionKind> kinds, Window window, ActivityStatus status,
    Optional<Inspection> satisfiedBy, String reason) {
  /**
   * Checks and copies the values.
   *
   * @param kinds the kinds of activity that would meet the expectation, most likely first; not
   *     empty, none null
   * @param window when it is expected, not null
   * @param status where it stands on the date asked about, not null
   * @param satisfiedBy the activity that met it, present exactly when the status is {@link
   *     ActivityStatus#SATISFIED}
   * @param reason a plain-English reason citing the rule book section, not blank
   * @throws IllegalArgumentException when a value is null, {@code kinds} is empty, the reason is
   *     blank, or {@code satisfiedBy} disagrees with the status
   */
  public ExpectedActivity {
    required(kinds, "kinds");
    if (kinds.isEmpty() || kinds.stream().anyMatch(k -> k == null)) {
      throw new IllegalArgumentException("kinds must be a non-empty list without nulls, got "
          + kinds);
    }
    required(window, "window");
    required(status, "status");
    required(satisfiedBy, "satisfiedBy");
    required(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    if (satisfiedBy.isPresent() != (status == ActivityStatus.SATISFIED)) {
      throw new IllegalArgumentException("satisfiedBy must be present exactly when status is "
          + "SATISFIED, got status " + status + " and satisfiedBy " + satisfiedBy);
    }
    kinds = List.copyOf(kinds);
  }

  /**
   * Returns the most likely kind of activity.
   *
   * @return the first of {@link #kinds()}
   */
  public InspectionKind kind() {
    return kinds.get(0);
  }

  private static void required(@Nullable Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + ": is required but was null");
    }
  }
}

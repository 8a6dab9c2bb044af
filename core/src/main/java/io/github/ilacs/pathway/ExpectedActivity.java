package io.github.ilacs.pathway;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An activity Ofsted is expected to carry out: the next full inspection, or interim activity
 * such as a focused visit, an engagement meeting or a monitoring visit.
 *
 * @param kinds the kinds of activity that would meet the expectation, most likely first; not
 *     empty, none null
 * @param window when it is expected, as forecast (never moved for being overdue), not null
 * @param status where it stands on the date asked about, not null
 * @param satisfiedBy the activity that met it ({@link ActivityStatus#SATISFIED}) or that has
 *     begun and awaits its report ({@link ActivityStatus#PENDING}); present exactly then
 * @param overdueSince the first day it was overdue, the day after the window closed; present
 *     exactly when the status is {@link ActivityStatus#OVERDUE}
 * @param reasons the reasons behind the answer, not empty, none null
 */
public record ExpectedActivity(List<InspectionKind> kinds, Window window, ActivityStatus status,
    Optional<Inspection> satisfiedBy, Optional<LocalDate> overdueSince, List<Reason> reasons) {
  /**
   * Checks and copies the values.
   *
   * @param kinds the kinds, not empty, none null
   * @param window when it is expected, not null
   * @param status where it stands, not null
   * @param satisfiedBy present exactly when the status is SATISFIED or PENDING
   * @param overdueSince present exactly when the status is OVERDUE, the day after the window
   * @param reasons not empty, none null
   * @throws IllegalArgumentException when a value is null, a list is empty or holds null, or
   *     {@code satisfiedBy} or {@code overdueSince} disagrees with the status
   */
  public ExpectedActivity {
    Required.check(kinds, "kinds");
    Required.check(window, "window");
    Required.check(status, "status");
    Required.check(satisfiedBy, "satisfiedBy");
    Required.check(overdueSince, "overdueSince");
    Required.check(reasons, "reasons");
    if (kinds.isEmpty() || hasNull(kinds)) {
      throw new IllegalArgumentException("kinds must be a non-empty list without nulls, got "
          + kinds);
    }
    if (reasons.isEmpty() || hasNull(reasons)) {
      throw new IllegalArgumentException("reasons must be a non-empty list without nulls, got "
          + reasons);
    }
    boolean held = status == ActivityStatus.SATISFIED || status == ActivityStatus.PENDING;
    if (satisfiedBy.isPresent() != held) {
      throw new IllegalArgumentException("satisfiedBy must be present exactly when status is "
          + "SATISFIED or PENDING, got status " + status + " and satisfiedBy " + satisfiedBy);
    }
    if (overdueSince.isPresent() != (status == ActivityStatus.OVERDUE)
        || overdueSince.isPresent() && !overdueSince.get().equals(window.latest().plusDays(1))) {
      throw new IllegalArgumentException("overdueSince must be the day after the window "
          + window + " exactly when status is OVERDUE, got status " + status + " and "
          + overdueSince);
    }
    kinds = List.copyOf(kinds);
    reasons = List.copyOf(reasons);
  }

  static boolean hasNull(List<?> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the most likely kind of activity.
   *
   * @return the first of {@link #kinds()}
   */
  public InspectionKind kind() {
    return kinds.get(0);
  }

  /**
   * Tells whether the activity is overdue on the date asked about.
   *
   * @return true when the status is {@link ActivityStatus#OVERDUE}
   */
  public boolean overdue() {
    return status == ActivityStatus.OVERDUE;
  }
}

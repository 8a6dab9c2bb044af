package io.github.ilacs.plan;

import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Invariant checks shared by the plan's value types; each throws InvalidInspectionException. */
final class PlanChecks {
  private PlanChecks() {}

  /** Refuses a null argument of a query method with a message naming it. */
  static <T> T argument(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  static void notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new InvalidInspectionException(Invariant.NOT_BLANK, field, "\"" + value + "\"",
          "must not be blank but was \"" + value + "\"");
    }
  }

  static void notBlank(Optional<String> value, String field) {
    value.ifPresent(v -> notBlank(v, field));
  }

  /** The later date is not before the earlier one. */
  static void notBefore(LocalDate later, String laterField, LocalDate earlier,
      String earlierField) {
    if (later.isBefore(earlier)) {
      throw new InvalidInspectionException(Invariant.PLAN_DATES_IN_ORDER, laterField, later,
          later + " is before " + earlierField + " " + earlier);
    }
  }

  /** Each date is after the one before it. */
  static void strictlyIncreasing(List<LocalDate> dates, String list, String suffix) {
    for (int i = 1; i < dates.size(); i++) {
      if (!dates.get(i).isAfter(dates.get(i - 1))) {
        throw new InvalidInspectionException(Invariant.PLAN_DATES_IN_ORDER,
            list + "[" + i + "]" + suffix, dates.get(i), dates.get(i) + " is not after "
                + list + "[" + (i - 1) + "]" + suffix + " " + dates.get(i - 1)
                + " (one a day, in date order)");
      }
    }
  }

  static void notEmpty(List<?> list, String field, String what) {
    if (list.isEmpty()) {
      throw new InvalidInspectionException(Invariant.PLAN_NOT_EMPTY, field, "[]",
          "is empty; " + what);
    }
  }
}

package io.github.ilacs;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Invariant checks shared by the value types; each throws {@link InvalidInspectionException}. */
final class Checks {
  private Checks() {}

  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidInspectionException(Invariant.REQUIRED, field, null,
          "is required but was null");
    }
    return value;
  }

  static void notBlank(@Nullable String value, String field) {
    required(value, field);
    if (value.length() > Limits.MAX_TEXT_LENGTH) {
      throw new InvalidInspectionException(Invariant.TEXT_LENGTH, field,
          value.length() + " characters", "a text of " + value.length()
              + " characters is longer than " + Limits.MAX_TEXT_LENGTH);
    }
    if (Texts.isBlank(value)) {
      String shown = "\"" + Texts.printable(value) + "\"";
      throw new InvalidInspectionException(Invariant.NOT_BLANK, field, shown,
          "must not be blank but was " + shown);
    }
  }

  static void maxItems(List<?> list, String field) {
    if (list.size() > Limits.MAX_ITEMS) {
      throw new InvalidInspectionException(Invariant.LIST_SIZE, field,
          list.size() + " elements", list.size() + " elements are more than "
              + Limits.MAX_ITEMS);
    }
  }

  static void inRange(@Nullable LocalDate date, String field) {
    required(date, field);
    int year = date.getYear();
    if (year < Limits.FIRST_YEAR || year > Limits.LAST_YEAR) {
      throw new InvalidInspectionException(Invariant.DATE_IN_RANGE, field, date,
          date + " is outside the years " + Limits.FIRST_YEAR + " to " + Limits.LAST_YEAR);
    }
  }

  static void matches(String value, Pattern pattern, Invariant invariant, String field,
      String expected) {
    if (!pattern.matcher(value).matches()) {
      throw new InvalidInspectionException(invariant, field, value,
          "'" + value + "' is not " + expected);
    }
  }
}

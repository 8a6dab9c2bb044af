package io.github.ilacs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value of the vocabulary would break an {@link Invariant}.
 *
 * <p>The message names the invariant's code, the field and the offending value, for example
 * {@code [IV02] end: 2019-10-01 is before start 2019-10-07 (the last on-site day is not before
 * the first)}. The same facts are available as {@link #invariant()}, {@link #field()} and
 * {@link #value()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidInspectionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final Pattern MISSING = Pattern.compile("\\[([^\\]]*)\\]");

  /** The invariant broken. */
  private final Invariant invariant;
  /** The field, as named in the builder or the JSON form. */
  private final String field;
  /** The offending value as text; "null" when it was missing. */
  private final String value;
  /** The explanation naming the values involved, without code, field or description. */
  private final String detail;

  /**
   * Creates an exception for a broken invariant.
   *
   * @param invariant the invariant broken, not null
   * @param field the field that holds the offending value, not null
   * @param value the offending value, may be null (shown as {@code null})
   * @param detail a short explanation naming the values involved, not null
   * @throws IllegalArgumentException when {@code invariant}, {@code field} or {@code detail} is
   *     null
   */
  public InvalidInspectionException(
      Invariant invariant, String field, @Nullable Object value, String detail) {
    super(format(argument(invariant, "invariant"), argument(field, "field"),
        argument(detail, "detail")));
    this.invariant = invariant;
    this.field = field;
    this.value = String.valueOf(value);
    this.detail = detail;
  }

  /** Refuses a null argument as the null policy says, before the message is built. */
  private static <T> T argument(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + ": is required but was null");
    }
    return value;
  }

  /**
   * Creates an exception for a missing or null value. The generated builders call this
   * constructor with either the attribute name or their own message listing the missing
   * attributes in brackets; both are turned into an {@link Invariant#REQUIRED} report.
   *
   * @param message an attribute name, or a message that lists attribute names in brackets
   */
  public InvalidInspectionException(String message) {
    this(Invariant.REQUIRED, missingField(message), null, "is required but was missing or null");
  }

  private static String missingField(@Nullable String message) {
    if (message == null) {
      return "unknown";
    }
    Matcher m = MISSING.matcher(message);
    if (m.find()) {
      return m.group(1).replace(" ", "");
    }
    String field = message.trim();
    if (field.endsWith(" element")) {
      return field.substring(0, field.length() - " element".length()) + "[]";
    }
    return field.isEmpty() ? "unknown" : field;
  }

  private static String format(Invariant invariant, String field, String detail) {
    return "[" + invariant.code() + "] " + field + ": " + detail
        + " (" + invariant.description() + ")";
  }

  /**
   * Returns the invariant broken.
   *
   * @return the invariant, never null
   */
  public Invariant invariant() {
    return invariant;
  }

  /**
   * Returns the stable code of the invariant broken, such as {@code IV02}.
   *
   * @return the code, never null
   */
  public String code() {
    return invariant.code();
  }

  /**
   * Returns the field that holds the offending value, such as {@code end} or
   * {@code authority.code}; several missing fields are listed with commas.
   *
   * @return the field, never null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the explanation naming the values involved, such as
   * {@code 2019-10-01 is before start 2019-10-07}: the message without the code, the field and
   * the invariant's description.
   *
   * @return the detail, never null
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the offending value as text, or {@code "null"} when it was missing.
   *
   * @return the value, never null
   */
  public String value() {
    return value;
  }
}

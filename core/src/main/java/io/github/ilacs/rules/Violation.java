package io.github.ilacs.rules;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule: the rule, where in the record it is broken and what was found.
 *
 * <p>The path is JSON-pointer style, naming the field in the library's JSON form, such as
 * {@code /judgements/2/grade} for an inspection or {@code /inspections/3/start} for a history;
 * the empty path means the record as a whole. The message is plain English and names the values
 * involved (dates, grades, areas, the framework). Immutable and thread-safe.
 *
 * @param rule the rule broken, not null
 * @param path where it is broken: empty or starting with {@code /}
 * @param message what was found, not blank
 */
public record Violation(Rule rule, String path, String message) {
  /**
   * Creates a violation.
   *
   * @param rule the rule broken, not null
   * @param path where it is broken: empty or starting with {@code /}, not null
   * @param message what was found, not blank
   * @throws IllegalArgumentException when a value is null, the path neither is empty nor starts
   *     with {@code /}, or the message is blank
   */
  public Violation {
    required(rule, "rule");
    required(path, "path");
    required(message, "message");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "path: '" + path + "' is not a JSON pointer (empty, or starting with '/')");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message: must not be blank but was \"" + message + "\"");
    }
  }

  private static void required(@Nullable Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required but was null");
    }
  }

  /**
   * Returns the severity of the rule broken.
   *
   * @return {@code rule().severity()}
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns the code of the rule broken, such as {@code R201}.
   *
   * @return {@code rule().code()}
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the violation prefixed by a path, as a history reports the violations of one of
   * its inspections.
   *
   * @param prefix a JSON pointer such as {@code /inspections/3}, empty or starting with
   *     {@code /}
   * @return a violation with the same rule and message and the path {@code prefix + path()}
   * @throws IllegalArgumentException when the prefix is not a JSON pointer
   */
  public Violation under(String prefix) {
    return new Violation(rule, prefix + path, message);
  }

  /**
   * Returns the violation in one line: severity, code, path (or {@code /} for the whole
   * record) and message, such as
   * {@code ERROR R201 /judgements: ILACS_2023 STANDARD_INSPECTION does not grade CARE_LEAVERS}.
   *
   * @return the line, never null
   */
  @Override
  public String toString() {
    return severity() + " " + code() + " " + (path.isEmpty() ? "/" : path) + ": " + message;
  }
}

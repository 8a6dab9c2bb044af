package io.github.ilacs.plan;

import io.github.ilacs.rules.Severity;

/**
 * One broken plan rule: the rule, where in the plan it is broken and what was found.
 *
 * <p>The path is a JSON pointer into the plan's JSON form, such as {@code /actions/2/due} or
 * {@code /answers/0/findings/3}; the empty path means the plan as a whole. Immutable and
 * thread-safe.
 *
 * @param rule the rule broken, not null
 * @param path where it is broken: empty or starting with {@code /}
 * @param message what was found, naming the values involved, not blank
 */
public record PlanViolation(PlanRule rule, String path, String message) {
  /**
   * Creates a violation.
   *
   * @param rule the rule broken, not null
   * @param path where it is broken: empty or starting with {@code /}, not null
   * @param message what was found, not blank
   * @throws IllegalArgumentException when a value is null, the path is not a JSON pointer or
   *     the message is blank
   */
  public PlanViolation {
    if (rule == null || path == null || message == null) {
      throw new IllegalArgumentException("rule, path and message must not be null");
    }
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "path: '" + path + "' is not a JSON pointer (empty, or starting with '/')");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message: must not be blank");
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
   * Returns the code of the rule broken, such as {@code R701}.
   *
   * @return {@code rule().code()}
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the violation in one line: severity, code, path (or {@code /}) and message.
   *
   * @return the line, never null
   */
  @Override
  public String toString() {
    return severity() + " " + code() + " " + (path.isEmpty() ? "/" : path) + ": " + message;
  }
}

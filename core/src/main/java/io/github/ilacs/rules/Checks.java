package io.github.ilacs.rules;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;

/** The shapes of a rule's checking logic; the catalogue ({@link Rule}) binds each to a rule. */
final class Checks {
  private Checks() {}

  /** Receives the violations one rule finds, as a path and a message. */
  @FunctionalInterface
  interface Sink {
    /**
     * Reports one violation.
     *
     * @param path the JSON pointer, empty or starting with {@code /}
     * @param message the message naming the values involved
     */
    void report(String path, String message);
  }

  /** Checks one inspection against one rule. */
  @FunctionalInterface
  interface InspectionCheck {
    /**
     * Reports every place where the inspection breaks the rule.
     *
     * @param inspection the inspection
     * @param out where to report
     */
    void check(Inspection inspection, Sink out);
  }

  /** Checks a history against one rule that looks across its inspections. */
  @FunctionalInterface
  interface HistoryCheck {
    /**
     * Reports every place where the history breaks the rule.
     *
     * @param history the history
     * @param out where to report
     */
    void check(InspectionHistory history, Sink out);
  }
}

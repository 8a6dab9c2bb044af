package io.github.ilacs.plan;

import io.github.ilacs.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@link PlanValidator} found: every broken plan rule, in catalogue order, then in the
 * order of the plan.
 *
 * <p>Immutable and thread-safe.
 *
 * @param violations the violations, in order
 */
public record PlanReport(List<PlanViolation> violations) {
  /**
   * Creates a report.
   *
   * @param violations the violations, none null
   * @throws IllegalArgumentException when the list or an element is null
   */
  public PlanReport {
    if (violations == null || violations.stream().anyMatch(v -> v == null)) {
      throw new IllegalArgumentException("violations must not be or contain null");
    }
    violations = List.copyOf(violations);
  }

  /**
   * Returns the violations of rules of severity {@link Severity#ERROR}.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<PlanViolation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /**
   * Returns the violations of rules of severity {@link Severity#WARNING}.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<PlanViolation> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /**
   * Returns the violations of one rule.
   *
   * @param rule the rule, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<PlanViolation> violationsOf(PlanRule rule) {
    return violations.stream().filter(v -> v.rule() == rule).toList();
  }

  /**
   * Tells whether a rule of severity {@link Severity#ERROR} is broken.
   *
   * @return true when there is at least one error
   */
  public boolean hasErrors() {
    return !errors().isEmpty();
  }

  /**
   * Tells whether no rule is broken, not even a warning.
   *
   * @return true when there is no violation
   */
  public boolean isClean() {
    return violations.isEmpty();
  }

  private List<PlanViolation> withSeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).toList();
  }

  /**
   * Returns one line per violation, or {@code no violations}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return violations.isEmpty() ? "no violations"
        : violations.stream().map(PlanViolation::toString).collect(Collectors.joining("\n"));
  }
}

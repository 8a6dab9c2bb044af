package io.github.ilacs.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Validator} found: every broken rule at once, in a stable order.
 *
 * <p>Violations are sorted by path (segment by segment, numbers numerically, so
 * {@code /inspections/2} comes before {@code /inspections/10}), then by rule code, then by
 * message; the same record always gives the same report. {@link #toString()} prints one line
 * per violation. Immutable and thread-safe.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of(), Map.of());

  /** The stable order of violations. */
  static final Comparator<Violation> ORDER = Comparator
      .comparing(Violation::path, ValidationReport::comparePaths)
      .thenComparing(Violation::code)
      .thenComparing(Violation::message);

  private final List<Violation> violations;
  private final Map<Rule, Integer> omitted;

  private ValidationReport(List<Violation> sorted, Map<Rule, Integer> omitted) {
    this.violations = sorted;
    this.omitted = omitted;
  }

  /**
   * Creates a report of violations, sorting them into the stable order.
   *
   * @param violations the violations, none null
   * @return the report
   * @throws IllegalArgumentException when the collection or one of its elements is null
   */
  public static ValidationReport of(Collection<Violation> violations) {
    if (violations == null) {
      throw new IllegalArgumentException("violations: is required but was null");
    }
    List<Violation> sorted = new ArrayList<>(violations.size());
    for (@Nullable Violation v : violations) {
      if (v == null) {
        throw new IllegalArgumentException("violations: contains null");
      }
      sorted.add(v);
    }
    if (sorted.isEmpty()) {
      return EMPTY;
    }
    sorted.sort(ORDER);
    return new ValidationReport(List.copyOf(sorted), Map.of());
  }

  /** A report of the listed violations and the count of those left out, per rule. */
  static ValidationReport of(Collection<Violation> listed, Map<Rule, Integer> omitted) {
    ValidationReport report = of(listed);
    if (omitted.isEmpty()) {
      return report;
    }
    return new ValidationReport(report.violations,
        Collections.unmodifiableMap(new EnumMap<>(omitted)));
  }

  /**
   * Returns a report with no violations.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns every violation, in the stable order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns, for each rule that broke more than {@link Validator#MAX_VIOLATIONS_PER_RULE} times,
   * how many of its violations the report does not list.
   *
   * @return an unmodifiable map in catalogue order, empty when every violation is listed
   */
  public Map<Rule, Integer> omitted() {
    return omitted;
  }

  /**
   * Returns the violations of rules whose severity is {@link Severity#ERROR}, in order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /**
   * Returns the violations of rules whose severity is {@link Severity#WARNING}, in order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Violation> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /**
   * Returns the violations of one rule, in order.
   *
   * @param rule the rule, not null
   * @return an unmodifiable list, possibly empty
   * @throws IllegalArgumentException when {@code rule} is null
   */
  public List<Violation> violationsOf(Rule rule) {
    if (rule == null) {
      throw new IllegalArgumentException("rule: is required but was null");
    }
    return violations.stream().filter(v -> v.rule() == rule)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether any rule of severity {@link Severity#ERROR} is broken.
   *
   * @return true when there is at least one error
   */
  public boolean hasErrors() {
    return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Tells whether no rule at all is broken, not even a warning.
   *
   * @return true when the report is empty
   */
  public boolean hasNoViolations() {
    return violations.isEmpty();
  }

  private List<Violation> withSeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Compares two reports by their violations.
   *
   * @param other the object to compare with, may be null
   * @return true when the other is a report with equal violations in the same order and the
   *     same counts of violations not listed
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ValidationReport r && r.violations.equals(violations)
        && r.omitted.equals(omitted);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the violations and the counts not listed
   */
  @Override
  public int hashCode() {
    return violations.hashCode() * 31 + omitted.hashCode();
  }

  /**
   * Returns the report as text: one line per violation, in order, as
   * {@link Violation#toString()} prints it, then for each rule with violations not listed a
   * closing line such as {@code ERROR R603: and 9899 more violations of R603 not listed (at most
   * 100 per rule)}; or {@code no violations} for an empty report.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no violations";
    }
    StringBuilder text = new StringBuilder(
        violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    omitted.forEach((rule, count) -> text.append('\n').append(rule.severity()).append(' ')
        .append(rule.code()).append(": and ").append(count).append(" more violations of ")
        .append(rule.code()).append(" not listed (at most ")
        .append(Validator.MAX_VIOLATIONS_PER_RULE).append(" per rule)"));
    return text.toString();
  }

  /** Compares JSON pointers segment by segment, numeric segments as numbers. */
  static int comparePaths(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int n = 0; n < Math.min(x.length, y.length); n++) {
      int c = compareSegments(x[n], y[n]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareSegments(String a, String b) {
    boolean an = isNumber(a);
    boolean bn = isNumber(b);
    if (an && bn) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    if (an != bn) {
      return an ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9')
        && (s.length() == 1 || s.charAt(0) != '0');
  }
}

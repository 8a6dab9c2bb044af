package io.github.ilacs.rules;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks inspections and histories against a chosen set of {@link Rule}s and reports every
 * broken rule at once, without throwing for any of them.
 *
 * <p>{@link #defaults()} checks every rule of the catalogue; {@link #of(Set)},
 * {@link #only(Rule...)} and {@link #allExcept(Rule...)} choose a subset. A rule runs on an
 * inspection only when it applies to the inspection's framework ({@link Rule#frameworks()}).
 * A report lists at most {@value #MAX_VIOLATIONS_PER_RULE} violations of each rule, the first
 * found (in the order of the history's inspections, then the history rules), and counts the
 * others. Every check runs in O(n log n) time or better in the number of inspections.
 * Immutable and thread-safe; a validator can be shared.
 *
 * <pre>{@code
 * ValidationReport report = Validator.defaults().validate(inspection);
 * if (report.hasErrors()) {
 *   System.out.println(report);
 * }
 * }</pre>
 */
public final class Validator {
  /**
   * The most violations of one rule a report lists; the rest are counted in {@link
   * ValidationReport#omitted()}, so a hostile history gives a report of bounded size.
   */
  public static final int MAX_VIOLATIONS_PER_RULE = 100;

  private static final Validator DEFAULTS = new Validator(EnumSet.allOf(Rule.class));

  private final Set<Rule> rules;

  private Validator(EnumSet<Rule> rules) {
    this.rules = Collections.unmodifiableSet(rules);
  }

  /**
   * Returns a validator that checks every rule of the catalogue.
   *
   * @return the validator
   */
  public static Validator defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a validator that checks the given rules.
   *
   * @param rules the rules, none null; may be empty (the validator then reports nothing)
   * @return the validator
   * @throws IllegalArgumentException when the set or one of its elements is null
   */
  public static Validator of(Set<Rule> rules) {
    return new Validator(copy(rules, "rules"));
  }

  /**
   * Returns a validator that checks only the given rules.
   *
   * @param rules the rules, none null
   * @return the validator
   * @throws IllegalArgumentException when the array or one of its elements is null
   */
  public static Validator only(Rule... rules) {
    return new Validator(copy(rules == null ? null : Arrays.asList(rules), "rules"));
  }

  /**
   * Returns a validator that checks every rule except the given ones.
   *
   * @param excluded the rules to leave out, none null
   * @return the validator
   * @throws IllegalArgumentException when the array or one of its elements is null
   */
  public static Validator allExcept(Rule... excluded) {
    EnumSet<Rule> set = EnumSet.allOf(Rule.class);
    set.removeAll(copy(excluded == null ? null : Arrays.asList(excluded), "excluded"));
    return new Validator(set);
  }

  private static EnumSet<Rule> copy(@Nullable Collection<Rule> rules, String name) {
    if (rules == null) {
      throw new IllegalArgumentException(name + ": is required but was null");
    }
    EnumSet<Rule> set = EnumSet.noneOf(Rule.class);
    for (@Nullable Rule r : rules) {
      if (r == null) {
        throw new IllegalArgumentException(name + ": contains null");
      }
      set.add(r);
    }
    return set;
  }

  /**
   * Returns the rules this validator checks, in catalogue order.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<Rule> rules() {
    return rules;
  }

  /**
   * Checks one inspection against the rules that look at a single inspection.
   *
   * @param inspection the inspection, not null
   * @return the report, with paths relative to the inspection (such as {@code /judgements/2})
   * @throws IllegalArgumentException when the inspection is null
   */
  public ValidationReport validate(Inspection inspection) {
    if (inspection == null) {
      throw new IllegalArgumentException("inspection: is required but was null");
    }
    Found found = new Found();
    collect(inspection, "", found);
    return found.report();
  }

  /**
   * Checks a history: each inspection against the rules that look at one inspection, with
   * paths prefixed by {@code /inspections/N} (N its index in
   * {@link InspectionHistory#inspections()}), and the history against the rules that look
   * across inspections.
   *
   * @param history the history, not null
   * @return the report
   * @throws IllegalArgumentException when the history is null
   */
  public ValidationReport validate(InspectionHistory history) {
    if (history == null) {
      throw new IllegalArgumentException("history: is required but was null");
    }
    Found found = new Found();
    List<Inspection> inspections = history.inspections();
    for (int n = 0; n < inspections.size(); n++) {
      collect(inspections.get(n), "/inspections/" + n, found);
    }
    for (Rule rule : rules) {
      rule.check(history, (path, message) -> found.add(rule, path, message));
    }
    return found.report();
  }

  private void collect(Inspection inspection, String prefix, Found found) {
    for (Rule rule : rules) {
      rule.check(inspection, (path, message) -> found.add(rule, prefix + path, message));
    }
  }

  /** The violations found so far, at most {@link #MAX_VIOLATIONS_PER_RULE} per rule. */
  private static final class Found {
    private final List<Violation> listed = new ArrayList<>();
    private final Map<Rule, Integer> counts = new EnumMap<>(Rule.class);

    void add(Rule rule, String path, String message) {
      int count = counts.merge(rule, 1, Integer::sum);
      if (count <= MAX_VIOLATIONS_PER_RULE) {
        listed.add(new Violation(rule, path, message));
      }
    }

    ValidationReport report() {
      Map<Rule, Integer> omitted = new EnumMap<>(Rule.class);
      counts.forEach((rule, count) -> {
        if (count > MAX_VIOLATIONS_PER_RULE) {
          omitted.put(rule, count - MAX_VIOLATIONS_PER_RULE);
        }
      });
      return ValidationReport.of(listed, omitted);
    }
  }

  /**
   * Describes the validator by the codes of its rules.
   *
   * @return text such as {@code Validator[R101, R102]}
   */
  @Override
  public String toString() {
    return "Validator[" + Rule.codes(rules) + "]";
  }
}

package io.github.ilacs.plan;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.PathwayPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks improvement plans against the {@link PlanRule} catalogue and reports what it finds.
 *
 * <p>{@link #defaults()} checks every rule; {@link #only(PlanRule...)} a subset. Deadlines and
 * the next inspection's window come from the pathway under a {@link PathwayPolicy}
 * ({@link #withPolicy(PathwayPolicy)}; {@link PathwayPolicy#defaults()} unless set). Immutable
 * and thread-safe.
 */
public final class PlanValidator {
  private final Set<PlanRule> rules;
  private final PathwayPolicy policy;

  private PlanValidator(Set<PlanRule> rules, PathwayPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * Returns a validator that checks every rule under the default pathway policy.
   *
   * @return the validator
   */
  public static PlanValidator defaults() {
    return new PlanValidator(EnumSet.allOf(PlanRule.class), PathwayPolicy.defaults());
  }

  /**
   * Returns a validator that checks only the rules given.
   *
   * @param rules the rules, none null
   * @return the validator
   * @throws IllegalArgumentException when the array or an element is null
   */
  public static PlanValidator only(PlanRule... rules) {
    if (rules == null || Arrays.asList(rules).contains(null)) {
      throw new IllegalArgumentException("rules must not be or contain null");
    }
    EnumSet<PlanRule> set = EnumSet.noneOf(PlanRule.class);
    set.addAll(Arrays.asList(rules));
    return new PlanValidator(set, PathwayPolicy.defaults());
  }

  /**
   * Returns a validator with the same rules under another pathway policy.
   *
   * @param policy the policy, not null
   * @return the validator
   * @throws IllegalArgumentException when {@code policy} is null
   */
  public PlanValidator withPolicy(PathwayPolicy policy) {
    if (policy == null) {
      throw new IllegalArgumentException("policy must not be null");
    }
    return new PlanValidator(rules, policy);
  }

  /**
   * Checks a plan on its own: the next inspection's window is forecast from the inspections
   * the plan answers.
   *
   * @param plan the plan, not null
   * @return the report, never null
   * @throws IllegalArgumentException when {@code plan} is null, or the pathway cannot answer
   *     for the answered inspections (see {@link io.github.ilacs.pathway.InspectionPathway})
   */
  public PlanReport validate(ImprovementPlan plan) {
    return check(Context.of(plan, Optional.empty(), policy));
  }

  /**
   * Checks a plan against the authority's history, from which the next inspection's window is
   * forecast (the plan's answered inspections are added where the history lacks them).
   *
   * @param plan the plan, not null
   * @param history the authority's history, not null
   * @return the report, never null
   * @throws IllegalArgumentException when a value is null or the pathway cannot answer
   * @throws io.github.ilacs.InvalidInspectionException ({@code IV23}) when the history is of
   *     another authority
   */
  public PlanReport validate(ImprovementPlan plan, InspectionHistory history) {
    if (history == null) {
      throw new IllegalArgumentException("history must not be null");
    }
    return check(Context.of(plan, Optional.of(history), policy));
  }

  private PlanReport check(Context context) {
    List<PlanViolation> out = new ArrayList<>();
    for (PlanRule rule : rules) {
      rule.check(context, out::add);
    }
    return new PlanReport(out);
  }
}

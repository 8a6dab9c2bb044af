package io.github.ilacs.plan;

import static io.github.ilacs.rules.Severity.ERROR;
import static io.github.ilacs.rules.Severity.WARNING;

import io.github.ilacs.rules.Severity;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalogue of improvement plan rules: one constant per rule, with its stable code, its
 * {@link Severity} and a one-line description. {@link PlanValidator} checks them.
 *
 * <p>Codes {@code R7xx} belong to plans; a code never changes meaning and is never reused. A
 * rule is an ERROR when the plan does not do what a plan must (answer every finding, date a
 * completed action), a WARNING when the record shows something late or unexplained that may
 * still be right (a late submission, a missed report). Deadlines are those the pathway
 * computes ({@link io.github.ilacs.pathway.Deadline#following}). See {@code docs/plans.md}.
 */
public enum PlanRule {
  /** R701: every area for priority action of an answered inspection has an action. */
  PRIORITY_ACTIONS_ANSWERED("R701", ERROR,
      "Every area for priority action of an answered inspection has at least one action.",
      (c, out) -> PlanRules.answered(c, out, true)),
  /** R702: every other finding needing improvement of an answered inspection has an action. */
  FINDINGS_ANSWERED("R702", ERROR,
      "Every area for improvement (or other finding needing improvement) of an answered"
          + " inspection has at least one action.",
      (c, out) -> PlanRules.answered(c, out, false)),
  /** R703: the plan reached Ofsted by the action plan deadline the pathway computes. */
  SUBMITTED_BY_DEADLINE("R703", WARNING,
      "The plan reached Ofsted by its deadline (70 working days after the report, as the"
          + " pathway counts).",
      PlanRules::submittedByDeadline),
  /** R704: after areas for priority action, a draft reached Ofsted by the early deadline. */
  EARLY_DRAFT_BY_DEADLINE("R704", WARNING,
      "After areas for priority action, a draft reached Ofsted within 20 working days of the"
          + " letter.",
      PlanRules::earlyDraftByDeadline),
  /** R705: no action is due after the next full inspection's window closes without a reason. */
  DUE_WITHIN_NEXT_INSPECTION_WINDOW("R705", WARNING,
      "No action is due after the next full inspection's window closes unless it says why.",
      PlanRules::dueWithinWindow),
  /** R706: progress reports arrive at the promised cadence from the submission. */
  PROGRESS_AT_CADENCE("R706", WARNING,
      "Progress reports follow the promised cadence from the submission.",
      PlanRules::progressAtCadence),
  /** R707: an action whose latest update says complete has a completion date. */
  COMPLETED_ACTION_DATED("R707", ERROR, "An action marked complete has a completion date.",
      PlanRules::completedActionDated);

  private final String code;
  private final Severity severity;
  private final String description;
  private final PlanRules.Check check;

  PlanRule(String code, Severity severity, String description, PlanRules.Check check) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.check = check;
  }

  /** Runs the rule's check, turning what it reports into violations of this rule. */
  void check(Context context, Consumer<PlanViolation> out) {
    check.check(context, (path, message) -> out.accept(new PlanViolation(this, path, message)));
  }

  /**
   * Returns the stable code, such as {@code R701}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns how serious breaking the rule is.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns what the rule checks, in one line.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * Finds a rule by its code, ignoring case and surrounding spaces.
   *
   * @param code the code, such as {@code R703}, not null
   * @return the rule, or empty when no plan rule has that code
   * @throws IllegalArgumentException when {@code code} is null
   */
  public static Optional<PlanRule> find(String code) {
    if (code == null) {
      throw new IllegalArgumentException("code must not be null");
    }
    String c = code.trim();
    return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(c)).findFirst();
  }
}

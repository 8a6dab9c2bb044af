package io.github.ilacs.plan;

import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One action of an improvement plan: the findings it answers, what will be done, the role that
 * owns it, its due date and milestones, its dated progress updates and, once done, its
 * completion date.
 *
 * <p>Built with {@link #builder()}. {@code build()} checks the invariants: a non-blank
 * identifier, description and owner; at least one finding answered, none twice; no milestone
 * due after the action; updates in date order, one per day. Whether every finding has an
 * action, or a completed action has a completion date, is a {@link PlanRule}, reported rather
 * than thrown. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Action {
  Action() {}

  /**
   * Returns the action's identifier within its plan, such as {@code A1}; never blank.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * Returns the findings the action answers, at least one, each once.
   *
   * @return an unmodifiable list
   */
  public abstract List<FindingRef> answers();

  /**
   * Returns what will be done, never blank.
   *
   * @return the description
   */
  public abstract String what();

  /**
   * Returns the role that owns the action (a post, not a person), never blank.
   *
   * @return the owner
   */
  public abstract String owner();

  /**
   * Returns the day by which the action is to be complete.
   *
   * @return the date, never null
   */
  public abstract LocalDate due();

  /**
   * Returns why the action is due when it is, where the plan says; required by rule
   * {@link PlanRule#DUE_WITHIN_NEXT_INSPECTION_WINDOW} for an action due after the next full
   * inspection's window closes.
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> dueReason();

  /**
   * Returns the milestones, none due after the action.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<Milestone> milestones();

  /**
   * Returns the progress updates in date order, at most one per day.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<ProgressUpdate> updates();

  /**
   * Returns the day the action was completed, where it has been.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> completed();

  /**
   * Returns the latest update dated on or before a day.
   *
   * @param asOf the day, not null
   * @return the update, or empty when none was made by then
   * @throws IllegalArgumentException when {@code asOf} is null
   */
  public Optional<ProgressUpdate> latestUpdate(LocalDate asOf) {
    PlanChecks.argument(asOf, "asOf");
    ProgressUpdate latest = null;
    for (ProgressUpdate u : updates()) {
      if (!u.date().isAfter(asOf)) {
        latest = u;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the action's status on a day: {@link ProgressStatus#COMPLETE} once its completion
   * date has come, otherwise the status of the latest update by then, otherwise
   * {@link ProgressStatus#NOT_STARTED}.
   *
   * @param asOf the day, not null
   * @return the status, never null
   * @throws IllegalArgumentException when {@code asOf} is null
   */
  public ProgressStatus statusOn(LocalDate asOf) {
    PlanChecks.argument(asOf, "asOf");
    if (completed().isPresent() && !completed().get().isAfter(asOf)) {
      return ProgressStatus.COMPLETE;
    }
    return latestUpdate(asOf).map(ProgressUpdate::status).orElse(ProgressStatus.NOT_STARTED);
  }

  /**
   * Returns the day the action counts as complete from, when it is complete on a day: its
   * completion date, or else the date of the update that marked it complete.
   *
   * @param asOf the day, not null
   * @return the day, or empty when the action is not complete on {@code asOf}
   * @throws IllegalArgumentException when {@code asOf} is null
   */
  public Optional<LocalDate> completeSince(LocalDate asOf) {
    if (statusOn(asOf) != ProgressStatus.COMPLETE) {
      return Optional.empty();
    }
    if (completed().isPresent() && !completed().get().isAfter(asOf)) {
      return completed();
    }
    return latestUpdate(asOf).map(ProgressUpdate::date);
  }

  @Value.Check
  void check() {
    PlanChecks.notBlank(id(), "id");
    PlanChecks.notBlank(what(), "what");
    PlanChecks.notBlank(owner(), "owner");
    PlanChecks.notBlank(dueReason(), "dueReason");
    PlanChecks.notEmpty(answers(), "answers", "an action answers at least one finding");
    Set<FindingRef> seen = new HashSet<>();
    for (int i = 0; i < answers().size(); i++) {
      if (!seen.add(answers().get(i))) {
        throw new InvalidInspectionException(Invariant.PLAN_UNIQUE, "answers[" + i + "]",
            answers().get(i), answers().get(i) + " is listed twice");
      }
    }
    for (int i = 0; i < milestones().size(); i++) {
      if (milestones().get(i).due().isAfter(due())) {
        throw new InvalidInspectionException(Invariant.PLAN_DATES_IN_ORDER,
            "milestones[" + i + "].due", milestones().get(i).due(), milestones().get(i).due()
                + " is after the action's due date " + due());
      }
    }
    PlanChecks.strictlyIncreasing(updates().stream().map(ProgressUpdate::date).toList(),
        "updates", ".date");
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Action}; {@code build()} throws {@link InvalidInspectionException} naming
   * the code, field and value of the first invariant broken. Setters and adders throw it for a
   * null value or element.
   */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}

package io.github.ilacs.plan;

import io.github.ilacs.Inspection;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An authority's improvement plan (written statement of action): the inspections and letters
 * it answers, when it was drafted, submitted to Ofsted and revised, its actions, the progress
 * reports it promised and those made.
 *
 * <p>The plan holds the inspections it answers, so that every {@link FindingRef} of its actions
 * can be checked against a real finding and the plan read on its own. Built with
 * {@link #builder()}; {@code build()} checks the invariants ({@code IV20}-{@code IV25} and the
 * general ones): at least one inspection answered, each once and all of the plan's authority;
 * {@code submitted} not before {@code drafted}, {@code revised} only after a submission and not
 * before it; progress reports in date order, none before the submission; action identifiers
 * unique; every finding an action answers present in an answered inspection. Whether the plan
 * was on time, answers every finding or reported at its cadence are {@link PlanRule}s, reported
 * by {@link PlanValidator}. See {@code docs/plans.md} for the user's guide. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ImprovementPlan {
  ImprovementPlan() {}

  /**
   * Returns the authority whose plan this is.
   *
   * @return the authority, never null
   */
  public abstract LocalAuthority authority();

  /**
   * Returns the inspections and letters the plan answers, at least one.
   *
   * @return an unmodifiable list
   */
  public abstract List<Inspection> answers();

  /**
   * Returns the day a draft was ready; after a focused visit naming areas for priority action,
   * the day the early draft went to Ofsted.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> drafted();

  /**
   * Returns the day the plan was submitted to Ofsted.
   *
   * @return the date, or empty when no submission is recorded
   */
  public abstract Optional<LocalDate> submitted();

  /**
   * Returns the day Ofsted was told of a revision of the plan, where there is one.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> revised();

  /**
   * Returns how often and to whom the plan promised progress reports.
   *
   * @return the cadence, or empty when the plan promised none
   */
  public abstract Optional<ReportingCadence> cadence();

  /**
   * Returns the days progress reports were made, in date order, none before the submission.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<LocalDate> progressReports();

  /**
   * Returns the actions, each with a unique identifier.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<Action> actions();

  /**
   * Returns a note on the record, such as where it goes beyond its source.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the document the record's facts come from.
   *
   * @return the source, or empty
   */
  public abstract Optional<Source> source();

  /**
   * Returns the answered inspection a reference names.
   *
   * @param ref the reference, not null
   * @return the inspection, or empty when the plan answers none of that kind and first day
   * @throws IllegalArgumentException when {@code ref} is null
   */
  public Optional<Inspection> inspection(FindingRef ref) {
    PlanChecks.argument(ref, "ref");
    return answers().stream().filter(ref::isIn).findFirst();
  }

  /**
   * Returns the actions that answer a finding.
   *
   * @param ref the finding, not null
   * @return an unmodifiable list, possibly empty
   * @throws IllegalArgumentException when {@code ref} is null
   */
  public List<Action> actionsFor(FindingRef ref) {
    PlanChecks.argument(ref, "ref");
    return actions().stream().filter(a -> a.answers().contains(ref)).toList();
  }

  /**
   * Returns the action with an identifier.
   *
   * @param id the identifier, not null
   * @return the action, or empty
   * @throws IllegalArgumentException when {@code id} is null
   */
  public Optional<Action> action(String id) {
    PlanChecks.argument(id, "id");
    return actions().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Returns the day the plan as it stood was sent to Ofsted for a report dated on a day: the
   * submission when it is on or after that day, otherwise the revision when it is.
   *
   * @param report the day of the report or letter, not null
   * @return the day, or empty when no submission or revision is recorded after the report
   * @throws IllegalArgumentException when {@code report} is null
   */
  public Optional<LocalDate> sentAfter(LocalDate report) {
    PlanChecks.argument(report, "report");
    for (Optional<LocalDate> d : List.of(submitted(), revised())) {
      if (d.isPresent() && !d.get().isBefore(report)) {
        return d;
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    PlanChecks.notBlank(note(), "note");
    PlanChecks.notEmpty(answers(), "answers", "a plan answers at least one inspection");
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < answers().size(); i++) {
      Inspection a = answers().get(i);
      if (!a.authority().code().equals(authority().code())) {
        throw new InvalidInspectionException(Invariant.PLAN_SAME_AUTHORITY,
            "answers[" + i + "].authority.code", a.authority().code(), "the inspection is of "
                + a.authority().name() + " (" + a.authority().code() + "), the plan of "
                + authority().name() + " (" + authority().code() + ")");
      }
      Integer first = seen.putIfAbsent(a.kind() + " " + a.start(), i);
      if (first != null) {
        throw new InvalidInspectionException(Invariant.PLAN_UNIQUE, "answers[" + i + "]",
            a.kind() + " " + a.start(), a.kind() + " of " + a.start() + " is answered twice, at "
                + "answers[" + first + "] and answers[" + i + "]");
      }
    }
    checkDates();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < actions().size(); i++) {
      Action action = actions().get(i);
      Integer first = ids.putIfAbsent(action.id(), i);
      if (first != null) {
        throw new InvalidInspectionException(Invariant.PLAN_UNIQUE, "actions[" + i + "].id",
            action.id(), "'" + action.id() + "' is the id of actions[" + first + "] too");
      }
      for (int j = 0; j < action.answers().size(); j++) {
        FindingRef ref = action.answers().get(j);
        Optional<Inspection> answered = inspection(ref);
        if (answered.isEmpty() || ref.in(answered.get()).isEmpty()) {
          throw new InvalidInspectionException(Invariant.PLAN_REFERENCE_RESOLVES,
              "actions[" + i + "].answers[" + j + "]", ref, answered.isEmpty()
                  ? "the plan answers no " + ref.inspectionKind() + " begun on "
                      + ref.inspectionStart()
                  : "the " + ref.inspectionKind() + " of " + ref.inspectionStart() + " has "
                      + answered.get().findings().size() + " findings, numbered from 0");
        }
      }
    }
  }

  private void checkDates() {
    if (submitted().isPresent() && drafted().isPresent()) {
      PlanChecks.notBefore(submitted().get(), "submitted", drafted().get(), "drafted");
    }
    if (revised().isPresent()) {
      if (submitted().isEmpty()) {
        throw new InvalidInspectionException(Invariant.REQUIRED, "submitted", null,
            "is required when revised (" + revised().get() + ") is given");
      }
      PlanChecks.notBefore(revised().get(), "revised", submitted().get(), "submitted");
    }
    PlanChecks.strictlyIncreasing(progressReports(), "progressReports", "");
    if (!progressReports().isEmpty()) {
      if (submitted().isEmpty()) {
        throw new InvalidInspectionException(Invariant.REQUIRED, "submitted", null,
            "is required when progress reports are given");
      }
      PlanChecks.notBefore(progressReports().get(0), "progressReports[0]", submitted().get(),
          "submitted");
    }
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
   * Builds an {@link ImprovementPlan}. {@code build()} throws
   * {@link InvalidInspectionException} naming the code, field and value of the first invariant
   * broken; no partly built plan can be observed. Setters and adders throw it for a null value
   * or element.
   */
  public static final class Builder extends ImmutableImprovementPlan.Builder {
    Builder() {}
  }
}

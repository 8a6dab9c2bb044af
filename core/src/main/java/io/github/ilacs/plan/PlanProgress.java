package io.github.ilacs.plan;

import io.github.ilacs.Finding;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.RecurringTheme;
import io.github.ilacs.Theme;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.PathwayPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where an improvement plan stands on a day: the deadlines it answers to, what is overdue,
 * which actions are at risk, which findings have no action, which findings came back in a later
 * inspection although the action answering them was complete, and when the next progress
 * report is due.
 *
 * <p>Only what was known on the day counts: updates, completions and reports dated after it are
 * ignored, and so are later inspections whose letter or report was not yet out. Deadlines come
 * from the pathway ({@link io.github.ilacs.pathway.Deadline#following}). See
 * {@code docs/plans.md}. Immutable and thread-safe.
 */
public final class PlanProgress {
  private final ImprovementPlan plan;
  private final LocalDate asOf;
  private final List<PlanDeadline> deadlines;
  private final List<Overdue> overdue;
  private final List<Action> atRisk;
  private final List<FindingRef> unanswered;
  private final List<Recurrence> recurring;
  private final Optional<LocalDate> nextProgressReport;

  private PlanProgress(Context c, LocalDate asOf) {
    this.plan = c.plan();
    this.asOf = asOf;
    this.deadlines = List.copyOf(deadlines(c, asOf));
    this.nextProgressReport = nextReport(plan, asOf);
    this.overdue = List.copyOf(overdue(plan, asOf, deadlines, nextProgressReport));
    this.atRisk = plan.actions().stream().filter(a -> a.statusOn(asOf).isAtRisk()).toList();
    this.unanswered = List.copyOf(unanswered(plan));
    this.recurring = List.copyOf(recurring(c, asOf));
  }

  /**
   * Answers for a plan on its own as of a day (no later inspection is known, so nothing can
   * recur).
   *
   * @param plan the plan, not null
   * @param asOf the day, within the pathway's supported dates
   * @return the answer, never null
   * @throws IllegalArgumentException when a value is null or the day is out of range
   */
  public static PlanProgress of(ImprovementPlan plan, LocalDate asOf) {
    return answer(Context.of(plan, Optional.empty(), PathwayPolicy.defaults()), asOf);
  }

  /**
   * Answers for a plan as of a day, with the authority's history for later inspections.
   *
   * @param plan the plan, not null
   * @param history the authority's history, not null
   * @param asOf the day, within the pathway's supported dates
   * @return the answer, never null
   * @throws IllegalArgumentException when a value is null or the day is out of range
   * @throws io.github.ilacs.InvalidInspectionException ({@code IV23}) when the history is of
   *     another authority
   */
  public static PlanProgress of(ImprovementPlan plan, InspectionHistory history,
      LocalDate asOf) {
    return of(plan, history, asOf, PathwayPolicy.defaults());
  }

  /**
   * Answers for a plan as of a day, with the authority's history, under a pathway policy.
   *
   * @param plan the plan, not null
   * @param history the authority's history, not null
   * @param asOf the day, within the pathway's supported dates
   * @param policy the policy deadlines are counted under, not null
   * @return the answer, never null
   * @throws IllegalArgumentException when a value is null or the day is out of range
   * @throws io.github.ilacs.InvalidInspectionException ({@code IV23}) when the history is of
   *     another authority
   */
  public static PlanProgress of(ImprovementPlan plan, InspectionHistory history,
      LocalDate asOf, PathwayPolicy policy) {
    if (history == null) {
      throw new IllegalArgumentException("history must not be null");
    }
    return answer(Context.of(plan, Optional.of(history), policy), asOf);
  }

  private static PlanProgress answer(Context c, LocalDate asOf) {
    if (asOf == null) {
      throw new IllegalArgumentException("asOf must not be null");
    }
    return new PlanProgress(c, asOf);
  }

  /**
   * Returns the plan asked about.
   *
   * @return the plan, never null
   */
  public ImprovementPlan plan() {
    return plan;
  }

  /**
   * Returns the day asked about.
   *
   * @return the day, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the plan's deadlines known on the day (the action plan and, after areas for
   * priority action, the early draft), each with the day it was met, in due-date order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<PlanDeadline> deadlines() {
    return deadlines;
  }

  /**
   * Returns what is overdue on the day: a deadline not met, an action not complete, a milestone
   * not reached, a progress report not made, each past its due day; in due-date order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Overdue> overdue() {
    return overdue;
  }

  /**
   * Tells whether anything is overdue on the day.
   *
   * @return true when {@link #overdue()} is not empty
   */
  public boolean isOverdue() {
    return !overdue.isEmpty();
  }

  /**
   * Returns the actions whose status on the day is at risk or off track.
   *
   * @return an unmodifiable list in plan order, possibly empty
   */
  public List<Action> atRisk() {
    return atRisk;
  }

  /**
   * Returns the findings needing improvement of the answered inspections that no action
   * answers.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<FindingRef> unanswered() {
    return unanswered;
  }

  /**
   * Returns the findings whose theme was raised again, in a later inspection whose report was
   * out by the day, after the action answering them was complete; drawn from
   * {@link InspectionHistory#recurringThemes()}.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Recurrence> recurring() {
    return recurring;
  }

  /**
   * Returns the day the next progress report is due: the promised number of months after the
   * latest report made by the day, or after the submission when none was; overdue when it is
   * before the day asked about.
   *
   * @return the day, or empty when the plan promised no reports or was not submitted by then
   */
  public Optional<LocalDate> nextProgressReport() {
    return nextProgressReport;
  }

  private static List<PlanDeadline> deadlines(Context c, LocalDate asOf) {
    List<PlanDeadline> out = new ArrayList<>();
    for (Inspection answered : c.plan().answers()) {
      LocalDate report = Context.reportDay(answered);
      for (Deadline.Kind kind : List.of(Deadline.Kind.EARLY_DRAFT_ACTION_PLAN,
          Deadline.Kind.ACTION_PLAN)) {
        Optional<LocalDate> met = kind == Deadline.Kind.ACTION_PLAN ? c.plan().sentAfter(report)
            : c.draftAfter(report);
        c.deadline(answered, kind, asOf).ifPresent(d -> out.add(new PlanDeadline(answered, d,
            met.filter(m -> !m.isAfter(asOf)))));
      }
    }
    out.sort(Comparator.comparing(d -> d.deadline().due()));
    return out;
  }

  private static Optional<LocalDate> nextReport(ImprovementPlan plan, LocalDate asOf) {
    if (plan.cadence().isEmpty() || plan.submitted().isEmpty()
        || plan.submitted().get().isAfter(asOf)) {
      return Optional.empty();
    }
    LocalDate last = plan.submitted().get();
    for (LocalDate r : plan.progressReports()) {
      if (!r.isAfter(asOf)) {
        last = r;
      }
    }
    return Optional.of(last.plusMonths(plan.cadence().get().months()));
  }

  private static List<Overdue> overdue(ImprovementPlan plan, LocalDate asOf,
      List<PlanDeadline> deadlines, Optional<LocalDate> nextReport) {
    List<Overdue> out = new ArrayList<>();
    for (PlanDeadline d : deadlines) {
      if (d.met().isEmpty() && asOf.isAfter(d.deadline().due())) {
        out.add(new Overdue(d.deadline().kind() == Deadline.Kind.ACTION_PLAN
            ? Overdue.Item.SUBMISSION : Overdue.Item.EARLY_DRAFT,
            "the plan answering the " + d.answers().kind() + " of " + d.answers().start(),
            d.deadline().due()));
      }
    }
    for (Action a : plan.actions()) {
      if (a.statusOn(asOf) == ProgressStatus.COMPLETE) {
        continue;
      }
      if (asOf.isAfter(a.due())) {
        out.add(new Overdue(Overdue.Item.ACTION, a.id(), a.due()));
      }
      for (Milestone m : a.milestones()) {
        boolean reached = m.reached().filter(r -> !r.isAfter(asOf)).isPresent();
        if (!reached && asOf.isAfter(m.due())) {
          out.add(new Overdue(Overdue.Item.MILESTONE, a.id() + ": " + m.what(), m.due()));
        }
      }
    }
    nextReport.filter(asOf::isAfter).ifPresent(due -> out.add(new Overdue(
        Overdue.Item.PROGRESS_REPORT, "progress report to " + plan.cadence().orElseThrow().to(),
        due)));
    out.sort(Comparator.comparing(Overdue::due));
    return out;
  }

  private static List<FindingRef> unanswered(ImprovementPlan plan) {
    List<FindingRef> out = new ArrayList<>();
    for (Inspection answered : plan.answers()) {
      for (int f = 0; f < answered.findings().size(); f++) {
        FindingRef ref = FindingRef.to(answered, f);
        if (PlanRules.needsAction(answered.findings().get(f))
            && plan.actionsFor(ref).isEmpty()) {
          out.add(ref);
        }
      }
    }
    return out;
  }

  private static List<Recurrence> recurring(Context c, LocalDate asOf) {
    List<Inspection> known = c.history().inspections().stream()
        .filter(i -> !Context.reportDay(i).isAfter(asOf)).toList();
    List<Recurrence> out = new ArrayList<>();
    for (RecurringTheme theme : InspectionHistory.of(c.plan().authority(), known)
        .recurringThemes()) {
      for (RecurringTheme.Occurrence earlier : theme.occurrences()) {
        Optional<FindingRef> ref = refTo(c.plan(), earlier);
        if (ref.isEmpty()) {
          continue;
        }
        for (Action action : c.plan().actionsFor(ref.get())) {
          Optional<LocalDate> complete = action.completeSince(asOf);
          if (complete.isEmpty()) {
            continue;
          }
          for (RecurringTheme.Occurrence later : theme.occurrences()) {
            if (later.inspection().start().isAfter(complete.get())
                && !Context.sameActivity(later.inspection(), earlier.inspection())) {
              out.add(new Recurrence(ref.get(), action.id(), complete.get(), theme.theme(),
                  later.inspection(), later.finding()));
            }
          }
        }
      }
    }
    return out;
  }

  /** The reference to an occurrence's finding, when it is in an inspection the plan answers. */
  private static Optional<FindingRef> refTo(ImprovementPlan plan,
      RecurringTheme.Occurrence occurrence) {
    Inspection inspection = occurrence.inspection();
    if (plan.answers().stream().noneMatch(a -> Context.sameActivity(a, inspection))) {
      return Optional.empty();
    }
    for (int f = 0; f < inspection.findings().size(); f++) {
      if (inspection.findings().get(f) == occurrence.finding()) {
        return Optional.of(FindingRef.to(inspection, f));
      }
    }
    return Optional.empty();
  }

  /**
   * A deadline of the plan and the day it was met, if it was by the day asked about.
   *
   * @param answers the inspection or letter the deadline runs from, not null
   * @param deadline the deadline, as the pathway computes it, not null
   * @param met the day a draft or the plan reached Ofsted, or empty
   */
  public record PlanDeadline(Inspection answers, Deadline deadline, Optional<LocalDate> met) {
    /**
     * Checks the values.
     *
     * @param answers the inspection, not null
     * @param deadline the deadline, not null
     * @param met the day it was met, not null (empty when it was not)
     * @throws IllegalArgumentException when a value is null
     */
    public PlanDeadline {
      if (answers == null || deadline == null || met == null) {
        throw new IllegalArgumentException("answers, deadline and met must not be null");
      }
    }

    /**
     * Tells whether the deadline was met late.
     *
     * @return true when it was met after its due day
     */
    public boolean metLate() {
      return met.filter(m -> m.isAfter(deadline.due())).isPresent();
    }
  }

  /**
   * Something overdue: what it is, which one, and the day it was due.
   *
   * @param item what kind of thing is overdue, not null
   * @param what which one: an action's identifier, a milestone, the plan, not blank
   * @param due the day it was due, not null
   */
  public record Overdue(Item item, String what, LocalDate due) {
    /**
     * Checks the values.
     *
     * @param item what kind of thing is overdue, not null
     * @param what which one, not blank
     * @param due the day it was due, not null
     * @throws IllegalArgumentException when a value is null or {@code what} blank
     */
    public Overdue {
      if (item == null || what == null || due == null || what.isBlank()) {
        throw new IllegalArgumentException("item, what and due must be given");
      }
    }

    /** What kind of thing is overdue. */
    public enum Item {
      /** The plan was not submitted by its deadline. */
      SUBMISSION,
      /** No draft reached Ofsted by the early draft deadline. */
      EARLY_DRAFT,
      /** An action is not complete by its due date. */
      ACTION,
      /** A milestone was not reached by its due date. */
      MILESTONE,
      /** The promised progress report was not made. */
      PROGRESS_REPORT
    }
  }

  /**
   * A finding the plan answered whose theme came back in a later inspection after the action
   * answering it was complete.
   *
   * @param answered the finding the plan answered, not null
   * @param action the identifier of the completed action, not null
   * @param completeSince the day the action counts as complete from, not null
   * @param theme the theme raised again, not null
   * @param later the later inspection, not null
   * @param laterFinding the finding of the later inspection that raised it, not null
   */
  public record Recurrence(FindingRef answered, String action, LocalDate completeSince,
      Theme theme, Inspection later, Finding laterFinding) {
    /**
     * Checks the values.
     *
     * @param answered the finding answered, not null
     * @param action the action's identifier, not null
     * @param completeSince the day the action counts as complete from, not null
     * @param theme the theme, not null
     * @param later the later inspection, not null
     * @param laterFinding the later finding, not null
     * @throws IllegalArgumentException when a value is null
     */
    public Recurrence {
      if (answered == null || action == null || completeSince == null || theme == null
          || later == null || laterFinding == null) {
        throw new IllegalArgumentException("no value of a recurrence may be null");
      }
    }
  }
}

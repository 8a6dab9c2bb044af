package io.github.ilacs.pathway;

import io.github.ilacs.Coverage;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.rules.Validator;
import io.github.ilacs.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "when are they coming, and for what?" for one authority as of a date: its
 * {@link Pathway}, the full inspection it rests on, the next full inspection with its window and
 * status, the interim activity, the deadlines running, and the {@link Reason}s behind each
 * answer. The English {@link #explanation()} is rendered from them on first use.
 *
 * <p>A forecast uses only what was known on the date: the pathway rests on the latest full
 * inspection whose report was published by then (its last day on site when no publication date
 * is recorded); a full inspection begun whose report is not out is {@link #pending()} and the
 * next inspection is then {@link ActivityStatus#PENDING}; other activity counts once ended, and
 * pauses once begun. Windows are never moved for being late: an overdue activity keeps its
 * window and says since when it is overdue. Activity the history does not record ({@link
 * InspectionHistory#coverage()}) is {@link ActivityStatus#NOT_KNOWN}, never owed or overdue. A
 * history that breaks validation rules at ERROR level is still answered, and the answer carries
 * those errors ({@link #errors()}). {@code docs/domain.md} describes every rule.
 *
 * <p>Dates asked about must lie between {@link #FIRST_SUPPORTED_DATE} and {@link
 * #LAST_SUPPORTED_DATE}. Immutable and thread-safe; two answers are equal when every part is.
 */
public final class InspectionPathway {
  /** The first date a forecast can be asked for, 1 January 1990. */
  public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(1990, 1, 1);

  /** The last date a forecast can be asked for, 31 December 2199. */
  public static final LocalDate LAST_SUPPORTED_DATE = LocalDate.of(2199, 12, 31);

  private final LocalDate asOf;
  private final InspectionHistory history;
  private final PathwayPolicy policy;
  private final Pathway pathway;
  private final Optional<Inspection> basis;
  private final Optional<Inspection> pending;
  private final ExpectedActivity nextInspection;
  private final Optional<ScheduledWindow> scheduled;
  private final List<ExpectedActivity> interimActivities;
  private final List<Deadline> deadlines;
  private final List<Reason> basisReasons;
  private volatile @Nullable List<Violation> errors;
  private volatile @Nullable String explanation;

  private InspectionPathway(Facts f, ExpectedActivity next, Optional<ScheduledWindow> scheduled,
      List<ExpectedActivity> interim, List<Deadline> deadlines) {
    this.scheduled = scheduled;
    this.asOf = f.asOf;
    this.history = f.history;
    this.policy = f.policy;
    this.pathway = f.pathway;
    this.basis = f.basis;
    this.pending = f.pending;
    this.nextInspection = next;
    this.interimActivities = interim;
    this.deadlines = deadlines;
    this.basisReasons = List.copyOf(f.reasons);
  }

  /**
   * Answers for a history as of a date with {@link PathwayPolicy#defaults()}.
   *
   * @param history the authority's history, not null
   * @param asOf the date of the question, not null
   * @return the answer, never null
   * @throws IllegalArgumentException when an argument is null, {@code asOf} is outside the
   *     supported dates, the full inspection the pathway rests on has no grade, the policy's rule
   *     returns no pathway, or a deadline would be counted outside the calendar's years
   */
  public static InspectionPathway of(InspectionHistory history, LocalDate asOf) {
    return of(history, asOf, PathwayPolicy.defaults());
  }

  /**
   * Answers for a history as of a date under a policy. An authority the built-in directory
   * records as created on a date, with no full inspection yet, has its first inspection forecast
   * from that date ({@link Reason#NEW_AUTHORITY}).
   *
   * @param history the authority's history, not null
   * @param asOf the date of the question, not null
   * @param policy the numbers to use, not null
   * @return the answer, never null
   * @throws IllegalArgumentException as for {@link #of(InspectionHistory, LocalDate)}
   */
  public static InspectionPathway of(InspectionHistory history, LocalDate asOf,
      PathwayPolicy policy) {
    if (history == null || asOf == null || policy == null) {
      throw new IllegalArgumentException((history == null ? "history" : asOf == null ? "asOf"
          : "policy") + ": is required but was null");
    }
    return of(history, asOf, policy, Creation.of(history.authority()));
  }

  /** Answers with a known creation date; the directory lookup is left to the caller. */
  static InspectionPathway of(InspectionHistory history, LocalDate asOf, PathwayPolicy policy,
      Optional<LocalDate> created) {
    if (asOf.isBefore(FIRST_SUPPORTED_DATE) || asOf.isAfter(LAST_SUPPORTED_DATE)) {
      throw new IllegalArgumentException("asOf " + asOf + " is outside the supported dates "
          + FIRST_SUPPORTED_DATE + " to " + LAST_SUPPORTED_DATE);
    }
    Facts f = new Facts(history, asOf, policy, created);
    ExpectedActivity next = NextInspection.of(f);
    List<ExpectedActivity> interim = List.copyOf(InterimSchedule.of(f, next));
    return new InspectionPathway(f, next, Optional.empty(), interim, Deadlines.of(f));
  }

  /**
   * Answers for a history as of the date of a national schedule, under its policy, with the
   * schedule's sharper window of the next full inspection ({@link #scheduled()}, {@link
   * #forecastWindow()}) when the authority is in its queue. Everything else, the status of the
   * next inspection included, is as {@link #of(InspectionHistory, LocalDate, PathwayPolicy)}
   * gives it: the status says where the authority stands against the framework's cycle.
   *
   * @param history the authority's history, not null
   * @param schedule the national schedule, not null
   * @return the answer, never null
   * @throws IllegalArgumentException when an argument is null, or as for {@link
   *     #of(InspectionHistory, LocalDate)}
   */
  public static InspectionPathway of(InspectionHistory history, NationalSchedule schedule) {
    if (history == null || schedule == null) {
      throw new IllegalArgumentException((history == null ? "history" : "schedule")
          + " must not be null");
    }
    InspectionPathway plain = schedule.answerFor(history)
        .orElseGet(() -> of(history, schedule.asOf(), schedule.policy()));
    Optional<ScheduledWindow> s = plain.pending.isPresent() ? Optional.empty()
        : schedule.windowOf(history.authority());
    if (s.isEmpty()) {
      return plain;
    }
    return new InspectionPathway(plain, s);
  }

  private InspectionPathway(InspectionPathway p, Optional<ScheduledWindow> scheduled) {
    this.asOf = p.asOf;
    this.history = p.history;
    this.policy = p.policy;
    this.pathway = p.pathway;
    this.basis = p.basis;
    this.pending = p.pending;
    this.nextInspection = p.nextInspection;
    this.scheduled = scheduled;
    this.interimActivities = p.interimActivities;
    this.deadlines = p.deadlines;
    this.basisReasons = p.basisReasons;
  }

  /** The history the answer comes from. */
  InspectionHistory history() {
    return history;
  }

  /**
   * Returns the date the answer is for.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the authority the answer is about.
   *
   * @return the history's authority, never null
   */
  public LocalAuthority authority() {
    return history.authority();
  }

  /**
   * Returns what the history the answer comes from records.
   *
   * @return the coverage, never null
   */
  public Coverage coverage() {
    return history.coverage();
  }

  /**
   * Returns the policy the answer was worked out under.
   *
   * @return the policy, never null
   */
  public PathwayPolicy policy() {
    return policy;
  }

  /**
   * Returns the authority's pathway.
   *
   * @return the pathway, never null
   */
  public Pathway pathway() {
    return pathway;
  }

  /**
   * Returns the full inspection the pathway rests on.
   *
   * @return the latest full inspection whose report was published by the date, or empty
   */
  public Optional<Inspection> basis() {
    return basis;
  }

  /**
   * Returns the full inspection begun by the date whose report was not yet published: the
   * authority stays on the pathway of {@link #basis()} until it is.
   *
   * @return the pending inspection, or empty when there is none
   */
  public Optional<Inspection> pending() {
    return pending;
  }

  /**
   * Returns the next full inspection expected: its kinds, window as forecast, status and reasons.
   *
   * @return the activity, never null
   */
  public ExpectedActivity nextInspection() {
    return nextInspection;
  }

  /**
   * Returns the window of the next full inspection as forecast: the national schedule's when
   * the answer was asked with one and the authority is in its queue ({@link #scheduled()}),
   * otherwise the framework's plain window {@code nextInspection().window()}. Neither is moved
   * for being overdue.
   *
   * @return the window, never null
   */
  public Window forecastWindow() {
    return scheduled.map(ScheduledWindow::window).orElse(nextInspection.window());
  }

  /**
   * Returns the national schedule's window of the next full inspection and its reasons.
   *
   * @return the window, or empty when the answer was asked without a schedule, the authority
   *     is not in its queue, or a full inspection has begun and awaits its report
   */
  public Optional<ScheduledWindow> scheduled() {
    return scheduled;
  }

  /**
   * Returns the interim activity expected between full inspections: the action planning visit
   * and monitoring visits while inadequate, focused visits or joint targeted area inspections,
   * and the engagement meeting.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<ExpectedActivity> interimActivities() {
    return interimActivities;
  }

  /**
   * Returns the deadlines running from the basis report and from later focused-visit letters
   * with areas for priority action, open or passed.
   *
   * @return an unmodifiable list in due-date order, possibly empty
   */
  public List<Deadline> deadlines() {
    return deadlines;
  }

  /**
   * Tells whether the next inspection or any interim activity is overdue on the date. Activity
   * the history does not cover is never overdue.
   *
   * @return true when any expected activity has status {@link ActivityStatus#OVERDUE}
   */
  public boolean overdue() {
    if (nextInspection.overdue()) {
      return true;
    }
    for (ExpectedActivity a : interimActivities) {
      if (a.overdue()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the reasons behind the pathway itself: which grade set it (or that there is none),
   * a pending inspection, a new authority, what the history covers, and, when the history has
   * validation errors, {@link Reason#HISTORY_HAS_ERRORS}. The reasons of each activity and
   * deadline are on those.
   *
   * @return an unmodifiable list, never null
   */
  public List<Reason> reasons() {
    if (errors().isEmpty()) {
      return basisReasons;
    }
    List<Reason> all = new ArrayList<>(basisReasons);
    all.add(Reason.HISTORY_HAS_ERRORS);
    return List.copyOf(all);
  }

  /**
   * Returns the ERROR-level violations of {@link Validator#defaults()} in the history the answer
   * comes from, worked out on first use. An answer from a history with errors may be wrong.
   *
   * @return an unmodifiable list, empty for a history without errors
   */
  public List<Violation> errors() {
    List<Violation> e = errors;
    if (e == null) {
      e = Validator.defaults().validate(history).errors();
      errors = e;
    }
    return e;
  }

  /**
   * Returns the answer in plain English, one line per part, each naming the codes of its
   * reasons; rendered from the reasons on first use.
   *
   * @return the explanation, never null
   */
  public String explanation() {
    String e = explanation;
    if (e == null) {
      e = Explanation.of(this);
      explanation = e;
    }
    return e;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InspectionPathway p && asOf.equals(p.asOf)
        && authority().equals(p.authority()) && coverage() == p.coverage()
        && policy.equals(p.policy) && pathway == p.pathway && basis.equals(p.basis)
        && pending.equals(p.pending) && nextInspection.equals(p.nextInspection)
        && scheduled.equals(p.scheduled)
        && interimActivities.equals(p.interimActivities) && deadlines.equals(p.deadlines)
        && basisReasons.equals(p.basisReasons) && errors().equals(p.errors());
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, authority(), pathway, basis, pending, nextInspection, scheduled,
        interimActivities, deadlines);
  }

  @Override
  public String toString() {
    ExpectedActivity n = nextInspection;
    return "InspectionPathway[" + authority().name() + " (" + authority().code() + ") as of "
        + asOf + ": " + pathway + ", next " + n.kind() + " " + n.window() + " " + n.status()
        + n.overdueSince().map(d -> " since " + d).orElse("")
        + scheduled.map(w -> ", scheduled " + w.window()).orElse("")
        + (overdue() ? ", something overdue" : "") + ", " + deadlines.size() + " deadlines"
        + (coverage() == Coverage.ALL_ACTIVITY ? "" : ", " + coverage().description()) + "]";
  }
}

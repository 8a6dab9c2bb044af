package io.github.ilacs.pathway;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer to "when are they coming, and for what?" for one authority as of a date: its
 * {@link Pathway}, the full inspection that sets it, the next full inspection expected, the
 * interim activity owed, the deadlines running and a plain-English explanation citing the rule
 * book ({@code rules.md}).
 *
 * <p><b>What was known on the date.</b> The pathway rests on the latest full inspection whose
 * outcome was known on the date asked about: its report was published on or before that date
 * ({@link Inspection#published()}; when no publication date is recorded, its last day on site
 * stands in). The grade that sets the pathway is {@link Pathway#of(Inspection, PathwayRule)}
 * with the policy's {@linkplain PathwayPolicy#noOverallGradeRule() rule}: overall effectiveness
 * when graded (a SIF result carries into ILACS by it, rule book §3.6), the rule for ILACS
 * inspections without one (April 2026 on), the worst graded area for the 2009 inspections of
 * safeguarding and looked after children services. A full inspection that has begun by the date
 * but whose report is not yet published is <em>pending</em>: the authority stays on its previous
 * pathway, the explanation says that an inspection has taken place (or is under way) and its
 * report is awaited, and the next full inspection forecast from the previous basis is {@link
 * ActivityStatus#SATISFIED} by the pending one (it is the inspection the forecast was for; a
 * new window can only be counted once its report is out). Interim visits, the action planning
 * visit and monitoring visits still owed under the previous pathway are then no longer expected.
 * Deadlines run only from reports and letters published on or before the date. Other activity
 * counts once its last day on site is on or before the date.
 *
 * <p>The next inspection's kind follows the pathway (§3.5) and must be one that exists when
 * it takes place: it is the full-inspection kind of the framework in force on the window's
 * expected day ({@link Framework#isInForceOn}), or, when the date asked about is that day or
 * later, on the day after the date asked about. So it is an inspection of safeguarding and
 * looked after children services from 2009 to May 2012 (§5), a SIF inspection from November 2013
 * to 2017 (§4) and an ILACS short inspection after good or outstanding or a standard inspection
 * otherwise from 2018 (§3.5). An inadequate authority's re-inspection stays with the oldest
 * framework in force, so it is a SIF inspection until the end of August 2018 (§3.6). When no
 * framework with full inspections is in force on the expected day (June 2012 to October 2013)
 * the window opens no earlier than the next such framework. When the date is past the window's
 * latest day the inspection is reported {@link ActivityStatus#OVERDUE} and still forecast:
 * {@link #nextInspection()} then carries the window in which it is now expected (the forecast
 * window moved so that it opens on the date), and {@link #forecastWindow()} keeps the original.
 *
 * <p>A forecast uses only what was known on the date asked about: inspections that had ended by
 * then (and the pending full inspection, if one had begun), and only the {@linkplain
 * PathwayPolicy#pauses() pauses} that had begun by then. A pause
 * that had begun but not ended is applied with the end the policy records, since a window
 * needs an end and the policy's is the best estimate a user can supply. A pause moves a window
 * whose latest day falls on or after the suspension by the part of the pause after the
 * window's anchor: the three-year clock stops while inspection is suspended, so an anchor
 * before the suspension moves the window by the whole pause, an anchor inside it (inspections
 * restarted in stages in 2021) by what was left of it, and one after the restart not at all.
 * The calendar of frameworks ({@link Framework}) is taken as known in advance.
 *
 * <p>Other choices, each documented where the policy holds its number: the 2012-13 inspections
 * of looked after children services are not full inspections ({@link
 * InspectionKind#isFullInspection()}) and set no pathway; with no full inspection yet the first
 * standard inspection is expected within one cycle of the date asked about, so that window moves
 * with the date. Deadlines run from the report date ({@link Inspection#published()}) of the basis
 * (an action plan and the authority's own publication after every full inspection, rules.md
 * §3.8-§3.9) and from the letter of every later focused visit with areas for priority action
 * dated on or after {@link PathwayPolicy#priorityActionPlansFrom()} (§3.7).
 *
 * <p>Dates asked about must lie between {@link #FIRST_SUPPORTED_DATE} and {@link
 * #LAST_SUPPORTED_DATE}. Immutable and thread-safe.
 */
public final class InspectionPathway {
  /**
   * The first date a forecast can be asked for, 1 January 1990: well before the first framework
   * (2009) and inside the years the working-day calendar covers.
   */
  public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(1990, 1, 1);

  /**
   * The last date a forecast can be asked for, 31 December 2199: late enough for any planning,
   * early enough that every window and deadline stays inside the dates a {@link LocalDate} and
   * the working-day calendar hold.
   */
  public static final LocalDate LAST_SUPPORTED_DATE = LocalDate.of(2199, 12, 31);

  private static final String[] MONTHS = {"January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December"};
  private final LocalDate asOf;
  private final Pathway pathway;
  private final Optional<Inspection> basis;
  private final Optional<Inspection> pending;
  private final Window forecastWindow;
  private final ExpectedActivity nextInspection;
  private final List<ExpectedActivity> interimActivities;
  private final List<Deadline> deadlines;
  private final String explanation;

  private InspectionPathway(LocalDate asOf, Pathway pathway, Optional<Inspection> basis,
      Optional<Inspection> pending, Window forecastWindow, ExpectedActivity nextInspection,
      List<ExpectedActivity> interimActivities, List<Deadline> deadlines, String explanation) {
    this.asOf = asOf;
    this.pathway = pathway;
    this.basis = basis;
    this.pending = pending;
    this.forecastWindow = forecastWindow;
    this.nextInspection = nextInspection;
    this.interimActivities = List.copyOf(interimActivities);
    this.deadlines = List.copyOf(deadlines);
    this.explanation = explanation;
  }

  /**
   * Answers for a history as of a date with {@link PathwayPolicy#defaults()}.
   *
   * @param history the authority's history, not null
   * @param asOf the date of the question, not null
   * @return the answer, never null
   * @throws IllegalArgumentException when an argument is null, when {@code asOf} is outside
   *     {@link #FIRST_SUPPORTED_DATE} to {@link #LAST_SUPPORTED_DATE}, when the full inspection
   *     the pathway rests on has no grade to set a pathway from, when the policy's rule for
   *     inspections without an overall grade returns null or {@link Pathway#NOT_YET_INSPECTED},
   *     or when a deadline would be counted from a date outside the working-day calendar's years
   */
  public static InspectionPathway of(InspectionHistory history, LocalDate asOf) {
    return of(history, asOf, PathwayPolicy.defaults());
  }

  /**
   * Answers for a history as of a date under a policy.
   *
   * @param history the authority's history, not null
   * @param asOf the date of the question, not null
   * @param policy the numbers to use, not null
   * @return the answer, never null
   * @throws IllegalArgumentException when an argument is null, when {@code asOf} is outside
   *     {@link #FIRST_SUPPORTED_DATE} to {@link #LAST_SUPPORTED_DATE}, when the full inspection
   *     the pathway rests on has no grade to set a pathway from, when the policy's rule for
   *     inspections without an overall grade returns null or {@link Pathway#NOT_YET_INSPECTED},
   *     or when a deadline would be counted from a date outside the working-day calendar's years
   */
  public static InspectionPathway of(InspectionHistory history, LocalDate asOf,
      PathwayPolicy policy) {
    if (history == null || asOf == null || policy == null) {
      throw new IllegalArgumentException((history == null ? "history" : asOf == null ? "asOf"
          : "policy") + ": is required but was null");
    }
    if (asOf.isBefore(FIRST_SUPPORTED_DATE) || asOf.isAfter(LAST_SUPPORTED_DATE)) {
      throw new IllegalArgumentException("asOf " + asOf + " is outside the supported dates "
          + FIRST_SUPPORTED_DATE + " to " + LAST_SUPPORTED_DATE);
    }
    return new Forecaster(history, asOf, policy).answer();
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
   * @return the latest full inspection whose report was published by the date (or, with no
   *     publication date recorded, that had ended by it), or empty when there was none
   */
  public Optional<Inspection> basis() {
    return basis;
  }

  /**
   * Returns the full inspection that has begun by the date but whose report was not yet
   * published then: the authority stays on the pathway of {@link #basis()} until it is, and
   * {@link #nextInspection()} is satisfied by it.
   *
   * @return the pending inspection, or empty when there is none
   */
  public Optional<Inspection> pending() {
    return pending;
  }

  /**
   * Returns the next full inspection expected: its kind, window, status and reason.
   *
   * @return the activity, never null
   */
  public ExpectedActivity nextInspection() {
    return nextInspection;
  }

  /**
   * Returns the window of the next full inspection as forecast from the basis, before any move
   * for being overdue; equal to {@code nextInspection().window()} unless the inspection is
   * overdue.
   *
   * @return the window, never null
   */
  public Window forecastWindow() {
    return forecastWindow;
  }

  /**
   * Returns the interim activity expected between full inspections: focused visits or joint
   * targeted area inspections, the engagement meeting, and while inadequate the action planning
   * visit and monitoring visits, each satisfied or still expected.
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
   * Tells whether the next inspection or any interim activity is overdue on the date.
   *
   * @return true when any expected activity has status {@link ActivityStatus#OVERDUE}
   */
  public boolean isOverdue() {
    return nextInspection.status() == ActivityStatus.OVERDUE
        || interimActivities.stream().anyMatch(a -> a.status() == ActivityStatus.OVERDUE);
  }

  /**
   * Returns a plain-English explanation of every answer, each citing the rule book section
   * behind it.
   *
   * @return the explanation, several lines, never null
   */
  public String explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return "InspectionPathway[" + asOf + ": " + pathway + ", next " + nextInspection.kind() + " "
        + nextInspection.window() + " " + nextInspection.status() + "]";
  }

  private static String day(LocalDate date) {
    // "7 October 2019"; by hand, as a DateTimeFormatter costs more than the whole forecast
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** Works out one answer. */
  private static final class Forecaster {
    /** The frameworks that have full inspections, in the order they came into force. */
    private static final List<Framework> FULL_INSPECTION_FRAMEWORKS =
        Arrays.stream(Framework.values())
            .filter(f -> f.kinds().stream().anyMatch(InspectionKind::isFullInspection))
            .sorted(Comparator.comparing(Framework::inForceFrom)).toList();

    private final LocalDate asOf;
    private final PathwayPolicy policy;
    private final List<Inspection> known;
    private final Optional<Inspection> basis;
    private final Optional<Inspection> pending;
    private final List<String> lines = new ArrayList<>();
    /** Why forecastWindow moved the window for a change of framework; read by nextInspection. */
    private String transitionNote = "";
    /** Why forecastWindow moved the window for pauses; read by nextInspection. */
    private String pauseNote = "";

    Forecaster(InspectionHistory history, LocalDate asOf, PathwayPolicy policy) {
      this.asOf = asOf;
      this.policy = policy;
      this.known = history.chronological().stream().filter(i -> !i.end().isAfter(asOf)).toList();
      List<Inspection> full = history.chronological().stream()
          .filter(Inspection::isFullInspection).filter(i -> !i.start().isAfter(asOf)).toList();
      this.basis = full.stream().filter(this::outcomeKnown).reduce((a, b) -> b);
      this.pending = full.stream().filter(i -> !outcomeKnown(i))
          .filter(i -> basis.map(b -> i.start().isAfter(b.end())).orElse(true)).findFirst();
    }

    /** The outcome of a full inspection is known once its report is published. */
    private boolean outcomeKnown(Inspection i) {
      return !i.published().orElse(i.end()).isAfter(asOf);
    }

    InspectionPathway answer() {
      Pathway pathway = basis.map(b -> Pathway.of(b, policy.noOverallGradeRule()))
          .orElse(Pathway.NOT_YET_INSPECTED);
      lines.add(pathwayLine(pathway));
      pending.ifPresent(p -> lines.add(pendingLine(p)));
      Window forecast = forecastWindow(pathway);
      ExpectedActivity next = nextInspection(pathway, forecast);
      lines.add(next.reason());
      List<ExpectedActivity> interim = new ArrayList<>();
      List<Deadline> deadlines = new ArrayList<>();
      basis.ifPresent(b -> deadlines.addAll(reportDeadlines(b)));
      deadlines.addAll(priorityActionDeadlines());
      deadlines.sort((a, b) -> a.due().compareTo(b.due()));
      if (pathway == Pathway.INADEQUATE) {
        interim.addAll(inadequateActivities(basis.orElseThrow()));
      }
      interim.addAll(interimVisits(pathway, next));
      engagementMeeting(pathway).ifPresent(interim::add);
      for (ExpectedActivity a : interim) {
        lines.add(a.reason());
      }
      for (Deadline d : deadlines) {
        lines.add(d.kind().title() + ": due " + day(d.due()) + " (" + d.status().name()
            .toLowerCase(Locale.ROOT) + "); " + d.basis());
      }
      return new InspectionPathway(asOf, pathway, basis, pending, forecast, next, interim,
          deadlines, String.join("\n", lines));
    }

    private String pendingLine(Inspection p) {
      String what = p.end().isAfter(asOf)
          ? "is under way (on site since " + day(p.start()) + ")"
          : "has taken place (on site " + day(p.start()) + " to " + day(p.end()) + ")";
      return "An inspection " + what + ": the " + describe(p) + ". Its report had not been "
          + "published by " + day(asOf) + ", so the pathway still rests on "
          + basis.map(b -> "the " + describe(b)).orElse("no full inspection")
          + " until it is; its report is awaited (rules.md §3.5, §3.9).";
    }

    private String pathwayLine(Pathway pathway) {
      if (basis.isEmpty()) {
        return "Pathway: " + pathway.description() + ", because no full inspection had ended by "
            + day(asOf) + " (rules.md §3.5).";
      }
      Inspection b = basis.get();
      String how;
      Optional<Grade> overall = b.overallEffectiveness();
      if (overall.isPresent()) {
        how = "its overall effectiveness was judged " + b.framework().label(overall.get());
        if (b.framework() == Framework.SIF_2013) {
          how += "; a single inspection framework result carries into ILACS by its overall "
              + "grade (rules.md §3.6)";
        }
      } else if (Pathway.setByRule(b)) {
        how = "it has no overall effectiveness grade, so " + policy.noOverallGradeRule()
            .description() + " applies (rules.md §3.3, §3.10)";
      } else {
        how = "it has no single overall grade, so its worst graded area sets the pathway "
            + "(rules.md §5)";
      }
      return "Pathway: " + pathway.description() + ". It rests on the " + describe(b) + ": "
          + how + " (rules.md §3.5).";
    }

    private LocalDate anchor(Inspection b) {
      return switch (policy.anchor()) {
        case START -> b.start();
        case END -> b.end();
        case PUBLISHED -> b.published().orElse(b.end());
      };
    }

    private Window forecastWindow(Pathway pathway) {
      LocalDate anchor = basis.map(this::anchor).orElse(asOf);
      Window w;
      if (basis.isEmpty()) {
        w = new Window(asOf, asOf.plusMonths(policy.cycleMonths() / 2),
            asOf.plusMonths(policy.cycleMonths()));
      } else if (pathway == Pathway.INADEQUATE) {
        LocalDate expected = anchor.plusMonths(policy.reinspectionMonths());
        w = new Window(expected.minusMonths(policy.reinspectionMonthsBefore()), expected,
            expected.plusMonths(policy.reinspectionMonthsAfter()));
      } else {
        LocalDate expected = anchor.plusMonths(policy.cycleMonths());
        w = new Window(expected.minusMonths(policy.monthsBefore()), expected,
            expected.plusMonths(policy.monthsAfter()));
      }
      LocalDate ilacs = Framework.ILACS_2018.inForceFrom();
      if (basis.isPresent() && basis.get().framework() == Framework.SIF_2013
          && pathway != Pathway.INADEQUATE && w.earliest().isBefore(ilacs)) {
        // The SIF inspected each authority once; only inadequate ones were re-inspected under it.
        // Everyone else waited for ILACS, so no window can open before ILACS began (§3.6).
        w = openingOn(w, ilacs);
        transitionNote += " Authorities not judged inadequate were not inspected again under the "
            + "single inspection framework, so the window opens no earlier than the start of "
            + "ILACS on " + day(ilacs) + " (rules.md §3.6).";
      }
      for (PathwayPolicy.Pause p : policy.pauses()) {
        if (p.suspended().isAfter(asOf)) {
          // Not known on the date asked about: a forecast uses only what was known then.
          continue;
        }
        // The three-year clock stops during a pause: only the part of the pause after the anchor
        // moves the window (all of it for an anchor before the suspension, none for one after
        // the restart). A pause begun but not ended by the date is applied with its end as the
        // policy records it.
        LocalDate from = anchor.isAfter(p.suspended()) ? anchor : p.suspended();
        if (from.isBefore(p.restarted()) && !w.latest().isBefore(p.suspended())) {
          long days = ChronoUnit.DAYS.between(from, p.restarted());
          w = w.shiftedBy(days);
          String part = from.equals(p.suspended()) ? "" : "the part after " + day(from)
              + " of ";
          pauseNote += " The window was moved " + months(days) + " months later for " + part
              + p.description() + " (" + day(p.suspended()) + " to " + day(p.restarted())
              + (p.restarted().isAfter(asOf) ? ", its end as the policy records it" : "")
              + ", rules.md §3.5 and §3.10).";
        }
      }
      if (fullInspectionFramework(w.expected(), pathway).isEmpty()) {
        // No framework with full inspections was in force on the expected day (June 2012 to
        // October 2013): the next full inspection waits for the next framework that has them.
        Framework next = nextFullInspectionFramework(w.expected());
        if (w.earliest().isBefore(next.inForceFrom())) {
          w = openingOn(w, next.inForceFrom());
        }
        transitionNote += " No framework with full inspections was in force on the day it was "
            + "expected, so the window opens no earlier than the start of the " + next.title()
            + " on " + day(next.inForceFrom()) + " (rules.md §1, §5).";
      }
      return w;
    }

    /** The window moved so that it opens on a day. */
    private static Window openingOn(Window w, LocalDate day) {
      return w.shiftedBy(ChronoUnit.DAYS.between(w.earliest(), day));
    }

    /** The window between two days, expected halfway. */
    private static Window midway(LocalDate earliest, LocalDate latest) {
      return new Window(earliest, earliest.plusDays(ChronoUnit.DAYS.between(earliest, latest) / 2),
          latest);
    }

    private static String months(long days) {
      return String.valueOf(Math.round(days / Window.DAYS_PER_MONTH));
    }

    /**
     * The framework that would carry out the next full inspection on a day: among those in force
     * with full inspections, the oldest for an inadequate authority (re-inspection continued
     * under the SIF until the end of August 2018, rules.md §3.6) and the newest otherwise (new
     * inspections were ILACS inspections from January 2018).
     */
    private static Optional<Framework> fullInspectionFramework(LocalDate day, Pathway pathway) {
      List<Framework> inForce = FULL_INSPECTION_FRAMEWORKS.stream()
          .filter(f -> f.isInForceOn(day)).toList();
      if (inForce.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(pathway == Pathway.INADEQUATE ? inForce.get(0)
          : inForce.get(inForce.size() - 1));
    }

    /** The first framework with full inspections that comes into force after a day. */
    private static Framework nextFullInspectionFramework(LocalDate day) {
      return FULL_INSPECTION_FRAMEWORKS.stream().filter(f -> f.inForceFrom().isAfter(day))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no framework with full inspections after " + day));
    }

    /**
     * The kind of the next full inspection expected on a day: the full-inspection kind of the
     * framework that carries it out then ({@link #fullInspectionFramework}, or the next to come
     * into force when none is); within ILACS a short inspection after good or outstanding and a
     * standard inspection otherwise (rules.md §3.5).
     */
    private static InspectionKind nextKind(Pathway pathway, LocalDate expected) {
      Framework f = fullInspectionFramework(expected, pathway)
          .orElseGet(() -> nextFullInspectionFramework(expected));
      if (pathway == Pathway.GOOD_OR_OUTSTANDING
          && f.hasKind(InspectionKind.SHORT_INSPECTION)) {
        return InspectionKind.SHORT_INSPECTION;
      }
      if (f.hasKind(InspectionKind.STANDARD_INSPECTION)) {
        return InspectionKind.STANDARD_INSPECTION;
      }
      return f.kinds().stream().filter(InspectionKind::isFullInspection).findFirst()
          .orElseThrow();
    }

    private static String kindSections(InspectionKind kind, Optional<Inspection> basis) {
      return switch (kind) {
        case SLAC_INSPECTION -> ", §5";
        case SIF_INSPECTION -> ", §4";
        default -> basis.map(b -> b.framework() == Framework.SIF_2013 ? ", §3.6" : "")
            .orElse("");
      };
    }

    private ExpectedActivity nextInspection(Pathway pathway, Window forecast) {
      ActivityStatus status = pending.isPresent() ? ActivityStatus.SATISFIED
          : forecast.statusOn(asOf);
      Window window = status == ActivityStatus.OVERDUE ? openingOn(forecast, asOf) : forecast;
      // The kind is one that can still take place: that of the expected day, or, from that day
      // on without the inspection, of the day after the date asked about (an inadequate
      // authority whose SIF re-inspection had not come by September 2018 got an ILACS standard
      // inspection, rules.md §3.6).
      LocalDate tomorrow = asOf.plusDays(1);
      InspectionKind kind = nextKind(pathway,
          forecast.expected().isAfter(asOf) ? forecast.expected() : tomorrow);
      StringBuilder why = new StringBuilder("Next full inspection: ");
      why.append(article(kind.title())).append(' ').append(kind.title().toLowerCase(Locale.UK));
      if (basis.isEmpty()) {
        why.append(", the first for an authority not yet inspected (rules.md §3.5")
            .append(kindSections(kind, basis)).append("); with no inspection to count from, it "
                + "is expected within ").append(policy.cycleMonths()).append(" months of ")
            .append(day(asOf)).append('.');
      } else if (pathway == Pathway.INADEQUATE) {
        why.append(", the re-inspection of an inadequate authority once monitoring shows enough "
            + "progress (rules.md §3.5, §3.8")
            .append(kind == InspectionKind.SIF_INSPECTION ? ", §3.6" : "")
            .append("); expected about ")
            .append(policy.reinspectionMonths()).append(" months after the ")
            .append(anchorName()).append(" of the ").append(describe(basis.get())).append('.');
      } else {
        why.append(pathway == Pathway.GOOD_OR_OUTSTANDING
            ? ", which follows a good or outstanding result"
            : ", which follows a result below good").append(" (rules.md §3.5")
            .append(kindSections(kind, basis))
            .append("); expected about ").append(policy.cycleMonths()).append(" months after the ")
            .append(anchorName()).append(" of the ").append(describe(basis.get())).append('.');
      }
      why.append(transitionNote).append(pauseNote);
      why.append(" Window: ").append(day(forecast.earliest())).append(" to ")
          .append(day(forecast.latest())).append(", most likely around ")
          .append(day(forecast.expected())).append(". As of ").append(day(asOf)).append(": ");
      switch (status) {
        case ON_TRACK, DUE -> why.append(statusText(status)).append('.');
        case SATISFIED -> why.append("satisfied by the ").append(describe(pending.orElseThrow()))
            .append(", whose report is awaited; the next window will be counted from it once "
                + "its report is published.");
        default -> why.append("overdue, its window closed on ").append(day(forecast.latest()))
            .append("; it is still expected, now between ").append(day(window.earliest()))
            .append(" and ").append(day(window.latest())).append('.');
      }
      List<InspectionKind> kinds = kind == InspectionKind.SHORT_INSPECTION
          ? List.of(kind, InspectionKind.STANDARD_INSPECTION) : List.of(kind);
      return new ExpectedActivity(kinds, window, status,
          status == ActivityStatus.SATISFIED ? pending : Optional.empty(), why.toString());
    }

    private String anchorName() {
      return switch (policy.anchor()) {
        case START -> "first day on site";
        case END -> "last day on site";
        case PUBLISHED -> "publication";
      };
    }

    private List<Deadline> reportDeadlines(Inspection b) {
      List<Deadline> out = new ArrayList<>();
      if (b.published().isEmpty()) {
        return out;
      }
      LocalDate report = b.published().get();
      out.add(deadline(Deadline.Kind.ACTION_PLAN, report, policy.actionPlanWorkingDays(),
          "the written statement of action (action plan) after the report of the "
              + describe(b) + " published " + day(report) + ", " + policy.actionPlanWorkingDays()
              + " working days after receipt (rules.md §3.8, §3.9)"));
      out.add(deadline(Deadline.Kind.REPORT_PUBLICATION, report,
          policy.publicationWorkingDays(), "the authority must publish the report of the "
              + describe(b) + " within " + policy.publicationWorkingDays()
              + " working days of receiving it on " + day(report) + " (rules.md §3.9, SI "
              + "2007/462)"));
      return out;
    }

    private List<Deadline> priorityActionDeadlines() {
      List<Deadline> out = new ArrayList<>();
      for (Inspection i : known) {
        if (i.kind() != InspectionKind.FOCUSED_VISIT || i.published().isEmpty()
            || i.published().get().isAfter(asOf)
            || basis.map(b -> !i.start().isAfter(b.end())).orElse(false)) {
          continue;
        }
        LocalDate letter = i.published().get();
        boolean priority = i.findings().stream().map(Finding::kind)
            .anyMatch(k -> k == FindingKind.AREA_FOR_PRIORITY_ACTION);
        if (!priority || letter.isBefore(policy.priorityActionPlansFrom())) {
          continue;
        }
        String what = "the focused visit of " + day(i.start()) + " named areas for priority "
            + "action in its letter of " + day(letter);
        out.add(deadline(Deadline.Kind.EARLY_DRAFT_ACTION_PLAN, letter,
            policy.earlyDraftWorkingDays(), what + ", so an early draft of the action plan is "
                + "due " + policy.earlyDraftWorkingDays() + " working days after it (rules.md "
                + "§3.7)"));
        out.add(deadline(Deadline.Kind.ACTION_PLAN, letter, policy.actionPlanWorkingDays(),
            what + ", so the final action plan is due " + policy.actionPlanWorkingDays()
                + " working days after it (rules.md §3.7)"));
      }
      return out;
    }

    private Deadline deadline(Deadline.Kind kind, LocalDate from, int workingDays,
        String basis) {
      LocalDate due = policy.workingDays().plus(from, workingDays);
      return new Deadline(kind, from, workingDays, due, basis,
          asOf.isAfter(due) ? Deadline.Status.PASSED : Deadline.Status.OPEN);
    }

    private List<ExpectedActivity> inadequateActivities(Inspection b) {
      List<ExpectedActivity> out = new ArrayList<>();
      LocalDate report = b.published().orElse(b.end());
      List<Inspection> after = known.stream().filter(i -> i.start().isAfter(b.end()))
          .filter(i -> KindRoles.WHILE_INADEQUATE.contains(i.kind())).toList();
      LocalDate byDay = policy.workingDays().plus(report, policy.actionPlanningVisitWorkingDays());
      Window planning = new Window(report, byDay, byDay);
      Optional<Inspection> visit = after.stream()
          .filter(i -> i.kind() == InspectionKind.ACTION_PLANNING_VISIT).findFirst();
      if (visit.isPresent() || pending.isEmpty()) {
        out.add(activity(List.of(InspectionKind.ACTION_PLANNING_VISIT), planning, visit,
            "Action planning visit after the inadequate judgement (rules.md §3.8)"));
      }
      LocalDate planDue = policy.workingDays().plus(report, policy.actionPlanWorkingDays());
      List<Inspection> monitoring = after.stream()
          .filter(i -> i.kind() == InspectionKind.MONITORING_VISIT).toList();
      // "Within four weeks of the deadline": the first visit's window runs from the plan
      // deadline to that many weeks after it; later ones are a quarter apart from its end.
      LocalDate first = planDue.plusWeeks(policy.firstMonitoringVisitWeeks());
      for (int k = 0; k < policy.maxMonitoringVisits(); k++) {
        LocalDate expected = first.plusMonths((long) k * policy.monitoringIntervalMonths());
        Window w = k == 0
            ? midway(planDue, first)
            : new Window(expected.minusMonths(policy.monitoringWindowMonths()), expected,
                expected.plusMonths(policy.monitoringWindowMonths()));
        Optional<Inspection> done = k < monitoring.size()
            ? Optional.of(monitoring.get(k)) : Optional.empty();
        if (done.isEmpty() && pending.isPresent()) {
          // The re-inspection has taken place: no further monitoring visit is expected.
          break;
        }
        out.add(activity(List.of(InspectionKind.MONITORING_VISIT), w, done,
            "Monitoring visit " + (k + 1) + " of up to " + policy.maxMonitoringVisits()
                + ", every " + policy.monitoringIntervalMonths() + " months, the first within "
                + policy.firstMonitoringVisitWeeks() + " weeks after the action plan deadline "
                + day(planDue) + " (rules.md §3.5, §3.8)"));
        if (done.isEmpty()) {
          break;
        }
      }
      return out;
    }

    private ExpectedActivity activity(List<InspectionKind> kinds, Window w,
        Optional<Inspection> done, String what) {
      if (done.isPresent()) {
        return new ExpectedActivity(kinds, w, ActivityStatus.SATISFIED, done,
            what + ": satisfied by the " + describe(done.get()) + ".");
      }
      ActivityStatus status = w.statusOn(asOf);
      return new ExpectedActivity(kinds, w, status, Optional.empty(), what + ": "
          + statusText(status) + ", expected " + day(w.earliest()) + " to " + day(w.latest())
          + ".");
    }

    private static String statusText(ActivityStatus status) {
      return switch (status) {
        case ON_TRACK -> "not yet due";
        case DUE -> "due now";
        case OVERDUE -> "overdue";
        case OWED -> "still owed";
        case SATISFIED -> "satisfied";
      };
    }

    private List<ExpectedActivity> interimVisits(Pathway pathway, ExpectedActivity next) {
      int required = policy.interimVisits(pathway);
      List<ExpectedActivity> out = new ArrayList<>();
      boolean ilacs = next.kind() == InspectionKind.SHORT_INSPECTION
          || next.kind() == InspectionKind.STANDARD_INSPECTION;
      if (required == 0 || !ilacs) {
        // Focused visits exist only between ILACS inspections (rules.md §3.7).
        return out;
      }
      LocalDate from = basis.map(Inspection::end).orElse(Framework.ILACS_2018.inForceFrom());
      List<Inspection> visits = known.stream()
          .filter(i -> i.start().isAfter(from) || basis.isEmpty() && !i.start().isBefore(from))
          .filter(i -> pending.map(p -> i.start().isBefore(p.start())).orElse(true))
          .filter(i -> KindRoles.INTERIM_ACTIVITY.contains(i.kind()))
          .toList();
      LocalDate latest = next.window().expected();
      LocalDate earliest = from.plusDays(1).isAfter(latest) ? latest : from.plusDays(1);
      Window w = midway(earliest, latest);
      List<InspectionKind> kinds = List.copyOf(KindRoles.THEMED_VISITS);
      for (int k = 0; k < required; k++) {
        if (k >= visits.size() && pending.isPresent()) {
          lines.add("Interim activity: " + visits.size() + " of at least " + required
              + " held before the " + describe(pending.get()) + "; none is expected any more "
              + "before it (rules.md §3.5, §3.7).");
          break;
        }
        String what = "Interim activity " + (k + 1) + " of at least " + required
            + ": a focused visit or joint targeted area inspection before the next full "
            + "inspection (rules.md §3.5, §3.7, §6)";
        if (k < visits.size()) {
          out.add(activity(kinds, w, Optional.of(visits.get(k)), what));
        } else {
          ActivityStatus status = asOf.isAfter(w.latest())
              ? ActivityStatus.OVERDUE : ActivityStatus.OWED;
          out.add(new ExpectedActivity(kinds, w, status, Optional.empty(), what + ": "
              + statusText(status) + ", expected before " + day(w.latest()) + "."));
        }
      }
      return out;
    }

    /**
     * The engagement meeting owed each interval. The clock runs from the later of the last
     * recorded meeting and the end of the basis inspection (a full inspection takes the place
     * of that year's meeting), or from the start of ILACS when there is neither. Meetings and
     * their letters are not published, so a history seldom records them: a meeting not recorded
     * is reported as owed, never as overdue, and the reason says from when it has been owed.
     */
    private Optional<ExpectedActivity> engagementMeeting(Pathway pathway) {
      if (pathway == Pathway.INADEQUATE || asOf.isBefore(Framework.ILACS_2018.inForceFrom())) {
        return Optional.empty();
      }
      Optional<Inspection> last = known.stream()
          .filter(i -> i.kind() == InspectionKind.ANNUAL_ENGAGEMENT_MEETING)
          .reduce((a, b) -> b);
      int interval = policy.engagementMeetingIntervalMonths();
      String rule = "Annual engagement meeting, every " + interval
          + " months (rules.md §3.1, §3.2)";
      List<InspectionKind> kinds = List.of(InspectionKind.ANNUAL_ENGAGEMENT_MEETING);
      boolean meetingIsLatest = last.isPresent()
          && basis.map(b -> !b.end().isAfter(last.get().start())).orElse(true);
      if (meetingIsLatest && asOf.isBefore(last.get().start().plusMonths(interval))) {
        LocalDate held = last.get().start();
        LocalDate next = held.plusMonths(interval);
        return Optional.of(new ExpectedActivity(kinds, new Window(held, held, held),
            ActivityStatus.SATISFIED, last, rule + ": this year's was held on " + day(held)
                + "; the next is expected by " + day(next) + "."));
      }
      String since;
      LocalDate from;
      if (meetingIsLatest) {
        from = last.get().start();
        since = "the last recorded was held on " + day(from);
      } else if (basis.isPresent()) {
        from = basis.get().end();
        since = "counted from the end of the " + describe(basis.get()) + ", the latest full "
            + "inspection, which stands in for that year's meeting"
            + last.map(m -> " (the last recorded meeting, on " + day(m.start())
                + ", came before it)").orElse(" (no meeting is recorded)");
      } else {
        from = Framework.ILACS_2018.inForceFrom();
        since = "none is recorded, so counted from the start of ILACS on " + day(from);
      }
      LocalDate firstDue = from.plusMonths(interval);
      LocalDate due = firstDue;
      while (due.isBefore(asOf)) {
        due = due.plusMonths(interval);
      }
      Window w = new Window(due.minusMonths(interval).plusDays(1), due, due);
      String owed = due.equals(firstDue) ? "one is owed by " + day(due)
          : "one has been owed every " + interval + " months since " + day(firstDue)
              + " with none recorded, the current one by " + day(due);
      return Optional.of(new ExpectedActivity(kinds, w, ActivityStatus.OWED, Optional.empty(),
          rule + ": " + since + "; " + owed + ". Meetings are not published, so one missing "
              + "from the history is reported as owed, not overdue."));
    }

    private static String article(String title) {
      return "AEIOU".indexOf(Character.toUpperCase(title.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String describe(Inspection i) {
      String when = i.start().equals(i.end()) ? day(i.start())
          : day(i.start()) + " to " + day(i.end());
      return i.kind().title().toLowerCase(Locale.UK) + " of " + when;
    }
  }
}

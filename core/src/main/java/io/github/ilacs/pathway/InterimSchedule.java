package io.github.ilacs.pathway;

import io.github.ilacs.Coverage;
import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the activity expected between full inspections: the action planning visit and
 * monitoring visits while inadequate, focused visits or joint targeted area inspections, and the
 * yearly engagement meeting. Activity the history does not cover is {@link
 * ActivityStatus#NOT_KNOWN}.
 */
final class InterimSchedule {
  private static final List<InspectionKind> PLANNING =
      List.of(InspectionKind.ACTION_PLANNING_VISIT);
  private static final List<InspectionKind> MONITORING = List.of(InspectionKind.MONITORING_VISIT);
  private static final List<InspectionKind> MEETING =
      List.of(InspectionKind.ANNUAL_ENGAGEMENT_MEETING);
  private static final List<InspectionKind> THEMED = List.copyOf(
      InspectionKind.withRole(InspectionKind.Role.THEMED_VISIT));
  private static final LocalDate ILACS_FROM = Framework.ILACS_2018.inForceFrom();

  private InterimSchedule() {}

  static List<ExpectedActivity> of(Facts f, ExpectedActivity next) {
    List<ExpectedActivity> out = new ArrayList<>(4);
    if (f.pathway == Pathway.INADEQUATE_UNDER_MONITORING) {
      whileInadequate(f, out);
    }
    interimVisits(f, next, out);
    engagementMeeting(f, out);
    return out;
  }

  private static void whileInadequate(Facts f, List<ExpectedActivity> out) {
    Inspection b = f.basis.orElseThrow();
    if (!b.framework().hasKind(InspectionKind.MONITORING_VISIT)) {
      f.reasons.add(Reason.NO_MONITORING_BEFORE_SIF);
      return;
    }
    PathwayPolicy.Monitoring m = f.policy.monitoring();
    LocalDate report = b.published().orElse(b.end());
    LocalDate byDay = f.policy.workingDays().plus(report, m.actionPlanningVisitWorkingDays());
    Window planning = new Window(report, byDay, byDay);
    if (!f.covers(InspectionKind.ACTION_PLANNING_VISIT)) {
      out.add(notKnown(f, PLANNING, planning, Reason.ACTION_PLANNING_VISIT));
    } else {
      Optional<Inspection> visit = after(f, b, InspectionKind.ACTION_PLANNING_VISIT).stream()
          .findFirst();
      if (visit.isPresent() || f.pending.isEmpty()) {
        out.add(activity(f, PLANNING, planning, visit, Reason.ACTION_PLANNING_VISIT));
      }
    }
    LocalDate planDue = f.policy.workingDays().plus(report,
        f.policy.deadlinePeriods().actionPlanWorkingDays());
    LocalDate first = planDue.plusWeeks(m.firstVisitWeeks());
    if (!f.covers(InspectionKind.MONITORING_VISIT)) {
      out.add(notKnown(f, MONITORING, midway(planDue, first), Reason.MONITORING_VISITS));
      return;
    }
    List<Inspection> monitoring = after(f, b, InspectionKind.MONITORING_VISIT);
    for (int k = 0; k < m.maxVisits(); k++) {
      LocalDate expected = first.plusMonths((long) k * m.intervalMonths());
      Window w = k == 0 ? midway(planDue, first)
          : new Window(expected.minusMonths(m.windowMonths()), expected,
              expected.plusMonths(m.windowMonths()));
      Optional<Inspection> done = k < monitoring.size()
          ? Optional.of(monitoring.get(k)) : Optional.empty();
      if (done.isEmpty() && f.pending.isPresent()) {
        break; // the re-inspection has taken place
      }
      out.add(activity(f, MONITORING, w, done, Reason.MONITORING_VISITS));
      if (done.isEmpty()) {
        break;
      }
    }
  }

  private static List<Inspection> after(Facts f, Inspection b, InspectionKind kind) {
    List<Inspection> out = new ArrayList<>(2);
    for (Inspection i : f.known) {
      if (i.kind() == kind && i.start().isAfter(b.end())) {
        out.add(i);
      }
    }
    return out;
  }

  private static void interimVisits(Facts f, ExpectedActivity next, List<ExpectedActivity> out) {
    int required = f.policy.interimVisits(f.pathway);
    boolean ilacs = next.kind() == InspectionKind.SHORT_INSPECTION
        || next.kind() == InspectionKind.STANDARD_INSPECTION;
    if (required == 0 || !ilacs) {
      if (f.pathway == Pathway.INADEQUATE_UNDER_MONITORING && ilacs) {
        f.reasons.add(Reason.NO_FOCUSED_VISITS_WHILE_INADEQUATE);
      }
      return;
    }
    Reason why = f.pathway == Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD
        ? Reason.INTERIM_VISITS_WHEN_REQUIRES_IMPROVEMENT : Reason.INTERIM_VISIT_ON_PATHWAY_ONE;
    LocalDate from = f.basis.map(Inspection::end).orElse(ILACS_FROM);
    LocalDate latest = next.window().expected();
    LocalDate earliest = from.plusDays(1).isAfter(latest) ? latest : from.plusDays(1);
    Window w = midway(earliest, latest);
    if (!f.covers(InspectionKind.FOCUSED_VISIT)) {
      out.add(notKnown(f, THEMED, w, why));
      return;
    }
    List<Inspection> visits = new ArrayList<>(2);
    for (Inspection i : f.known) {
      boolean inPeriod = i.start().isAfter(from) || f.basis.isEmpty() && !i.start().isBefore(from);
      boolean beforePending = f.pending.map(p -> i.start().isBefore(p.start())).orElse(true);
      if (inPeriod && beforePending && i.kind().hasRole(InspectionKind.Role.INTERIM_ACTIVITY)) {
        visits.add(i);
      }
    }
    for (int k = 0; k < required; k++) {
      if (k < visits.size()) {
        out.add(new ExpectedActivity(THEMED, w, ActivityStatus.SATISFIED,
            Optional.of(visits.get(k)), Optional.empty(),
            List.of(why, Reason.FOCUSED_VISITS_UNDER_ILACS)));
      } else if (f.pending.isPresent()) {
        f.reasons.add(Reason.NONE_WHILE_REPORT_AWAITED);
        break;
      } else if (f.recordEnds.isPresent()) {
        out.add(new ExpectedActivity(THEMED, w, ActivityStatus.NOT_KNOWN, Optional.empty(),
            Optional.empty(), List.of(why, Reason.FOCUSED_VISITS_UNDER_ILACS, Reason.RECORD_ENDS)));
      } else if (f.asOf.isAfter(w.latest())) {
        out.add(new ExpectedActivity(THEMED, w, ActivityStatus.OVERDUE, Optional.empty(),
            Optional.of(w.latest().plusDays(1)),
            List.of(why, Reason.FOCUSED_VISITS_UNDER_ILACS, Reason.OVERDUE)));
      } else {
        out.add(new ExpectedActivity(THEMED, w, ActivityStatus.OWED, Optional.empty(),
            Optional.empty(), List.of(why, Reason.FOCUSED_VISITS_UNDER_ILACS)));
      }
    }
  }

  /**
   * The engagement meeting owed each interval, for every authority once ILACS began. Due dates
   * are whole intervals from one anchor: the last recorded meeting, or the start of ILACS when
   * none is recorded (and, only when the policy says a full inspection stands in for a meeting,
   * the end of a later full inspection). A meeting not recorded is owed, never overdue.
   */
  private static void engagementMeeting(Facts f, List<ExpectedActivity> out) {
    if (f.asOf.isBefore(ILACS_FROM)) {
      return;
    }
    int interval = f.policy.engagementMeetingIntervalMonths();
    if (!f.covers(InspectionKind.ANNUAL_ENGAGEMENT_MEETING)) {
      LocalDate due = ILACS_FROM.plusMonths(interval);
      out.add(notKnown(f, MEETING, new Window(ILACS_FROM, due, due),
          Reason.ENGAGEMENT_MEETING_EVERY_YEAR));
      return;
    }
    Inspection last = null;
    for (Inspection i : f.known) {
      if (i.kind() == InspectionKind.ANNUAL_ENGAGEMENT_MEETING) {
        last = i;
      }
    }
    List<Reason> reasons = new ArrayList<>(4);
    reasons.add(Reason.ENGAGEMENT_MEETING_EVERY_YEAR);
    LocalDate anchor;
    boolean meetingIsAnchor;
    if (last != null) {
      anchor = last.start();
      meetingIsAnchor = true;
    } else {
      anchor = ILACS_FROM;
      meetingIsAnchor = false;
      reasons.add(Reason.NO_MEETING_RECORDED);
    }
    if (f.policy.fullInspectionStandsInForMeeting() && f.basis.isPresent()
        && f.basis.get().end().isAfter(anchor)) {
      anchor = f.basis.get().end();
      meetingIsAnchor = false;
      reasons.add(Reason.INSPECTION_STANDS_IN_FOR_MEETING);
    }
    if (meetingIsAnchor && f.asOf.isBefore(anchor.plusMonths(interval))) {
      out.add(new ExpectedActivity(MEETING, new Window(anchor, anchor, anchor),
          ActivityStatus.SATISFIED, Optional.of(last), Optional.empty(), reasons));
      return;
    }
    long k = 1;
    LocalDate due = anchor.plusMonths(interval);
    while (due.isBefore(f.asOf)) {
      k++;
      due = anchor.plusMonths(k * interval);
    }
    LocalDate opens = anchor.plusMonths((k - 1) * interval).plusDays(1);
    reasons.add(Reason.UNPUBLISHED_NEVER_OVERDUE);
    out.add(new ExpectedActivity(MEETING, new Window(opens, due, due), ActivityStatus.OWED,
        Optional.empty(), Optional.empty(), reasons));
  }

  private static ExpectedActivity activity(Facts f, List<InspectionKind> kinds, Window w,
      Optional<Inspection> done, Reason why) {
    if (done.isPresent()) {
      return new ExpectedActivity(kinds, w, ActivityStatus.SATISFIED, done, Optional.empty(),
          List.of(why));
    }
    if (f.mayHaveHappenedUnrecorded(w)) {
      return new ExpectedActivity(kinds, w, ActivityStatus.NOT_KNOWN, Optional.empty(),
          Optional.empty(), List.of(why, Reason.RECORD_ENDS));
    }
    ActivityStatus status = w.statusOn(f.asOf);
    if (status == ActivityStatus.OVERDUE) {
      return new ExpectedActivity(kinds, w, status, Optional.empty(),
          Optional.of(w.latest().plusDays(1)), List.of(why, Reason.OVERDUE));
    }
    return new ExpectedActivity(kinds, w, status, Optional.empty(), Optional.empty(),
        List.of(why));
  }

  private static ExpectedActivity notKnown(Facts f, List<InspectionKind> kinds, Window w,
      Reason why) {
    List<Reason> reasons = NOT_KNOWN.get(f.coverage).get(why);
    return new ExpectedActivity(kinds, w, ActivityStatus.NOT_KNOWN, Optional.empty(),
        Optional.empty(), reasons);
  }

  /**
   * The reasons of activity a history does not cover, by coverage and the rule that expects it;
   * made once, as every answer from an outcomes table has several.
   */
  private static final Map<Coverage, Map<Reason, List<Reason>>> NOT_KNOWN = notKnownReasons();

  private static Map<Coverage, Map<Reason, List<Reason>>> notKnownReasons() {
    Map<Coverage, Map<Reason, List<Reason>>> all = new EnumMap<>(Coverage.class);
    for (Coverage c : List.of(Coverage.GRADED_INSPECTIONS, Coverage.PUBLISHED_ACTIVITY)) {
      Reason data = c == Coverage.GRADED_INSPECTIONS
          ? Reason.GRADED_INSPECTIONS_ONLY : Reason.PUBLISHED_ACTIVITY_ONLY;
      Map<Reason, List<Reason>> byRule = new EnumMap<>(Reason.class);
      for (Reason why : List.of(Reason.ACTION_PLANNING_VISIT, Reason.MONITORING_VISITS,
          Reason.ENGAGEMENT_MEETING_EVERY_YEAR)) {
        byRule.put(why, List.of(why, data, Reason.NOT_KNOWN_FROM_THIS_DATA));
      }
      for (Reason why : List.of(Reason.INTERIM_VISIT_ON_PATHWAY_ONE,
          Reason.INTERIM_VISITS_WHEN_REQUIRES_IMPROVEMENT)) {
        byRule.put(why, List.of(why, Reason.FOCUSED_VISITS_UNDER_ILACS, data,
            Reason.NOT_KNOWN_FROM_THIS_DATA));
      }
      all.put(c, byRule);
    }
    return all;
  }

  /** The window between two days, expected halfway. */
  static Window midway(LocalDate earliest, LocalDate latest) {
    return new Window(earliest,
        earliest.plusDays(ChronoUnit.DAYS.between(earliest, latest) / 2), latest);
  }
}

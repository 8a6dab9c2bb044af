package io.github.ilacs.pathway;

import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Works out the next full inspection: its window as forecast, kind, status and reasons. */
final class NextInspection {
  private static final List<InspectionKind> SHORT_OR_STANDARD =
      List.of(InspectionKind.SHORT_INSPECTION, InspectionKind.STANDARD_INSPECTION);

  private NextInspection() {}

  static ExpectedActivity of(Facts f) {
    List<Reason> reasons = new ArrayList<>(6);
    PathwayPolicy policy = f.policy;
    Optional<Inspection> basis = f.basis;
    LocalDate anchor;
    Window w;
    if (basis.isEmpty()) {
      anchor = f.created.orElse(f.asOf);
      int months = policy.cycle().months();
      w = new Window(anchor, anchor.plusMonths(months / 2), anchor.plusMonths(months));
      reasons.add(Reason.FIRST_INSPECTION_WITHIN_CYCLE);
    } else {
      anchor = anchor(basis.get(), policy.anchor());
      boolean inadequate = f.pathway == Pathway.INADEQUATE_UNDER_MONITORING;
      PathwayPolicy.Cycle c = inadequate ? policy.reinspection() : policy.cycle();
      LocalDate expected = anchor.plusMonths(c.months());
      w = new Window(expected.minusMonths(c.monthsBefore()), expected,
          expected.plusMonths(c.monthsAfter()));
      if (inadequate) {
        reasons.add(Reason.REINSPECTION_AFTER_INADEQUATE);
      } else {
        reasons.add(Reason.THREE_YEAR_CYCLE);
        reasons.add(Reason.CYCLE_WINDOW);
      }
      Framework was = basis.get().framework();
      if (!inadequate && was.reinspectsOnlyInadequate()) {
        Optional<Framework> next = Framework.nextWithFullInspectionsAfter(was.inForceFrom());
        if (next.isPresent() && w.earliest().isBefore(next.get().inForceFrom())) {
          w = openingOn(w, next.get().inForceFrom());
          reasons.add(Reason.SIF_INSPECTED_ONCE);
        }
      }
    }
    for (PathwayPolicy.Pause p : policy.pauses()) {
      if (p.suspended().isAfter(f.asOf)) {
        continue; // not known on the date asked about
      }
      LocalDate from = anchor.isAfter(p.suspended()) ? anchor : p.suspended();
      if (from.isBefore(p.restarted()) && !w.latest().isBefore(p.suspended())) {
        w = w.shiftedBy(ChronoUnit.DAYS.between(from, p.restarted()));
        reasons.add(from.equals(p.suspended()) ? Reason.PAUSE : Reason.PAUSE_PART);
      }
    }
    boolean reinspection = f.pathway == Pathway.INADEQUATE_UNDER_MONITORING;
    if (Framework.carryingOutFullInspection(w.expected(), reinspection).isEmpty()) {
      Optional<Framework> next = Framework.nextWithFullInspectionsAfter(w.expected());
      if (next.isPresent() && w.earliest().isBefore(next.get().inForceFrom())) {
        w = openingOn(w, next.get().inForceFrom());
        reasons.add(Reason.NO_FULL_INSPECTIONS_2012_2013);
      }
    }
    LocalDate kindDay = w.expected();
    if (!kindDay.isAfter(f.asOf)) {
      kindDay = f.asOf.plusDays(1);
      reasons.add(Reason.KIND_FROM_THE_NEXT_DAY);
    }
    InspectionKind kind = kind(f.pathway, kindDay, reinspection);
    if (kind == InspectionKind.SHORT_INSPECTION || kind == InspectionKind.STANDARD_INSPECTION) {
      if (f.pathway == Pathway.GOOD_OR_OUTSTANDING || f.pathway == Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD) {
        reasons.add(Reason.SHORT_AFTER_GOOD);
      }
      if (reinspection && basis.get().framework().reinspectsOnlyInadequate()) {
        reasons.add(Reason.SIF_REINSPECTION_UNTIL_AUGUST_2018);
      }
    } else if (kind == InspectionKind.SIF_INSPECTION && reinspection) {
      reasons.add(Reason.SIF_REINSPECTION_UNTIL_AUGUST_2018);
    }
    ActivityStatus status;
    Optional<Inspection> satisfiedBy = Optional.empty();
    Optional<LocalDate> overdueSince = Optional.empty();
    if (f.pending.isPresent()) {
      status = ActivityStatus.PENDING;
      satisfiedBy = f.pending;
      reasons.add(Reason.PENDING_INSPECTION);
    } else if (f.mayHaveHappenedUnrecorded(w)) {
      status = ActivityStatus.NOT_KNOWN;
      reasons.add(Reason.RECORD_ENDS);
    } else {
      status = w.statusOn(f.asOf);
      if (status == ActivityStatus.OVERDUE) {
        overdueSince = Optional.of(w.latest().plusDays(1));
        reasons.add(Reason.OVERDUE);
      }
    }
    List<InspectionKind> kinds = kind == InspectionKind.SHORT_INSPECTION
        ? SHORT_OR_STANDARD : List.of(kind);
    return new ExpectedActivity(kinds, w, status, satisfiedBy, overdueSince, reasons);
  }

  static LocalDate anchor(Inspection b, PathwayPolicy.Anchor anchor) {
    return switch (anchor) {
      case START -> b.start();
      case END -> b.end();
      case PUBLISHED -> b.published().orElse(b.end());
    };
  }

  /** The window moved so that it opens on a day. */
  private static Window openingOn(Window w, LocalDate day) {
    return w.shiftedBy(ChronoUnit.DAYS.between(w.earliest(), day));
  }

  /**
   * The kind of the next full inspection on a day: the full-inspection kind of the framework
   * that carries it out then (or the next to come into force when none is); within ILACS a short
   * inspection after good or outstanding and a standard inspection otherwise.
   */
  private static InspectionKind kind(Pathway pathway, LocalDate day, boolean reinspection) {
    Framework f = Framework.carryingOutFullInspection(day, reinspection)
        .or(() -> Framework.nextWithFullInspectionsAfter(day))
        .orElseThrow(() -> new IllegalStateException("no framework with full inspections on or "
            + "after " + day));
    if (pathway == Pathway.GOOD_OR_OUTSTANDING && f.hasKind(InspectionKind.SHORT_INSPECTION)) {
      return InspectionKind.SHORT_INSPECTION;
    }
    if (f.hasKind(InspectionKind.STANDARD_INSPECTION)) {
      return InspectionKind.STANDARD_INSPECTION;
    }
    for (InspectionKind k : f.kinds()) {
      if (k.isFullInspection()) {
        return k;
      }
    }
    throw new IllegalStateException(f + " has no full inspection");
  }
}

package io.github.ilacs.pathway;

import io.github.ilacs.Coverage;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What was known on the date asked about, shared by the calculators: the activity that had ended,
 * the full inspection the pathway rests on, the one pending, the pathway and why.
 */
final class Facts {
  final InspectionHistory history;
  final LocalDate asOf;
  final PathwayPolicy policy;
  final Coverage coverage;
  /**
   * The last day the history is known complete, when working days lie between it and the date
   * asked about.
   */
  final Optional<LocalDate> recordEnds;
  /** Activity whose last day on site is on or before the date, in date order. */
  final List<Inspection> known;
  /** The latest full inspection whose report was out by the date. */
  final Optional<Inspection> basis;
  /** A full inspection begun after the basis whose report was not out by the date. */
  final Optional<Inspection> pending;
  /** The day the authority was created, when it is known and no inspection is known. */
  final Optional<LocalDate> created;
  final Pathway pathway;
  /** Why the pathway is what it is, and what the data covers. */
  final List<Reason> reasons = new ArrayList<>(4);

  Facts(InspectionHistory history, LocalDate asOf, PathwayPolicy policy,
      Optional<LocalDate> created) {
    this.history = history;
    this.asOf = asOf;
    this.policy = policy;
    this.coverage = history.coverage();
    // an activity begins on a working day: a gap holding none (a weekend, a bank holiday) hides
    // nothing, so the record is then complete up to the date asked about
    this.recordEnds = history.recordedUntil()
        .filter(d -> d.isBefore(asOf) && policy.workingDays().between(d, asOf) > 0);
    List<Inspection> chronological = history.chronological();
    List<Inspection> ended = new ArrayList<>(chronological.size());
    Inspection lastKnown = null;
    Inspection firstUnknown = null;
    for (Inspection i : chronological) {
      if (!i.end().isAfter(asOf)) {
        ended.add(i);
      }
      if (i.setsPathway() && !i.start().isAfter(asOf)) {
        if (outcomeKnown(i)) {
          lastKnown = i;
          firstUnknown = null;
        } else if (firstUnknown == null) {
          firstUnknown = i;
        }
      }
    }
    this.known = ended;
    this.basis = Optional.ofNullable(lastKnown);
    this.pending = Optional.ofNullable(firstUnknown);
    this.created = basis.isEmpty() ? created.filter(d -> !d.isAfter(asOf)) : Optional.empty();
    this.pathway = lastKnown == null ? Pathway.NOT_YET_INSPECTED : pathwayOf(lastKnown);
    if (lastKnown == null) {
      reasons.add(Reason.NOT_YET_INSPECTED);
      if (this.created.isPresent()) {
        reasons.add(Reason.NEW_AUTHORITY);
      }
    }
    pending.ifPresent(p -> reasons.add(Reason.PENDING_INSPECTION));
    if (coverage == Coverage.GRADED_INSPECTIONS) {
      reasons.add(Reason.GRADED_INSPECTIONS_ONLY);
    } else if (coverage == Coverage.PUBLISHED_ACTIVITY) {
      reasons.add(Reason.PUBLISHED_ACTIVITY_ONLY);
    }
  }

  /** The outcome of a full inspection is known once its report is published. */
  private boolean outcomeKnown(Inspection i) {
    return !i.published().orElse(i.end()).isAfter(asOf);
  }

  private Pathway pathwayOf(Inspection b) {
    Pathway p = Pathway.of(b, policy.noOverallGradeRule());
    if (b.overallEffectiveness().isPresent()) {
      reasons.add(Reason.OVERALL_GRADE_SETS_PATHWAY);
      if (b.framework().reinspectsOnlyInadequate()) {
        reasons.add(Reason.SIF_RESULT_CARRIES_OVER);
      }
    } else if (b.hasGradesButNoOverall()) {
      if (policy.noOverallGradeRule() == PathwayRule.leadersPlusTwoOfThree()) {
        reasons.add(Reason.LEADERS_PLUS_TWO_OF_THREE);
        if (p == Pathway.INADEQUATE_UNDER_MONITORING) {
          reasons.add(Reason.ANY_PRACTICE_INADEQUATE);
        }
      } else {
        reasons.add(Reason.USER_PATHWAY_RULE);
      }
    } else {
      reasons.add(Reason.WORST_AREA_SETS_PATHWAY);
    }
    return p;
  }

  /** Whether the history records activity of a kind. */
  boolean covers(io.github.ilacs.InspectionKind kind) {
    return coverage.covers(kind);
  }

  /**
   * Whether an activity expected in a window could have taken place unrecorded: the record ends
   * before the date asked about, and the window opened by then.
   */
  boolean mayHaveHappenedUnrecorded(Window w) {
    return recordEnds.isPresent() && !w.earliest().isAfter(asOf);
  }

  /** The reason that says what the history does not cover. */
  Reason coverageReason() {
    return coverage == Coverage.GRADED_INSPECTIONS
        ? Reason.GRADED_INSPECTIONS_ONLY : Reason.PUBLISHED_ACTIVITY_ONLY;
  }
}

package io.github.ilacs.plan;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.PathwayPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A plan with the authority's history (its answered inspections added where the history lacks
 * them) and the pathway policy its deadlines and windows come from.
 */
record Context(ImprovementPlan plan, InspectionHistory history, PathwayPolicy policy) {

  static Context of(ImprovementPlan plan, Optional<InspectionHistory> given,
      PathwayPolicy policy) {
    if (plan == null || given == null || policy == null) {
      throw new IllegalArgumentException("plan, history and policy must not be null");
    }
    List<Inspection> all = new ArrayList<>();
    if (given.isPresent()) {
      InspectionHistory h = given.get();
      if (!h.authority().code().equals(plan.authority().code())) {
        throw new InvalidInspectionException(Invariant.PLAN_SAME_AUTHORITY, "history.authority",
            h.authority().code(), "the history is of " + h.authority().name() + " ("
                + h.authority().code() + "), the plan of " + plan.authority().name() + " ("
                + plan.authority().code() + ")");
      }
      all.addAll(h.inspections());
    }
    for (Inspection answered : plan.answers()) {
      if (all.stream().noneMatch(i -> sameActivity(i, answered))) {
        all.add(answered);
      }
    }
    return new Context(plan, InspectionHistory.of(plan.authority(), all), policy);
  }

  static boolean sameActivity(Inspection a, Inspection b) {
    return a.kind() == b.kind() && a.start().equals(b.start());
  }

  /**
   * The day a report or letter is out: the earliest of the days it was issued, received and
   * published, or the last day on site when none is known.
   */
  static LocalDate reportDay(Inspection i) {
    return Stream.of(i.issued(), i.received(), i.published()).flatMap(Optional::stream)
        .min(LocalDate::compareTo).orElse(i.end());
  }

  /**
   * The deadline of a kind the report sets, as the pathway counts it on a day; only once the
   * day it counts from has come.
   */
  Optional<Deadline> deadline(Inspection report, Deadline.Kind kind, LocalDate asOf) {
    return Deadline.following(report, asOf, policy).stream()
        .filter(d -> d.kind() == kind && !d.from().isAfter(asOf)).findFirst();
  }

  /** The day a draft reached Ofsted for a report: the draft on or after it, or the plan sent. */
  Optional<LocalDate> draftAfter(LocalDate report) {
    Optional<LocalDate> drafted = plan.drafted().filter(d -> !d.isBefore(report));
    return drafted.isPresent() ? drafted : plan.sentAfter(report);
  }
}

package io.github.ilacs.pathway;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Works out the deadlines that follow reports and letters: from the basis report, and from each
 * later focused-visit letter with areas for priority action.
 */
final class Deadlines {
  /** The reasons of a deadline by its rule and the date it counts from, made once. */
  private static final Map<Reason, Map<Deadline.CountedFrom, List<Reason>>> REASONS =
      reasons();

  private static Map<Reason, Map<Deadline.CountedFrom, List<Reason>>> reasons() {
    Map<Reason, Map<Deadline.CountedFrom, List<Reason>>> all = new EnumMap<>(Reason.class);
    for (Reason rule : List.of(Reason.ACTION_PLAN, Reason.REPORT_PUBLICATION,
        Reason.PRIORITY_ACTION_PLAN)) {
      Map<Deadline.CountedFrom, List<Reason>> byDate = new EnumMap<>(Deadline.CountedFrom.class);
      byDate.put(Deadline.CountedFrom.RECEIVED,
          List.of(rule, Reason.COUNTED_FROM_RECEIPT, Reason.WORKING_DAYS));
      byDate.put(Deadline.CountedFrom.ISSUED,
          List.of(rule, Reason.COUNTED_FROM_ISSUE, Reason.WORKING_DAYS));
      byDate.put(Deadline.CountedFrom.PUBLISHED,
          List.of(rule, Reason.COUNTED_FROM_PUBLICATION, Reason.WORKING_DAYS));
      all.put(rule, byDate);
    }
    return all;
  }

  private Deadlines() {}

  static List<Deadline> of(Facts f) {
    List<Deadline> out = new ArrayList<>(4);
    LocalDate after = null;
    if (f.basis.isPresent()) {
      out.addAll(following(f.basis.get(), f.asOf, f.policy));
      after = f.basis.get().end();
    }
    for (Inspection i : f.known) {
      if (i.kind() == InspectionKind.FOCUSED_VISIT && (after == null || i.start().isAfter(after))) {
        out.addAll(following(i, f.asOf, f.policy));
      }
    }
    if (out.size() > 1) {
      out.sort(BY_DUE);
    }
    return List.copyOf(out);
  }

  private static final java.util.Comparator<Deadline> BY_DUE =
      java.util.Comparator.comparing(Deadline::due);

  static List<Deadline> following(Inspection doc, LocalDate asOf, PathwayPolicy policy) {
    Deadline.CountedFrom counted;
    LocalDate from;
    if (doc.received().isPresent()) {
      counted = Deadline.CountedFrom.RECEIVED;
      from = doc.received().get();
    } else if (doc.issued().isPresent()) {
      counted = Deadline.CountedFrom.ISSUED;
      from = doc.issued().get();
    } else if (doc.published().isPresent()) {
      counted = Deadline.CountedFrom.PUBLISHED;
      from = doc.published().get();
    } else {
      return List.of();
    }
    if (from.isAfter(asOf)) {
      return List.of();
    }
    PathwayPolicy.DeadlinePeriods p = policy.deadlinePeriods();
    List<Deadline> out = new ArrayList<>(2);
    if (doc.isFullInspection()) {
      out.add(deadline(Deadline.Kind.ACTION_PLAN, doc, counted, from, p.actionPlanWorkingDays(),
          asOf, policy, Reason.ACTION_PLAN));
      out.add(deadline(Deadline.Kind.REPORT_PUBLICATION, doc, counted, from,
          p.publicationWorkingDays(), asOf, policy, Reason.REPORT_PUBLICATION));
    } else if (doc.kind() == InspectionKind.FOCUSED_VISIT && namesPriorityAction(doc)) {
      LocalDate letter = doc.issued().or(doc::published).orElse(from);
      if (!letter.isBefore(p.priorityActionPlansFrom())) {
        out.add(deadline(Deadline.Kind.EARLY_DRAFT_ACTION_PLAN, doc, counted, from,
            p.earlyDraftWorkingDays(), asOf, policy, Reason.PRIORITY_ACTION_PLAN));
        out.add(deadline(Deadline.Kind.ACTION_PLAN, doc, counted, from,
            p.actionPlanWorkingDays(), asOf, policy, Reason.PRIORITY_ACTION_PLAN));
      }
    }
    return out;
  }

  private static boolean namesPriorityAction(Inspection doc) {
    for (Finding finding : doc.findings()) {
      if (finding.kind() == FindingKind.AREA_FOR_PRIORITY_ACTION) {
        return true;
      }
    }
    return false;
  }

  private static Deadline deadline(Deadline.Kind kind, Inspection doc,
      Deadline.CountedFrom counted, LocalDate from, int workingDays, LocalDate asOf,
      PathwayPolicy policy, Reason rule) {
    LocalDate due = policy.workingDays().plus(from, workingDays);
    return new Deadline(kind, doc, counted, from, workingDays, due,
        asOf.isAfter(due) ? Deadline.Status.PASSED : Deadline.Status.OPEN,
        REASONS.get(rule).get(counted));
  }
}

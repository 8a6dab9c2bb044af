package io.github.ilacs.pathway;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out the deadlines that follow reports and letters: from the basis report, and from each
 * later focused-visit letter with areas for priority action.
 */
final class Deadlines {
  private static final List<Reason> FROM_RECEIPT =
      List.of(Reason.COUNTED_FROM_RECEIPT, Reason.WORKING_DAYS);
  private static final List<Reason> FROM_ISSUE =
      List.of(Reason.COUNTED_FROM_ISSUE, Reason.WORKING_DAYS);
  private static final List<Reason> FROM_PUBLICATION =
      List.of(Reason.COUNTED_FROM_PUBLICATION, Reason.WORKING_DAYS);

  private Deadlines() {}

  static List<Deadline> of(Facts f) {
    List<Deadline> out = new ArrayList<>(4);
    f.basis.ifPresent(b -> out.addAll(following(b, f.asOf, f.policy)));
    for (Inspection i : f.known) {
      if (i.kind() == InspectionKind.FOCUSED_VISIT
          && f.basis.map(b -> i.start().isAfter(b.end())).orElse(true)) {
        out.addAll(following(i, f.asOf, f.policy));
      }
    }
    out.sort((a, b) -> a.due().compareTo(b.due()));
    return out;
  }

  static List<Deadline> following(Inspection doc, LocalDate asOf, PathwayPolicy policy) {
    Deadline.CountedFrom counted;
    LocalDate from;
    List<Reason> how;
    if (doc.received().isPresent()) {
      counted = Deadline.CountedFrom.RECEIVED;
      from = doc.received().get();
      how = FROM_RECEIPT;
    } else if (doc.issued().isPresent()) {
      counted = Deadline.CountedFrom.ISSUED;
      from = doc.issued().get();
      how = FROM_ISSUE;
    } else if (doc.published().isPresent()) {
      counted = Deadline.CountedFrom.PUBLISHED;
      from = doc.published().get();
      how = FROM_PUBLICATION;
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
          asOf, policy, Reason.ACTION_PLAN, how));
      out.add(deadline(Deadline.Kind.REPORT_PUBLICATION, doc, counted, from,
          p.publicationWorkingDays(), asOf, policy, Reason.REPORT_PUBLICATION, how));
    } else if (doc.kind() == InspectionKind.FOCUSED_VISIT && namesPriorityAction(doc)) {
      LocalDate letter = doc.issued().or(doc::published).orElse(from);
      if (!letter.isBefore(p.priorityActionPlansFrom())) {
        out.add(deadline(Deadline.Kind.EARLY_DRAFT_ACTION_PLAN, doc, counted, from,
            p.earlyDraftWorkingDays(), asOf, policy, Reason.PRIORITY_ACTION_PLAN, how));
        out.add(deadline(Deadline.Kind.ACTION_PLAN, doc, counted, from,
            p.actionPlanWorkingDays(), asOf, policy, Reason.PRIORITY_ACTION_PLAN, how));
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
      PathwayPolicy policy, Reason rule, List<Reason> how) {
    LocalDate due = policy.workingDays().plus(from, workingDays);
    List<Reason> reasons = new ArrayList<>(3);
    reasons.add(rule);
    reasons.addAll(how);
    return new Deadline(kind, doc, counted, from, workingDays, due,
        asOf.isAfter(due) ? Deadline.Status.PASSED : Deadline.Status.OPEN, reasons);
  }
}

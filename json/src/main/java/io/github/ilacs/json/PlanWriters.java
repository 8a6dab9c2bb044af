package io.github.ilacs.json;

import io.github.ilacs.Inspection;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.Milestone;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.ProgressUpdate;
import io.github.ilacs.plan.ReportingCadence;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The writers of improvement plans, and of where a plan stands on a day (write only): camelCase names, ISO-8601 dates, enums as
 * constant names; optional values omitted when empty, lists always written.
 */
final class PlanWriters {
  private PlanWriters() {}

  static void findingRef(FindingRef r, JsonOutput g) throws IOException {
    g.startObject();
    Writers.field(g, PropertyName.INSPECTION_KIND, r.inspectionKind().name());
    Writers.date(g, PropertyName.INSPECTION_START, r.inspectionStart());
    Writers.number(g, PropertyName.FINDING, r.finding());
    g.endObject();
  }

  static void milestone(Milestone m, JsonOutput g) throws IOException {
    g.startObject();
    Writers.field(g, PropertyName.WHAT, m.what());
    Writers.date(g, PropertyName.DUE, m.due());
    optionalDate(g, PropertyName.REACHED, m.reached());
    g.endObject();
  }

  static void update(ProgressUpdate u, JsonOutput g) throws IOException {
    g.startObject();
    Writers.date(g, PropertyName.DATE, u.date());
    Writers.field(g, PropertyName.STATUS, u.status().name());
    Writers.field(g, PropertyName.NOTE, u.note());
    g.endObject();
  }

  static void cadence(ReportingCadence c, JsonOutput g) throws IOException {
    g.startObject();
    Writers.number(g, PropertyName.MONTHS, c.months());
    Writers.field(g, PropertyName.TO, c.to());
    g.endObject();
  }

  static void action(Action a, JsonOutput g) throws IOException {
    g.startObject();
    Writers.field(g, PropertyName.ID, a.id());
    Writers.array(g, PropertyName.ANSWERS);
    for (FindingRef r : a.answers()) {
      findingRef(r, g);
    }
    g.endArray();
    Writers.field(g, PropertyName.WHAT, a.what());
    Writers.field(g, PropertyName.OWNER, a.owner());
    Writers.date(g, PropertyName.DUE, a.due());
    if (a.dueReason().isPresent()) {
      Writers.field(g, PropertyName.DUE_REASON, a.dueReason().get());
    }
    Writers.array(g, PropertyName.MILESTONES);
    for (Milestone m : a.milestones()) {
      milestone(m, g);
    }
    g.endArray();
    Writers.array(g, PropertyName.UPDATES);
    for (ProgressUpdate u : a.updates()) {
      update(u, g);
    }
    g.endArray();
    optionalDate(g, PropertyName.COMPLETED, a.completed());
    g.endObject();
  }

  static void plan(ImprovementPlan p, JsonOutput g) throws IOException {
    g.startObject();
    g.name(PropertyName.AUTHORITY);
    Writers.authority(p.authority(), g);
    Writers.array(g, PropertyName.ANSWERS);
    for (Inspection i : p.answers()) {
      Writers.inspection(i, g);
    }
    g.endArray();
    optionalDate(g, PropertyName.DRAFTED, p.drafted());
    optionalDate(g, PropertyName.SUBMITTED, p.submitted());
    optionalDate(g, PropertyName.REVISED, p.revised());
    if (p.cadence().isPresent()) {
      g.name(PropertyName.CADENCE);
      cadence(p.cadence().get(), g);
    }
    Writers.array(g, PropertyName.PROGRESS_REPORTS);
    for (LocalDate d : p.progressReports()) {
      g.string(d.toString());
    }
    g.endArray();
    Writers.array(g, PropertyName.ACTIONS);
    for (Action a : p.actions()) {
      action(a, g);
    }
    g.endArray();
    if (p.note().isPresent()) {
      Writers.field(g, PropertyName.NOTE, p.note().get());
    }
    if (p.source().isPresent()) {
      g.name(PropertyName.SOURCE);
      Writers.source(p.source().get(), g);
    }
    g.endObject();
  }

  /**
   * Writes where a plan stands on a day (write only): {@code {"asOf", "overdue", "deadlines",
   * "overdueItems", "atRisk", "unanswered", "recurring", "nextProgressReport"}}.
   */
  static void progress(PlanProgress p, JsonOutput g) throws IOException {
    g.startObject();
    Writers.date(g, PropertyName.AS_OF, p.asOf());
    Writers.bool(g, PropertyName.OVERDUE, p.hasOverdue());
    Writers.array(g, PropertyName.DEADLINES);
    for (PlanProgress.PlanDeadline d : p.deadlines()) {
      g.startObject();
      g.name(PropertyName.ANSWERS);
      activity(d.answers(), g);
      g.name(PropertyName.DEADLINE);
      PathwayWriters.deadline(d.deadline(), g);
      optionalDate(g, PropertyName.MET, d.met());
      g.endObject();
    }
    g.endArray();
    Writers.array(g, PropertyName.OVERDUE_ITEMS);
    for (PlanProgress.Overdue o : p.overdue()) {
      g.startObject();
      Writers.field(g, PropertyName.ITEM, o.item().name());
      Writers.field(g, PropertyName.WHAT, o.what());
      Writers.date(g, PropertyName.DUE, o.due());
      g.endObject();
    }
    g.endArray();
    Writers.array(g, PropertyName.AT_RISK);
    for (Action a : p.atRisk()) {
      g.string(a.id());
    }
    g.endArray();
    Writers.array(g, PropertyName.UNANSWERED);
    for (FindingRef r : p.unanswered()) {
      findingRef(r, g);
    }
    g.endArray();
    Writers.array(g, PropertyName.RECURRING);
    for (PlanProgress.Recurrence r : p.recurring()) {
      g.startObject();
      g.name(PropertyName.ANSWERED);
      findingRef(r.answered(), g);
      Writers.field(g, PropertyName.ACTION, r.action());
      Writers.date(g, PropertyName.COMPLETE_SINCE, r.completeSince());
      Writers.field(g, PropertyName.THEME, r.theme().name());
      g.name(PropertyName.LATER);
      activity(r.later(), g);
      g.name(PropertyName.LATER_FINDING);
      Writers.finding(r.laterFinding(), g);
      g.endObject();
    }
    g.endArray();
    optionalDate(g, PropertyName.NEXT_PROGRESS_REPORT, p.nextProgressReport());
    g.endObject();
  }

  /** An inspection named as a finding reference names it: its kind and first day on site. */
  private static void activity(Inspection i, JsonOutput g) throws IOException {
    g.startObject();
    Writers.field(g, PropertyName.KIND, i.kind().name());
    Writers.date(g, PropertyName.START, i.start());
    g.endObject();
  }

  private static void optionalDate(JsonOutput g, PropertyName name, Optional<LocalDate> d)
      throws IOException {
    if (d.isPresent()) {
      Writers.date(g, name, d.get());
    }
  }
}

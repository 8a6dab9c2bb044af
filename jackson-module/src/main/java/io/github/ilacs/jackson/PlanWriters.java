package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
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

  static void findingRef(FindingRef r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("inspectionKind", r.inspectionKind().name());
    Writers.date(g, "inspectionStart", r.inspectionStart());
    g.writeNumberField("finding", r.finding());
    g.writeEndObject();
  }

  static void milestone(Milestone m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("what", m.what());
    Writers.date(g, "due", m.due());
    optionalDate(g, "reached", m.reached());
    g.writeEndObject();
  }

  static void update(ProgressUpdate u, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Writers.date(g, "date", u.date());
    g.writeStringField("status", u.status().name());
    g.writeStringField("note", u.note());
    g.writeEndObject();
  }

  static void cadence(ReportingCadence c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("months", c.months());
    g.writeStringField("to", c.to());
    g.writeEndObject();
  }

  static void action(Action a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeArrayFieldStart("answers");
    for (FindingRef r : a.answers()) {
      findingRef(r, g);
    }
    g.writeEndArray();
    g.writeStringField("what", a.what());
    g.writeStringField("owner", a.owner());
    Writers.date(g, "due", a.due());
    if (a.dueReason().isPresent()) {
      g.writeStringField("dueReason", a.dueReason().get());
    }
    g.writeArrayFieldStart("milestones");
    for (Milestone m : a.milestones()) {
      milestone(m, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("updates");
    for (ProgressUpdate u : a.updates()) {
      update(u, g);
    }
    g.writeEndArray();
    optionalDate(g, "completed", a.completed());
    g.writeEndObject();
  }

  static void plan(ImprovementPlan p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("authority");
    Writers.authority(p.authority(), g);
    g.writeArrayFieldStart("answers");
    for (Inspection i : p.answers()) {
      Writers.inspection(i, g);
    }
    g.writeEndArray();
    optionalDate(g, "drafted", p.drafted());
    optionalDate(g, "submitted", p.submitted());
    optionalDate(g, "revised", p.revised());
    if (p.cadence().isPresent()) {
      g.writeFieldName("cadence");
      cadence(p.cadence().get(), g);
    }
    g.writeArrayFieldStart("progressReports");
    for (LocalDate d : p.progressReports()) {
      g.writeString(d.toString());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actions");
    for (Action a : p.actions()) {
      action(a, g);
    }
    g.writeEndArray();
    if (p.note().isPresent()) {
      g.writeStringField("note", p.note().get());
    }
    if (p.source().isPresent()) {
      g.writeFieldName("source");
      Writers.source(p.source().get(), g);
    }
    g.writeEndObject();
  }

  /**
   * Writes where a plan stands on a day (write only): {@code {"asOf", "overdue", "deadlines",
   * "overdueItems", "atRisk", "unanswered", "recurring", "nextProgressReport"}}.
   */
  static void progress(PlanProgress p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Writers.date(g, "asOf", p.asOf());
    g.writeBooleanField("overdue", p.isOverdue());
    g.writeArrayFieldStart("deadlines");
    for (PlanProgress.PlanDeadline d : p.deadlines()) {
      g.writeStartObject();
      g.writeFieldName("answers");
      activity(d.answers(), g);
      g.writeFieldName("deadline");
      PathwayWriters.deadline(d.deadline(), g);
      optionalDate(g, "met", d.met());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("overdueItems");
    for (PlanProgress.Overdue o : p.overdue()) {
      g.writeStartObject();
      g.writeStringField("item", o.item().name());
      g.writeStringField("what", o.what());
      Writers.date(g, "due", o.due());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("atRisk");
    for (Action a : p.atRisk()) {
      g.writeString(a.id());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unanswered");
    for (FindingRef r : p.unanswered()) {
      findingRef(r, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("recurring");
    for (PlanProgress.Recurrence r : p.recurring()) {
      g.writeStartObject();
      g.writeFieldName("answered");
      findingRef(r.answered(), g);
      g.writeStringField("action", r.action());
      Writers.date(g, "completeSince", r.completeSince());
      g.writeStringField("theme", r.theme().name());
      g.writeFieldName("later");
      activity(r.later(), g);
      g.writeFieldName("laterFinding");
      Writers.finding(r.laterFinding(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    optionalDate(g, "nextProgressReport", p.nextProgressReport());
    g.writeEndObject();
  }

  /** An inspection named as a finding reference names it: its kind and first day on site. */
  private static void activity(Inspection i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", i.kind().name());
    Writers.date(g, "start", i.start());
    g.writeEndObject();
  }

  private static void optionalDate(JsonGenerator g, String name, Optional<LocalDate> d)
      throws IOException {
    if (d.isPresent()) {
      Writers.date(g, name, d.get());
    }
  }
}

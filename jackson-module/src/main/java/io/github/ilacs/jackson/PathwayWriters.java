package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Reason;
import io.github.ilacs.pathway.ScheduledWindow;
import io.github.ilacs.pathway.Window;
import io.github.ilacs.rules.Violation;
import java.io.IOException;
import java.util.List;

/**
 * Writers for pathway answers, so an API can return them. Dates are ISO-8601, enums constant
 * names, optional values omitted when empty, lists always written; reasons are written as their
 * codes.
 */
final class PathwayWriters {
  private PathwayWriters() {}

  static void pathway(InspectionPathway p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Writers.date(g, "asOf", p.asOf());
    g.writeFieldName("authority");
    Writers.authority(p.authority(), g);
    g.writeStringField("coverage", p.coverage().name());
    g.writeArrayFieldStart("errors");
    for (Violation v : p.errors()) {
      ReportWriters.violation(v, g);
    }
    g.writeEndArray();
    g.writeStringField("pathway", p.pathway().name());
    reasons(p.reasons(), g);
    if (p.basis().isPresent()) {
      g.writeFieldName("basis");
      Writers.inspection(p.basis().get(), g);
    }
    if (p.pending().isPresent()) {
      g.writeFieldName("pending");
      Writers.inspection(p.pending().get(), g);
    }
    g.writeFieldName("nextInspection");
    activity(p.nextInspection(), g);
    g.writeFieldName("forecastWindow");
    window(p.forecastWindow(), g);
    if (p.scheduled().isPresent()) {
      ScheduledWindow s = p.scheduled().get();
      g.writeObjectFieldStart("scheduled");
      g.writeFieldName("window");
      window(s.window(), g);
      g.writeNumberField("backlogPlace", s.backlogPlace());
      reasons(s.reasons(), g);
      g.writeEndObject();
    }
    g.writeArrayFieldStart("interimActivities");
    for (ExpectedActivity a : p.interimActivities()) {
      activity(a, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("deadlines");
    for (Deadline d : p.deadlines()) {
      deadline(d, g);
    }
    g.writeEndArray();
    g.writeBooleanField("overdue", p.isOverdue());
    g.writeStringField("explanation", p.explanation());
    g.writeEndObject();
  }

  static void activity(ExpectedActivity a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("kinds");
    for (InspectionKind k : a.kinds()) {
      g.writeString(k.name());
    }
    g.writeEndArray();
    g.writeFieldName("window");
    window(a.window(), g);
    g.writeStringField("status", a.status().name());
    if (a.overdueSince().isPresent()) {
      Writers.date(g, "overdueSince", a.overdueSince().get());
    }
    if (a.satisfiedBy().isPresent()) {
      g.writeFieldName("satisfiedBy");
      Writers.inspection(a.satisfiedBy().get(), g);
    }
    reasons(a.reasons(), g);
    g.writeEndObject();
  }

  static void window(Window w, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Writers.date(g, "earliest", w.earliest());
    Writers.date(g, "expected", w.expected());
    Writers.date(g, "latest", w.latest());
    g.writeEndObject();
  }

  static void deadline(Deadline d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", d.kind().name());
    g.writeStringField("countedFrom", d.countedFrom().name());
    Writers.date(g, "from", d.from());
    g.writeNumberField("workingDays", d.workingDays());
    Writers.date(g, "due", d.due());
    g.writeStringField("status", d.status().name());
    reasons(d.reasons(), g);
    g.writeEndObject();
  }

  private static void reasons(List<Reason> reasons, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("reasons");
    for (Reason r : reasons) {
      g.writeString(r.code());
    }
    g.writeEndArray();
  }
}

package io.github.ilacs.json;

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

  static void pathway(InspectionPathway p, JsonOutput g) throws IOException {
    g.startObject();
    Writers.date(g, PropertyName.AS_OF, p.asOf());
    g.name(PropertyName.AUTHORITY);
    Writers.authority(p.authority(), g);
    Writers.field(g, PropertyName.COVERAGE, p.coverage().name());
    Writers.array(g, PropertyName.ERRORS);
    for (Violation v : p.errors()) {
      ReportWriters.violation(v, g);
    }
    g.endArray();
    Writers.field(g, PropertyName.PATHWAY, p.pathway().name());
    reasons(p.reasons(), g);
    if (p.basis().isPresent()) {
      g.name(PropertyName.BASIS);
      Writers.inspection(p.basis().get(), g);
    }
    if (p.pending().isPresent()) {
      g.name(PropertyName.PENDING);
      Writers.inspection(p.pending().get(), g);
    }
    g.name(PropertyName.NEXT_INSPECTION);
    activity(p.nextInspection(), g);
    g.name(PropertyName.FORECAST_WINDOW);
    window(p.forecastWindow(), g);
    if (p.scheduled().isPresent()) {
      ScheduledWindow s = p.scheduled().get();
      Writers.object(g, PropertyName.SCHEDULED);
      g.name(PropertyName.WINDOW);
      window(s.window(), g);
      Writers.number(g, PropertyName.BACKLOG_PLACE, s.backlogPlace());
      reasons(s.reasons(), g);
      g.endObject();
    }
    Writers.array(g, PropertyName.INTERIM_ACTIVITIES);
    for (ExpectedActivity a : p.interimActivities()) {
      activity(a, g);
    }
    g.endArray();
    Writers.array(g, PropertyName.DEADLINES);
    for (Deadline d : p.deadlines()) {
      deadline(d, g);
    }
    g.endArray();
    Writers.bool(g, PropertyName.OVERDUE, p.overdue());
    Writers.field(g, PropertyName.EXPLANATION, p.explanation());
    g.endObject();
  }

  static void activity(ExpectedActivity a, JsonOutput g) throws IOException {
    g.startObject();
    Writers.array(g, PropertyName.KINDS);
    for (InspectionKind k : a.kinds()) {
      g.string(k.name());
    }
    g.endArray();
    g.name(PropertyName.WINDOW);
    window(a.window(), g);
    Writers.field(g, PropertyName.STATUS, a.status().name());
    if (a.overdueSince().isPresent()) {
      Writers.date(g, PropertyName.OVERDUE_SINCE, a.overdueSince().get());
    }
    if (a.satisfiedBy().isPresent()) {
      g.name(PropertyName.SATISFIED_BY);
      Writers.inspection(a.satisfiedBy().get(), g);
    }
    reasons(a.reasons(), g);
    g.endObject();
  }

  static void window(Window w, JsonOutput g) throws IOException {
    g.startObject();
    Writers.date(g, PropertyName.EARLIEST, w.earliest());
    Writers.date(g, PropertyName.EXPECTED, w.expected());
    Writers.date(g, PropertyName.LATEST, w.latest());
    g.endObject();
  }

  static void deadline(Deadline d, JsonOutput g) throws IOException {
    g.startObject();
    Writers.field(g, PropertyName.KIND, d.kind().name());
    Writers.field(g, PropertyName.COUNTED_FROM, d.countedFrom().name());
    Writers.date(g, PropertyName.FROM, d.from());
    Writers.number(g, PropertyName.WORKING_DAYS, d.workingDays());
    Writers.date(g, PropertyName.DUE, d.due());
    Writers.field(g, PropertyName.STATUS, d.status().name());
    reasons(d.reasons(), g);
    g.endObject();
  }

  private static void reasons(List<Reason> reasons, JsonOutput g) throws IOException {
    Writers.array(g, PropertyName.REASONS);
    for (Reason r : reasons) {
      g.string(r.code());
    }
    g.endArray();
  }
}

package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.compare.Distribution;
import io.github.ilacs.compare.Group;
import io.github.ilacs.compare.LatestGrade;
import io.github.ilacs.compare.Position;
import io.github.ilacs.compare.Standing;
import java.io.IOException;
import java.util.Optional;

/**
 * Writers for comparisons, so an API can return them. Dates are ISO-8601, enums constant names,
 * optional values omitted when empty, lists always written. An inspection is written by
 * reference (framework, kind, dates), not in full.
 */
final class ComparisonWriters {
  private ComparisonWriters() {}

  static void comparison(Comparison c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Writers.date(g, "asOf", c.asOf());
    g.writeStringField("framework", c.framework().name());
    g.writeArrayFieldStart("areas");
    for (JudgementArea a : c.areas()) {
      g.writeString(a.name());
    }
    g.writeEndArray();
    g.writeStringField("region", c.region().name());
    g.writeFieldName("authority");
    standing(c.authority(), g);
    g.writeArrayFieldStart("neighbours");
    for (Standing s : c.neighbours()) {
      standing(s, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("groups");
    for (Group group : Group.values()) {
      g.writeStartObject();
      g.writeStringField("group", group.name());
      g.writeArrayFieldStart("areas");
      for (JudgementArea a : c.areas()) {
        g.writeStartObject();
        g.writeStringField("area", a.name());
        g.writeFieldName("distribution");
        distribution(c.distribution(a, group), g);
        Optional<Position> p = c.position(a, group);
        if (p.isPresent()) {
          g.writeFieldName("position");
          position(p.get(), g);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void standing(Standing s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("authority");
    Writers.authority(s.authority().toLocalAuthority(), g);
    if (s.latestInspection().isPresent()) {
      g.writeFieldName("latestInspection");
      reference(s.latestInspection().get(), g);
    }
    g.writeArrayFieldStart("grades");
    for (LatestGrade l : s.grades()) {
      latestGrade(l, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void latestGrade(LatestGrade l, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("area", l.area().name());
    g.writeStringField("status", l.status().name());
    if (l.point().isPresent()) {
      g.writeStringField("grade", l.point().get().grade().name());
      g.writeStringField("gradedAs", l.point().get().area().name());
    }
    if (l.inspection().isPresent()) {
      g.writeFieldName("inspection");
      reference(l.inspection().get(), g);
    }
    g.writeEndObject();
  }

  static void distribution(Distribution d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("outstanding", d.count(Grade.OUTSTANDING));
    g.writeNumberField("good", d.count(Grade.GOOD));
    g.writeNumberField("requiresImprovement", d.count(Grade.REQUIRES_IMPROVEMENT));
    g.writeNumberField("inadequate", d.count(Grade.INADEQUATE));
    g.writeNumberField("notGraded", d.notGraded());
    g.writeNumberField("total", d.total());
    g.writeEndObject();
  }

  static void position(Position p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("ahead", p.ahead());
    g.writeNumberField("level", p.level());
    g.writeNumberField("behind", p.behind());
    g.writeNumberField("notGraded", p.notGraded());
    g.writeEndObject();
  }

  /** An inspection named by its framework, kind and dates. */
  private static void reference(Inspection i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("framework", i.framework().name());
    g.writeStringField("kind", i.kind().name());
    Writers.date(g, "start", i.start());
    Writers.date(g, "end", i.end());
    if (i.published().isPresent()) {
      Writers.date(g, "published", i.published().get());
    }
    g.writeEndObject();
  }
}

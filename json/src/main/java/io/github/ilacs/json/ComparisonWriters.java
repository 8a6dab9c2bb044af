package io.github.ilacs.json;

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

  static void comparison(Comparison c, JsonOutput g) throws IOException {
    g.startObject();
    Writers.date(g, PropertyName.AS_OF, c.asOf());
    Writers.field(g, PropertyName.FRAMEWORK, c.framework().name());
    Writers.array(g, PropertyName.AREAS);
    for (JudgementArea a : c.areas()) {
      g.string(a.name());
    }
    g.endArray();
    Writers.field(g, PropertyName.REGION, c.region().name());
    g.name(PropertyName.AUTHORITY);
    standing(c.authority(), g);
    Writers.array(g, PropertyName.NEIGHBOURS);
    for (Standing s : c.neighbours()) {
      standing(s, g);
    }
    g.endArray();
    Writers.array(g, PropertyName.GROUPS);
    for (Group group : Group.values()) {
      g.startObject();
      Writers.field(g, PropertyName.GROUP, group.name());
      Writers.array(g, PropertyName.AREAS);
      for (JudgementArea a : c.areas()) {
        g.startObject();
        Writers.field(g, PropertyName.AREA, a.name());
        g.name(PropertyName.DISTRIBUTION);
        distribution(c.distribution(a, group), g);
        Optional<Position> p = c.position(a, group);
        if (p.isPresent()) {
          g.name(PropertyName.POSITION);
          position(p.get(), g);
        }
        g.endObject();
      }
      g.endArray();
      g.endObject();
    }
    g.endArray();
    g.endObject();
  }

  static void standing(Standing s, JsonOutput g) throws IOException {
    g.startObject();
    g.name(PropertyName.AUTHORITY);
    Writers.authority(s.authority().toLocalAuthority(), g);
    if (s.latestInspection().isPresent()) {
      g.name(PropertyName.LATEST_INSPECTION);
      reference(s.latestInspection().get(), g);
    }
    Writers.array(g, PropertyName.GRADES);
    for (LatestGrade l : s.grades()) {
      latestGrade(l, g);
    }
    g.endArray();
    g.endObject();
  }

  static void latestGrade(LatestGrade l, JsonOutput g) throws IOException {
    g.startObject();
    Writers.field(g, PropertyName.AREA, l.area().name());
    Writers.field(g, PropertyName.STATUS, l.status().name());
    if (l.point().isPresent()) {
      Writers.field(g, PropertyName.GRADE, l.point().get().grade().name());
      Writers.field(g, PropertyName.GRADED_AS, l.point().get().area().name());
    }
    if (l.inspection().isPresent()) {
      g.name(PropertyName.INSPECTION);
      reference(l.inspection().get(), g);
    }
    g.endObject();
  }

  static void distribution(Distribution d, JsonOutput g) throws IOException {
    g.startObject();
    Writers.number(g, PropertyName.OUTSTANDING, d.count(Grade.OUTSTANDING));
    Writers.number(g, PropertyName.GOOD, d.count(Grade.GOOD));
    Writers.number(g, PropertyName.REQUIRES_IMPROVEMENT, d.count(Grade.REQUIRES_IMPROVEMENT));
    Writers.number(g, PropertyName.INADEQUATE, d.count(Grade.INADEQUATE));
    Writers.number(g, PropertyName.NOT_GRADED, d.notGraded());
    Writers.number(g, PropertyName.TOTAL, d.total());
    g.endObject();
  }

  static void position(Position p, JsonOutput g) throws IOException {
    g.startObject();
    Writers.number(g, PropertyName.AHEAD, p.ahead());
    Writers.number(g, PropertyName.LEVEL, p.level());
    Writers.number(g, PropertyName.BEHIND, p.behind());
    Writers.number(g, PropertyName.NOT_GRADED, p.notGraded());
    g.endObject();
  }

  /** An inspection named by its framework, kind and dates. */
  private static void reference(Inspection i, JsonOutput g) throws IOException {
    g.startObject();
    Writers.field(g, PropertyName.FRAMEWORK, i.framework().name());
    Writers.field(g, PropertyName.KIND, i.kind().name());
    Writers.date(g, PropertyName.START, i.start());
    Writers.date(g, PropertyName.END, i.end());
    if (i.published().isPresent()) {
      Writers.date(g, PropertyName.PUBLISHED, i.published().get());
    }
    g.endObject();
  }
}

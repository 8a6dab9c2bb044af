package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ilacs.Finding;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.Judgement;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import io.github.ilacs.Theme;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The writers of the JSON format: camelCase names, ISO-8601 dates, enums as constant names;
 * optional values omitted when empty, lists always written.
 */
final class Writers {
  private Writers() {}

  static void authority(LocalAuthority a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    g.writeStringField("code", a.code());
    optional(g, "urn", a.urn());
    optional(g, "onsCode", a.onsCode());
    g.writeEndObject();
  }

  static void source(Source s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", s.title());
    date(g, "date", s.date());
    optional(g, "url", s.url());
    g.writeEndObject();
  }

  static void judgement(Judgement j, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("area", j.area().name());
    g.writeStringField("grade", j.grade().name());
    g.writeEndObject();
  }

  static void finding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", f.kind().name());
    g.writeStringField("summary", f.summary());
    if (f.area().isPresent()) {
      g.writeStringField("area", f.area().get().name());
    }
    g.writeArrayFieldStart("themes");
    for (Theme t : f.themes()) {
      g.writeString(t.name());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void inspection(Inspection i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("authority");
    authority(i.authority(), g);
    g.writeStringField("framework", i.framework().name());
    g.writeStringField("kind", i.kind().name());
    date(g, "start", i.start());
    date(g, "end", i.end());
    if (i.published().isPresent()) {
      date(g, "published", i.published().get());
    }
    g.writeArrayFieldStart("judgements");
    for (Judgement j : i.judgements()) {
      judgement(j, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : i.findings()) {
      finding(f, g);
    }
    g.writeEndArray();
    if (i.focus().isPresent()) {
      g.writeStringField("focus", i.focus().get().name());
    }
    if (i.source().isPresent()) {
      g.writeFieldName("source");
      source(i.source().get(), g);
    }
    g.writeEndObject();
  }

  static void history(InspectionHistory h, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("authority");
    authority(h.authority(), g);
    g.writeArrayFieldStart("inspections");
    for (Inspection i : h.inspections()) {
      inspection(i, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void date(JsonGenerator g, String name, LocalDate d) throws IOException {
    g.writeStringField(name, d.toString());
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}

package io.github.ilacs.json;

import io.github.ilacs.Coverage;
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

  static void authority(LocalAuthority a, JsonOutput g) throws IOException {
    g.startObject();
    field(g, PropertyName.NAME, a.name());
    field(g, PropertyName.CODE, a.code());
    optional(g, PropertyName.URN, a.urn());
    optional(g, PropertyName.ONS_CODE, a.onsCode());
    g.endObject();
  }

  static void source(Source s, JsonOutput g) throws IOException {
    g.startObject();
    field(g, PropertyName.TITLE, s.title());
    date(g, PropertyName.DATE, s.date());
    optional(g, PropertyName.URL, s.url());
    g.endObject();
  }

  static void judgement(Judgement j, JsonOutput g) throws IOException {
    g.startObject();
    field(g, PropertyName.AREA, j.area().name());
    field(g, PropertyName.GRADE, j.grade().name());
    g.endObject();
  }

  static void finding(Finding f, JsonOutput g) throws IOException {
    g.startObject();
    field(g, PropertyName.KIND, f.kind().name());
    field(g, PropertyName.SUMMARY, f.summary());
    if (f.area().isPresent()) {
      field(g, PropertyName.AREA, f.area().get().name());
    }
    if (f.timescale().isPresent()) {
      field(g, PropertyName.TIMESCALE, f.timescale().get().name());
    }
    if (f.nationalFramework().isPresent()) {
      field(g, PropertyName.NATIONAL_FRAMEWORK, f.nationalFramework().get().label());
    }
    g.name(PropertyName.THEMES);
    g.startArray();
    for (Theme t : f.themes()) {
      g.string(t.name());
    }
    g.endArray();
    g.endObject();
  }

  static void inspection(Inspection i, JsonOutput g) throws IOException {
    g.startObject();
    g.name(PropertyName.AUTHORITY);
    authority(i.authority(), g);
    field(g, PropertyName.FRAMEWORK, i.framework().name());
    field(g, PropertyName.KIND, i.kind().name());
    date(g, PropertyName.START, i.start());
    date(g, PropertyName.END, i.end());
    if (i.published().isPresent()) {
      date(g, PropertyName.PUBLISHED, i.published().get());
    }
    if (i.issued().isPresent()) {
      date(g, PropertyName.ISSUED, i.issued().get());
    }
    if (i.received().isPresent()) {
      date(g, PropertyName.RECEIVED, i.received().get());
    }
    g.name(PropertyName.JUDGEMENTS);
    g.startArray();
    for (Judgement j : i.judgements()) {
      judgement(j, g);
    }
    g.endArray();
    g.name(PropertyName.FINDINGS);
    g.startArray();
    for (Finding f : i.findings()) {
      finding(f, g);
    }
    g.endArray();
    if (i.focus().isPresent()) {
      field(g, PropertyName.FOCUS, i.focus().get().name());
    }
    if (i.deepDive().isPresent()) {
      field(g, PropertyName.DEEP_DIVE, i.deepDive().get().name());
    }
    if (i.source().isPresent()) {
      g.name(PropertyName.SOURCE);
      source(i.source().get(), g);
    }
    g.endObject();
  }

  static void history(InspectionHistory h, JsonOutput g) throws IOException {
    g.startObject();
    g.name(PropertyName.AUTHORITY);
    authority(h.authority(), g);
    if (h.coverage() != Coverage.ALL_ACTIVITY) {
      field(g, PropertyName.COVERAGE, h.coverage().name());
    }
    if (h.recordedUntil().isPresent()) {
      date(g, PropertyName.RECORDED_UNTIL, h.recordedUntil().get());
    }
    g.name(PropertyName.INSPECTIONS);
    g.startArray();
    for (Inspection i : h.inspections()) {
      inspection(i, g);
    }
    g.endArray();
    g.endObject();
  }

  static void date(JsonOutput g, PropertyName name, LocalDate d) throws IOException {
    g.name(name);
    date(g, d);
  }

  /** Writes {@code yyyy-mm-dd}, as {@link LocalDate#toString()} does for years 0 to 9999. */
  private static void date(JsonOutput g, LocalDate d) throws IOException {
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      g.string(d.toString());
      return;
    }
    char[] c = new char[10];
    put(c, 0, year, 4);
    c[4] = '-';
    put(c, 5, d.getMonthValue(), 2);
    c[7] = '-';
    put(c, 8, d.getDayOfMonth(), 2);
    g.string(c, 0, c.length);
  }

  private static void put(char[] c, int from, int value, int width) {
    for (int i = from + width - 1; i >= from; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  static void field(JsonOutput g, PropertyName name, String value) throws IOException {
    g.name(name);
    g.string(value);
  }

  static void number(JsonOutput g, PropertyName name, int value) throws IOException {
    g.name(name);
    g.number(value);
  }

  static void bool(JsonOutput g, PropertyName name, boolean value) throws IOException {
    g.name(name);
    g.bool(value);
  }

  /** Writes the name and starts the array that is its value. */
  static void array(JsonOutput g, PropertyName name) throws IOException {
    g.name(name);
    g.startArray();
  }

  /** Writes the name and starts the object that is its value. */
  static void object(JsonOutput g, PropertyName name) throws IOException {
    g.name(name);
    g.startObject();
  }

  private static void optional(JsonOutput g, PropertyName name,
      Optional<String> value) throws IOException {
    if (value.isPresent()) {
      field(g, name, value.get());
    }
  }
}

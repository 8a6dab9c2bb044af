package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
  // Names encoded once, as Jackson's own bean serializers keep them.
  private static final SerializableString AREA = new SerializedString("area");
  private static final SerializableString AUTHORITY = new SerializedString("authority");
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString DATE = new SerializedString("date");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString FINDINGS = new SerializedString("findings");
  private static final SerializableString FOCUS = new SerializedString("focus");
  private static final SerializableString DEEP_DIVE = new SerializedString("deepDive");
  private static final SerializableString TIMESCALE = new SerializedString("timescale");
  private static final SerializableString NATIONAL_FRAMEWORK =
      new SerializedString("nationalFramework");
  private static final SerializableString FRAMEWORK = new SerializedString("framework");
  private static final SerializableString GRADE = new SerializedString("grade");
  private static final SerializableString INSPECTIONS = new SerializedString("inspections");
  private static final SerializableString JUDGEMENTS = new SerializedString("judgements");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString ONS_CODE = new SerializedString("onsCode");
  private static final SerializableString PUBLISHED = new SerializedString("published");
  private static final SerializableString ISSUED = new SerializedString("issued");
  private static final SerializableString RECEIVED = new SerializedString("received");
  private static final SerializableString COVERAGE = new SerializedString("coverage");
  private static final SerializableString RECORDED_UNTIL = new SerializedString("recordedUntil");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString SUMMARY = new SerializedString("summary");
  private static final SerializableString THEMES = new SerializedString("themes");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString URL = new SerializedString("url");
  private static final SerializableString URN = new SerializedString("urn");

  private Writers() {}

  static void authority(LocalAuthority a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    field(g, NAME, a.name());
    field(g, CODE, a.code());
    optional(g, URN, a.urn());
    optional(g, ONS_CODE, a.onsCode());
    g.writeEndObject();
  }

  static void source(Source s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    field(g, TITLE, s.title());
    date(g, DATE, s.date());
    optional(g, URL, s.url());
    g.writeEndObject();
  }

  static void judgement(Judgement j, JsonGenerator g) throws IOException {
    g.writeStartObject();
    field(g, AREA, j.area().name());
    field(g, GRADE, j.grade().name());
    g.writeEndObject();
  }

  static void finding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    field(g, KIND, f.kind().name());
    field(g, SUMMARY, f.summary());
    if (f.area().isPresent()) {
      field(g, AREA, f.area().get().name());
    }
    if (f.timescale().isPresent()) {
      field(g, TIMESCALE, f.timescale().get().name());
    }
    if (f.nationalFramework().isPresent()) {
      field(g, NATIONAL_FRAMEWORK, f.nationalFramework().get().label());
    }
    g.writeFieldName(THEMES);
    g.writeStartArray();
    for (Theme t : f.themes()) {
      g.writeString(t.name());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void inspection(Inspection i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(AUTHORITY);
    authority(i.authority(), g);
    field(g, FRAMEWORK, i.framework().name());
    field(g, KIND, i.kind().name());
    date(g, START, i.start());
    date(g, END, i.end());
    if (i.published().isPresent()) {
      date(g, PUBLISHED, i.published().get());
    }
    if (i.issued().isPresent()) {
      date(g, ISSUED, i.issued().get());
    }
    if (i.received().isPresent()) {
      date(g, RECEIVED, i.received().get());
    }
    g.writeFieldName(JUDGEMENTS);
    g.writeStartArray();
    for (Judgement j : i.judgements()) {
      judgement(j, g);
    }
    g.writeEndArray();
    g.writeFieldName(FINDINGS);
    g.writeStartArray();
    for (Finding f : i.findings()) {
      finding(f, g);
    }
    g.writeEndArray();
    if (i.focus().isPresent()) {
      field(g, FOCUS, i.focus().get().name());
    }
    if (i.deepDive().isPresent()) {
      field(g, DEEP_DIVE, i.deepDive().get().name());
    }
    if (i.source().isPresent()) {
      g.writeFieldName(SOURCE);
      source(i.source().get(), g);
    }
    g.writeEndObject();
  }

  static void history(InspectionHistory h, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(AUTHORITY);
    authority(h.authority(), g);
    if (h.coverage() != Coverage.ALL_ACTIVITY) {
      field(g, COVERAGE, h.coverage().name());
    }
    if (h.recordedUntil().isPresent()) {
      date(g, RECORDED_UNTIL, h.recordedUntil().get());
    }
    g.writeFieldName(INSPECTIONS);
    g.writeStartArray();
    for (Inspection i : h.inspections()) {
      inspection(i, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void date(JsonGenerator g, String name, LocalDate d) throws IOException {
    g.writeFieldName(name);
    date(g, d);
  }

  static void date(JsonGenerator g, SerializableString name, LocalDate d) throws IOException {
    g.writeFieldName(name);
    date(g, d);
  }

  /** Writes {@code yyyy-mm-dd}, as {@link LocalDate#toString()} does for years 0 to 9999. */
  private static void date(JsonGenerator g, LocalDate d) throws IOException {
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      g.writeString(d.toString());
      return;
    }
    char[] c = new char[10];
    put(c, 0, year, 4);
    c[4] = '-';
    put(c, 5, d.getMonthValue(), 2);
    c[7] = '-';
    put(c, 8, d.getDayOfMonth(), 2);
    g.writeString(c, 0, c.length);
  }

  private static void put(char[] c, int from, int value, int width) {
    for (int i = from + width - 1; i >= from; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static void field(JsonGenerator g, SerializableString name, String value)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void optional(JsonGenerator g, SerializableString name,
      Optional<String> value) throws IOException {
    if (value.isPresent()) {
      field(g, name, value.get());
    }
  }
}

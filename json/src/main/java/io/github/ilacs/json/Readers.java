package io.github.ilacs.json;

import io.github.ilacs.Coverage;
import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.GradeScale;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.NationalFrameworkReference;
import io.github.ilacs.Source;
import io.github.ilacs.Theme;
import io.github.ilacs.Timescale;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The readers of the JSON format, one per core type. Each reads the whole object, checks the
 * required properties, then builds the value through the core's builder or factory; a broken
 * invariant becomes a {@link JsonProblemException}, so no partly built object escapes.
 */
final class Readers {
  static final List<String> AUTHORITY = List.of("name", "code", "urn", "onsCode");
  static final List<String> SOURCE = List.of("title", "date", "url");
  static final List<String> JUDGEMENT = List.of("area", "grade");
  static final List<String> FINDING = List.of("kind", "summary", "area", "themes", "timescale",
      "nationalFramework");
  static final List<String> INSPECTION = List.of("authority", "framework", "kind", "start", "end",
      "published", "issued", "received", "judgements", "findings", "focus", "deepDive", "source");
  static final List<String> HISTORY = List.of("authority", "coverage", "recordedUntil",
      "inspections");

  static final String TEXT = "a non-blank string";

  private Readers() {}

  static LocalAuthority authority(JsonIn in) throws IOException {
    Class<?> type = LocalAuthority.class;
    LocalAuthority.Builder b = LocalAuthority.builder();
    boolean[] has = new boolean[2];
    Object at = in.object(type, "name, code, urn, onsCode", AUTHORITY, name -> {
      switch (name) {
        case "name":
          b.name(in.text(type, TEXT));
          has[0] = true;
          break;
        case "code":
          b.code(in.text(type, "a three-digit DfE code"));
          has[1] = true;
          break;
        case "urn":
          b.urn(Optional.ofNullable(in.textOrNull(type, "an Ofsted URN of 5 to 8 digits")));
          break;
        case "onsCode":
          b.onsCode(Optional.ofNullable(in.textOrNull(type, "an ONS code such as E10000024")));
          break;
        default:
          in.unknown(type, name, AUTHORITY);
      }
    });
    if (!has[0]) {
      throw in.missing(type, at, "name", TEXT);
    }
    if (!has[1]) {
      throw in.missing(type, at, "code", "a three-digit DfE code");
    }
    try {
      return b.build();
    } catch (InvalidInspectionException e) {
      throw in.invariant(type, at, fieldWithin("authority", e));
    }
  }

  /** Reads a required authority: JSON null fails as a null value ([IV01]), not a wrong type. */
  static LocalAuthority requiredAuthority(JsonIn in, Class<?> type) throws IOException {
    if (in.isNull()) {
      throw in.nullRequired(type, "an authority object");
    }
    return authority(in);
  }

  /** Core reports authority fields as {@code authority.code}; inside the object drop the prefix. */
  private static InvalidInspectionException fieldWithin(String prefix,
      InvalidInspectionException e) {
    if (e.field().startsWith(prefix + ".")) {
      InvalidInspectionException local = new InvalidInspectionException(e.invariant(),
          e.field().substring(prefix.length() + 1), "null".equals(e.value()) ? null : e.value(),
          e.detail());
      local.initCause(e);
      return local;
    }
    return e;
  }

  static Source source(JsonIn in) throws IOException {
    Class<?> type = Source.class;
    String[] title = new String[1];
    LocalDate[] date = new LocalDate[1];
    String[] url = new String[1];
    Object at = in.object(type, "title, date, url", SOURCE, name -> {
      switch (name) {
        case "title":
          title[0] = in.text(type, TEXT);
          break;
        case "date":
          date[0] = in.date(type);
          break;
        case "url":
          url[0] = in.textOrNull(type, "the document's address");
          break;
        default:
          in.unknown(type, name, SOURCE);
      }
    });
    if (title[0] == null) {
      throw in.missing(type, at, "title", TEXT);
    }
    if (date[0] == null) {
      throw in.missing(type, at, "date", JsonIn.DATE_EXPECTED);
    }
    try {
      return new Source(title[0], date[0], Optional.ofNullable(url[0]));
    } catch (InvalidInspectionException e) {
      throw in.invariant(type, at, fieldWithin("source", e));
    }
  }

  /**
   * A judgement whose grade text is resolved once the framework is known; the pointer of the
   * grade is worked out only if the text is not a grade.
   */
  private static final class Draft {
    final JudgementArea area;
    final String grade;

    Draft(JudgementArea area, String grade) {
      this.area = area;
      this.grade = grade;
    }
  }

  private static final String GRADE_TEXT = "a grade: " + JsonIn.names(Grade.class)
      + " or an official label";

  private static Draft judgementDraft(JsonIn in, Object[] place) throws IOException {
    Class<?> type = Judgement.class;
    JudgementArea[] area = new JudgementArea[1];
    String[] grade = new String[1];
    Object at = in.object(type, "area, grade", JUDGEMENT, name -> {
      switch (name) {
        case "area":
          area[0] = in.enumValue(JudgementArea.class);
          break;
        case "grade":
          grade[0] = in.text(type, GRADE_TEXT);
          break;
        default:
          in.unknown(type, name, JUDGEMENT);
      }
    });
    if (area[0] == null) {
      throw in.missing(type, at, "area", JsonIn.oneOf(JudgementArea.class));
    }
    if (grade[0] == null) {
      throw in.missing(type, at, "grade", JsonIn.oneOf(Grade.class));
    }
    place[0] = at;
    return new Draft(area[0], grade[0]);
  }

  /** Reads a grade on its own, without a framework, with {@link #gradeOnAnyScale(String)}. */
  static Grade grade(JsonIn in) throws IOException {
    String s = in.text(Grade.class, ANY_GRADE);
    // the parser is still on the grade when a failure names its place
    return gradeOnAnyScale(s).orElseThrow(() -> badGrade(in.here(), s, ANY_GRADE));
  }

  /**
   * Reads a judgement on its own, without a framework: its grade is read with
   * {@link #gradeOnAnyScale(String)}.
   */
  static Judgement judgement(JsonIn in) throws IOException {
    Object[] place = new Object[1];
    Draft d = judgementDraft(in, place);
    Grade g = gradeOnAnyScale(d.grade).orElseThrow(() -> badGrade(
        JsonIn.child(in.pointer(place[0]), "grade"), d.grade, ANY_GRADE));
    return Judgement.of(d.area, g);
  }

  /** What a grade read without a framework may be, for messages. */
  static final String ANY_GRADE = "a grade: one of " + JsonIn.names(Grade.class)
      + " or a label of either scale (" + GradeScale.REQUIRES_IMPROVEMENT_SCALE.acceptedLabels()
      + "; Adequate before November 2013)";

  /**
   * Reads a grade when no framework is known (a bare {@link Grade} or {@link Judgement}): the
   * text is looked up with {@link GradeScale#find(String)} on the requires-improvement scale,
   * then on the pre-November-2013 scale. This is unambiguous because no text names different
   * grades on the two scales (they differ only in the third grade's label, which names
   * {@link Grade#REQUIRES_IMPROVEMENT} on both); {@code GradeReadingTest} checks it.
   */
  static Optional<Grade> gradeOnAnyScale(String text) {
    Grade g = gradeOn(GradeScale.REQUIRES_IMPROVEMENT_SCALE, text);
    return Optional.ofNullable(g != null ? g : gradeOn(GradeScale.ADEQUATE_SCALE, text));
  }

  /**
   * What {@link GradeScale#find(String)} answers for the texts met most (the constant names,
   * which this module writes, and the official labels), worked out once with that method.
   */
  private static final Map<GradeScale, Map<String, Grade>> COMMON_GRADE_TEXTS = commonTexts();

  private static Map<GradeScale, Map<String, Grade>> commonTexts() {
    Map<GradeScale, Map<String, Grade>> all = new EnumMap<>(GradeScale.class);
    for (GradeScale scale : GradeScale.values()) {
      Map<String, Grade> texts = new HashMap<>();
      for (Grade g : Grade.values()) {
        for (String text : List.of(g.name(), scale.label(g))) {
          scale.find(text).ifPresent(found -> texts.put(text, found));
        }
      }
      all.put(scale, Map.copyOf(texts));
    }
    return all;
  }

  /** {@code scale.find(text)}, without its normalising for the common texts; null if none. */
  static @Nullable Grade gradeOn(GradeScale scale, String text) {
    Grade g = COMMON_GRADE_TEXTS.get(scale).get(text);
    return g != null ? g : scale.find(text).orElse(null);
  }

  /** Reads a grade with the framework's scale ({@link Framework#gradeScale()}). */
  private static Grade gradeOf(JsonIn in, Framework framework, Draft d, Object at,
      int index) {
    Grade g = gradeOn(framework.gradeScale(), d.grade);
    if (g == null) {
      throw badGrade(JsonIn.child(in.pointer(at), "judgements[" + index + "].grade"),
          d.grade, JsonIn.oneOf(Grade.class) + " or a label of " + framework.name()
          + " (" + framework.gradeScale().acceptedLabels() + ")");
    }
    return g;
  }

  /** An unknown grade, reported with {@link Invariant#GRADE_LABEL} however it was read. */
  static JsonProblemException badGrade(String pointer, String text, String expected) {
    return JsonIn.badText(pointer, Invariant.GRADE_LABEL.code(), "'" + text
        + "' is not a grade; expected " + expected, text, Grade.class);
  }

  private static final String THEMES = "themes " + JsonIn.names(Theme.class);

  private static final String NATIONAL_FRAMEWORK =
      "an outcome, enabler or principle and its number, such as \"outcome 3\"";

  /** A national framework cross-reference written as letters print it, or null. */
  private static @Nullable NationalFrameworkReference nationalFramework(JsonIn in)
      throws IOException {
    String text = in.textOrNull(Finding.class, NATIONAL_FRAMEWORK);
    if (text == null) {
      return null;
    }
    return NationalFrameworkReference.find(text).orElseThrow(() -> JsonIn.badText(in.here(),
        FormatRule.NATIONAL_FRAMEWORK.code(), "'" + text + "' is not a national framework"
            + " cross-reference; expected " + NATIONAL_FRAMEWORK, text,
        NationalFrameworkReference.class));
  }

  static Finding finding(JsonIn in) throws IOException {
    Class<?> type = Finding.class;
    Finding.Builder b = Finding.builder();
    boolean[] has = new boolean[2];
    Object at = in.object(type,
        "kind, summary, area, themes, timescale, nationalFramework", FINDING,
        name -> {
      switch (name) {
        case "kind":
          b.kind(in.enumValue(FindingKind.class));
          has[0] = true;
          break;
        case "summary":
          b.summary(in.text(type, TEXT));
          has[1] = true;
          break;
        case "area":
          b.area(Optional.ofNullable(in.enumOrNull(JudgementArea.class)));
          break;
        case "timescale":
          b.timescale(Optional.ofNullable(in.enumOrNull(Timescale.class)));
          break;
        case "nationalFramework":
          b.nationalFramework(Optional.ofNullable(nationalFramework(in)));
          break;
        case "themes":
          Set<Theme> themes = EnumSet.noneOf(Theme.class);
          in.list(type, THEMES, e -> {
            Theme t = e.enumValue(Theme.class);
            if (!themes.add(t)) {
              throw JsonIn.fail(e.here(), FormatRule.DUPLICATE_ELEMENT,
                  JsonProblem.Kind.MISMATCHED_INPUT, "theme '" + t.name()
                  + "' is listed twice; a finding lists each theme at most once", type);
            }
            return t;
          });
          b.themes(themes);
          break;
        default:
          in.unknown(type, name, FINDING);
      }
    });
    if (!has[0]) {
      throw in.missing(type, at, "kind", JsonIn.oneOf(FindingKind.class));
    }
    if (!has[1]) {
      throw in.missing(type, at, "summary", TEXT);
    }
    try {
      return b.build();
    } catch (InvalidInspectionException e) {
      throw in.invariant(type, at, e);
    }
  }

  static Inspection inspection(JsonIn in) throws IOException {
    Class<?> type = Inspection.class;
    Inspection.Builder b = Inspection.builder();
    Object[] v = new Object[5];
    List<Draft> drafts = new ArrayList<>();
    Object[] place = new Object[1];
    Object at = in.object(type, "authority, framework, kind, start, end, ...",
        INSPECTION, name -> {
      switch (name) {
        case "authority":
          v[0] = requiredAuthority(in, type);
          break;
        case "framework":
          v[1] = in.enumValue(Framework.class);
          break;
        case "kind":
          v[2] = in.enumValue(InspectionKind.class);
          break;
        case "start":
          v[3] = in.date(type);
          break;
        case "end":
          v[4] = in.date(type);
          break;
        case "published":
          b.published(Optional.ofNullable(in.dateOrNull(type)));
          break;
        case "issued":
          b.issued(Optional.ofNullable(in.dateOrNull(type)));
          break;
        case "received":
          b.received(Optional.ofNullable(in.dateOrNull(type)));
          break;
        case "judgements":
          drafts.addAll(in.list(type, "judgement objects", e -> judgementDraft(e, place)));
          break;
        case "findings":
          b.findings(in.list(type, "finding objects", Readers::finding));
          break;
        case "focus":
          b.focus(Optional.ofNullable(in.enumOrNull(Theme.class)));
          break;
        case "deepDive":
          b.deepDive(Optional.ofNullable(in.enumOrNull(Theme.class)));
          break;
        case "source":
          b.source(in.isNull() ? Optional.empty() : Optional.of(source(in)));
          break;
        default:
          in.unknown(type, name, INSPECTION);
      }
    });
    for (int i = 0; i < v.length; i++) {
      if (v[i] == null) {
        String[] fields = {"authority", "framework", "kind", "start", "end"};
        String[] expected = {"an authority object", JsonIn.oneOf(Framework.class),
            JsonIn.oneOf(InspectionKind.class), JsonIn.DATE_EXPECTED, JsonIn.DATE_EXPECTED};
        throw in.missing(type, at, fields[i], expected[i]);
      }
    }
    Framework framework = (Framework) v[1];
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      b.addJudgement(Judgement.of(d.area, gradeOf(in, framework, d, at, i)));
    }
    try {
      return b.authority((LocalAuthority) v[0]).framework(framework)
          .kind((InspectionKind) v[2]).start((LocalDate) v[3]).end((LocalDate) v[4]).build();
    } catch (InvalidInspectionException e) {
      throw in.invariant(type, at, e);
    }
  }

  static InspectionHistory history(JsonIn in) throws IOException {
    Class<?> type = InspectionHistory.class;
    LocalAuthority[] authority = new LocalAuthority[1];
    List<Inspection> inspections = new ArrayList<>();
    Coverage[] coverage = {Coverage.ALL_ACTIVITY};
    LocalDate[] recordedUntil = new LocalDate[1];
    Object at = in.object(type, "authority, coverage, recordedUntil, inspections",
        HISTORY, name -> {
      switch (name) {
        case "authority":
          authority[0] = requiredAuthority(in, type);
          break;
        case "coverage":
          Coverage c = in.enumOrNull(Coverage.class);
          coverage[0] = c == null ? Coverage.ALL_ACTIVITY : c;
          break;
        case "recordedUntil":
          recordedUntil[0] = in.dateOrNull(type);
          break;
        case "inspections":
          inspections.addAll(in.list(type, "inspection objects", Readers::inspection));
          break;
        default:
          in.unknown(type, name, HISTORY);
      }
    });
    if (authority[0] == null) {
      throw in.missing(type, at, "authority", "an authority object");
    }
    try {
      return InspectionHistory.builder().authority(authority[0]).coverage(coverage[0])
          .recordedUntil(Optional.ofNullable(recordedUntil[0])).addAllInspections(inspections)
          .build();
    } catch (InvalidInspectionException e) {
      throw in.invariant(type, at, e);
    }
  }
}

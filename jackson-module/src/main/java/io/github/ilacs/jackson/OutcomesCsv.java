package io.github.ilacs.jackson;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Limits;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table of inspection outcomes (CSV) into one {@link InspectionHistory} per local
 * authority, reporting every row it cannot import instead of stopping at the first.
 *
 * <p>Two layouts are recognised from the header ({@link Layout}); header names are matched
 * ignoring case, surrounding spaces, a byte order mark, and spaces or hyphens in place of
 * underscores. Fields may be quoted ({@code "bournemouth, christchurch & poole"}), with
 * doubled quotes inside; a record is one line. Dates may be ISO ({@code 2019-03-01}), {@code dd/mm/yyyy} or
 * {@code dd/mm/yy} (years 2000 to 2099). Grades are read with the scale of the row's framework
 * ({@link Framework#parseGrade(String)}).
 *
 * <p>A row is rejected, with its line, column, value and reason ({@link RejectedRow}), when a
 * required value is missing or unreadable, a grade is given for a judgement the framework does
 * not make, the framework was not in force on the start date, a core invariant is broken (for
 * example the end before the start), the row gives an authority's code with a different name
 * (ignoring case and spacing) or a different URN than an earlier row (the message names the
 * column and both values; a blank URN is unknown, not a conflict, and the authority keeps the
 * URN another row gives), or, when the table is read from a file, the line is not valid UTF-8.
 * The other rows are imported all the same.
 *
 * <pre>{@code
 * OutcomesImport result = OutcomesCsv.read(Path.of("la-inspection-outcomes-to-2023.csv"));
 * result.rejected().forEach(System.err::println);
 * for (InspectionHistory h : result.histories()) {
 *   System.out.println(h.authority().name() + ": " + h.inspections().size());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OutcomesCsv {
  /** The layouts of outcomes tables this reader understands. */
  public enum Layout {
    /**
     * The national outcomes table: {@code local_authority, la_urn, la_code, region_code,
     * framework, kind, inspection_start, inspection_end, published, overall, leaders,
     * help_protection, children_in_care, care_leavers, adoption, report_url}. {@code framework}
     * is {@code ILACS} or {@code SIF}, read as the version in force on the start date, or the
     * {@link Framework} constant name of an ILACS version, {@code SIF_2013} or
     * {@code LAC_2012}, which must be the version in force on the start date; {@code kind}
     * ({@code short}, {@code standard}, {@code longer than standard}) is required for ILACS.
     * {@code region_code} is ignored. {@code report_url} becomes the inspection's
     * {@link Source}, dated {@code published}; a row without a publication date keeps no
     * source, as a source has a date.
     */
    OUTCOMES_TABLE,
    /**
     * The history file of the community ILACS scrape tool: {@code urn, local_authority,
     * inspection_link, pdf_filename, publication_date, inspection_framework, inspector_name,
     * inspection_start_date, inspection_end_date, overall_effectiveness_grade,
     * impact_of_leaders_grade, help_and_protection_grade, in_care_grade, care_leavers_grade,
     * parser_version}. Every row is an ILACS inspection; {@code inspection_framework} holds the
     * kind ({@code short}, {@code standard}, or a "longer than standard" text). The DfE code is
     * looked up by URN, then by name, in the directory ({@link #withAuthorities(Collection)}).
     * The placeholders {@code inspection_pre_dates_judgement}, {@code not_reported_post_reform},
     * {@code data_unreadable} and {@code nan} read as no grade.
     */
    SCRAPE_TOOL
  }

  /** What a row holds, whatever the layout calls it. */
  private enum Field {
    NAME, CODE, URN, FRAMEWORK, KIND, START, END, PUBLISHED,
    OVERALL, LEADERS, HELP_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS, ADOPTION, URL
  }

  private static final Map<Layout, Map<Field, String>> COLUMNS = Map.of(
      Layout.OUTCOMES_TABLE, columns(
          Field.NAME, "local_authority", Field.CODE, "la_code", Field.URN, "la_urn",
          Field.FRAMEWORK, "framework", Field.KIND, "kind", Field.START, "inspection_start",
          Field.END, "inspection_end", Field.PUBLISHED, "published", Field.OVERALL, "overall",
          Field.LEADERS, "leaders", Field.HELP_PROTECTION, "help_protection",
          Field.CHILDREN_IN_CARE, "children_in_care", Field.CARE_LEAVERS, "care_leavers",
          Field.ADOPTION, "adoption", Field.URL, "report_url"),
      Layout.SCRAPE_TOOL, columns(
          Field.NAME, "local_authority", Field.URN, "urn", Field.KIND, "inspection_framework",
          Field.START, "inspection_start_date", Field.END, "inspection_end_date",
          Field.PUBLISHED, "publication_date", Field.OVERALL, "overall_effectiveness_grade",
          Field.LEADERS, "impact_of_leaders_grade",
          Field.HELP_PROTECTION, "help_and_protection_grade",
          Field.CHILDREN_IN_CARE, "in_care_grade", Field.CARE_LEAVERS, "care_leavers_grade",
          Field.URL, "inspection_link"));

  private static final Map<Layout, List<Field>> REQUIRED = Map.of(
      Layout.OUTCOMES_TABLE,
      List.of(Field.NAME, Field.CODE, Field.FRAMEWORK, Field.START, Field.END),
      Layout.SCRAPE_TOOL, List.of(Field.NAME, Field.URN, Field.KIND, Field.START, Field.END));

  /**
   * The grade columns, in the order they are read, and the judgement areas each may hold: a
   * column holds the one its row's framework grades (versions name the same judgement
   * differently: children in care, looked after, or in care with care leavers), or none.
   */
  private static final Map<Field, List<JudgementArea>> AREAS = new EnumMap<>(Map.of(
      Field.OVERALL, List.of(JudgementArea.OVERALL_EFFECTIVENESS),
      Field.LEADERS, List.of(JudgementArea.IMPACT_OF_LEADERS,
          JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE),
      Field.HELP_PROTECTION, List.of(JudgementArea.HELP_AND_PROTECTION),
      Field.CHILDREN_IN_CARE, List.of(JudgementArea.CHILDREN_IN_CARE,
          JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, JudgementArea.CHILDREN_LOOKED_AFTER),
      Field.CARE_LEAVERS, List.of(JudgementArea.CARE_LEAVERS, JudgementArea.SIF_CARE_LEAVERS),
      Field.ADOPTION, List.of(JudgementArea.ADOPTION_PERFORMANCE)));

  /** Values of the scrape tool that stand for "no grade". */
  private static final Set<String> PLACEHOLDERS = Set.of("inspection_pre_dates_judgement",
      "not_reported_post_reform", "data_unreadable", "nan");

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}/\\d{1,2}/(\\d{2}|\\d{4})");
  private static final DateTimeFormatter DMY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private static final OutcomesCsv STANDARD = new OutcomesCsv(builtInDirectory());

  private final List<LocalAuthority> directory;
  private final Map<String, LocalAuthority> byUrn = new HashMap<>();
  private final Map<String, LocalAuthority> byName = new HashMap<>();

  private OutcomesCsv(List<LocalAuthority> directory) {
    this.directory = List.copyOf(directory);
    for (LocalAuthority a : this.directory) {
      a.urn().ifPresent(u -> byUrn.putIfAbsent(u, a));
      byName.putIfAbsent(nameKey(a.name()), a);
    }
  }

  /**
   * Returns a reader whose directory is the built-in list of the local authorities named in
   * Ofsted's graded reports (DfE code, URN and name).
   *
   * @return the standard reader, never null
   */
  public static OutcomesCsv standard() {
    return STANDARD;
  }

  /**
   * Returns a reader that finds DfE codes for rows without one ({@link Layout#SCRAPE_TOOL}) in
   * the given directory, by URN first and then by name (ignoring case and spacing).
   *
   * @param authorities the authorities, not null, none null
   * @return a new reader
   * @throws NullPointerException when the collection or an element is null
   */
  public static OutcomesCsv withAuthorities(Collection<LocalAuthority> authorities) {
    return new OutcomesCsv(List.copyOf(authorities));
  }

  /**
   * Returns the directory this reader looks DfE codes up in.
   *
   * @return an unmodifiable list
   */
  public List<LocalAuthority> authorities() {
    return directory;
  }

  /**
   * Reads a UTF-8 file with the standard reader; a line that is not valid UTF-8 is a rejected
   * row.
   *
   * @param file the file, not null
   * @return the histories and rejected rows, never null
   * @throws IOException when the file cannot be read, or its header line is not valid UTF-8
   * @throws IllegalArgumentException when the header matches neither layout (the message
   *     names the missing columns) or names a column it reads twice
   */
  public static OutcomesImport read(Path file) throws IOException {
    return STANDARD.importFrom(file);
  }

  /**
   * Reads a table with the standard reader.
   *
   * @param reader the table, not null; not closed
   * @param sourceName a name for the table in results, not null
   * @return the histories and rejected rows, never null
   * @throws IOException when reading fails, such as when the reader's charset cannot decode a
   *     line (the message names the line)
   * @throws IllegalArgumentException when the header matches neither layout (the message
   *     names the missing columns) or names a column it reads twice
   * @throws NullPointerException when an argument is null
   */
  public static OutcomesImport read(Reader reader, String sourceName) throws IOException {
    return STANDARD.importFrom(reader, sourceName);
  }

  /**
   * Reads a UTF-8 file, decoding it line by line: a line that is not valid UTF-8 is a rejected
   * row ({@code (row)}, "is not valid UTF-8: byte 0xE9 at byte 12 of the line ...") and the
   * other rows are imported.
   *
   * @param file the file, not null
   * @return the histories and rejected rows, never null
   * @throws IOException when the file cannot be read, or its header line is not valid UTF-8
   * @throws IllegalArgumentException when the header matches neither layout or names a column
   *     it reads twice
   */
  public OutcomesImport importFrom(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return importFrom(new CsvRecords(new Utf8Lines(in)), file.toString());
    }
  }

  /**
   * Reads a table.
   *
   * @param reader the table, not null; not closed
   * @param sourceName a name for the table in results, not null
   * @return the histories and rejected rows, never null
   * @throws IOException when reading fails, such as when the reader's charset cannot decode a
   *     line: the message names the line (decoding is the reader's, so reading stops there;
   *     {@link #importFrom(Path)} rejects such a line and goes on)
   * @throws IllegalArgumentException when the header matches neither layout or names a column
   *     it reads twice
   * @throws NullPointerException when an argument is null
   */
  public OutcomesImport importFrom(Reader reader, String sourceName) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    return importFrom(new CsvRecords(reader), sourceName);
  }

  private OutcomesImport importFrom(CsvRecords csv, String sourceName) throws IOException {
    List<String> header = csv.next();
    if (header == null) {
      throw new IllegalArgumentException(sourceName + " is empty: expected a header row");
    }
    if (csv.malformed() != null) {
      throw new IOException(sourceName + ": line 1 (the header) " + csv.malformed());
    }
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> twice = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = normaliseHeader(header.get(i));
      if (index.putIfAbsent(name, i) != null) {
        twice.putIfAbsent(name, i);
      }
    }
    Layout layout = detect(index, sourceName);
    for (Map.Entry<String, Integer> e : twice.entrySet()) {
      // A column the layout reads must be unambiguous; which copy holds the data is unknown.
      if (COLUMNS.get(layout).containsValue(e.getKey())) {
        throw new IllegalArgumentException(sourceName + ": the header names the column "
            + e.getKey() + " twice (columns " + (index.get(e.getKey()) + 1) + " and "
            + (e.getValue() + 1) + "); expected each column once");
      }
    }
    Map<Field, Integer> at = new EnumMap<>(Field.class);
    COLUMNS.get(layout).forEach((field, column) -> {
      Integer i = index.get(column);
      if (i != null) {
        at.put(field, i);
      }
    });

    Map<String, KnownAuthority> authorities = new HashMap<>();
    Map<String, List<Inspection>> inspections = new LinkedHashMap<>();
    List<RejectedRow> rejected = new ArrayList<>();
    int rows = 0;
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue;
      }
      rows++;
      long line = csv.line();
      String wrongRow = wrongRow(csv, record, header.size());
      if (wrongRow != null) {
        rejected.add(new RejectedRow(line, "(row)", String.join(",", record), wrongRow));
        continue;
      }
      Row row = new Row(layout, record, at, line);
      try {
        Inspection inspection = row.toInspection();
        String code = inspection.authority().code();
        List<Inspection> before = inspections.getOrDefault(code, List.of());
        if (before.size() == Limits.MAX_ITEMS) {
          rejected.add(new RejectedRow(line, "(row)", String.join(",", record),
              "the history of " + inspection.authority().name() + " (" + code + ") already holds "
                  + Limits.MAX_ITEMS + " inspections, the most one history holds"));
          continue;
        }
        KnownAuthority known = authorities.get(code);
        if (known == null) {
          authorities.put(code, new KnownAuthority(inspection.authority(), line));
        } else {
          known.merge(inspection.authority(), row);
        }
        inspections.computeIfAbsent(code, c -> new ArrayList<>()).add(inspection);
      } catch (Rejection r) {
        rejected.add(r.row);
      }
    }
    List<InspectionHistory> histories = new ArrayList<>();
    inspections.forEach((code, list) -> {
      // Every inspection carries what is known of its authority by the end of the table.
      LocalAuthority authority = authorities.get(code).authority;
      List<Inspection> same = new ArrayList<>(list.size());
      for (Inspection i : list) {
        same.add(i.authority().equals(authority) ? i
            : Inspection.builder().from(i).authority(authority).build());
      }
      histories.add(InspectionHistory.of(authority, same));
    });
    histories.sort(Comparator.comparing((InspectionHistory h) -> h.authority().name())
        .thenComparing(h -> h.authority().code()));
    return new OutcomesImport(sourceName, layout, rows, histories, rejected);
  }

  /** Why the record just read is wrong as a whole (undecodable, unclosed quote, wrong width). */
  private static @Nullable String wrongRow(CsvRecords csv, List<String> record, int columns) {
    if (csv.malformed() != null) {
      return csv.malformed();
    }
    if (csv.unterminated()) {
      return "a quoted field is not closed on this line";
    }
    if (record.size() != columns) {
      return "has " + record.size() + " fields but the header has " + columns;
    }
    return null;
  }

  /**
   * What the rows read so far say about the authority with one DfE code. A later row must
   * agree field by field: the name (ignoring case and spacing) and the URN; a blank URN is
   * unknown, not a conflict, and a URN first given on a later row is added.
   */
  private static final class KnownAuthority {
    LocalAuthority authority;
    final long nameLine;
    long urnLine;

    KnownAuthority(LocalAuthority authority, long line) {
      this.authority = authority;
      this.nameLine = line;
      this.urnLine = authority.urn().isPresent() ? line : 0;
    }

    void merge(LocalAuthority other, Row row) throws Rejection {
      String code = authority.code();
      if (!nameKey(authority.name()).equals(nameKey(other.name()))) {
        throw row.reject(Field.NAME, "authority " + code + " is named '" + authority.name()
            + "' on line " + nameLine + " but '" + other.name() + "' here; a DfE code names"
            + " one authority");
      }
      if (other.urn().isEmpty()) {
        return;
      }
      if (authority.urn().isEmpty()) {
        authority = LocalAuthority.builder().from(authority).urn(other.urn()).build();
        urnLine = row.line;
      } else if (!authority.urn().equals(other.urn())) {
        throw row.reject(Field.URN, "authority " + code + " has URN " + authority.urn().get()
            + " on line " + urnLine + " but " + other.urn().get() + " here; an authority has"
            + " one URN");
      }
    }
  }

  private static Layout detect(Map<String, Integer> index, String sourceName) {
    Layout best = null;
    List<String> bestMissing = null;
    for (Layout layout : Layout.values()) {
      List<String> missing = new ArrayList<>();
      for (Field f : REQUIRED.get(layout)) {
        String column = COLUMNS.get(layout).get(f);
        if (!index.containsKey(column)) {
          missing.add(column);
        }
      }
      if (missing.isEmpty()) {
        return layout;
      }
      if (bestMissing == null || missing.size() < bestMissing.size()) {
        best = layout;
        bestMissing = missing;
      }
    }
    throw new IllegalArgumentException(sourceName + ": the header matches no known layout;"
        + " closest is " + best + ", which lacks the columns " + bestMissing);
  }

  static String normaliseHeader(String name) {
    return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-]+", "_");
  }

  private static String nameKey(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static Map<Field, String> columns(Object... pairs) {
    Map<Field, String> m = new EnumMap<>(Field.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Field) pairs[i], (String) pairs[i + 1]);
    }
    return m;
  }

  private static List<LocalAuthority> builtInDirectory() {
    InputStream in = OutcomesCsv.class.getResourceAsStream("local-authorities.csv");
    if (in == null) {
      throw new IllegalStateException("local-authorities.csv is missing from the jar");
    }
    List<LocalAuthority> out = new ArrayList<>();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CsvRecords csv = new CsvRecords(r);
      csv.next();
      for (List<String> rec = csv.next(); rec != null; rec = csv.next()) {
        out.add(LocalAuthority.builder().code(rec.get(0)).urn(rec.get(1)).name(rec.get(2))
            .build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Thrown inside the import loop to reject one row. */
  private static final class Rejection extends Exception {
    private static final long serialVersionUID = 1L;
    final transient RejectedRow row;

    Rejection(RejectedRow row) {
      super(row.toString(), null, false, false);
      this.row = row;
    }
  }

  /** One data row, read through its layout. */
  private final class Row {
    private final Layout layout;
    private final List<String> values;
    private final Map<Field, Integer> at;
    private final long line;

    Row(Layout layout, List<String> values, Map<Field, Integer> at, long line) {
      this.layout = layout;
      this.values = values;
      this.at = at;
      this.line = line;
    }

    String column(Field f) {
      String c = COLUMNS.get(layout).get(f);
      return c == null ? f.name().toLowerCase(Locale.ROOT) : c;
    }

    String get(Field f) {
      Integer i = at.get(f);
      return i == null ? "" : values.get(i).trim();
    }

    Rejection reject(Field f, String reason) {
      return new Rejection(new RejectedRow(line, column(f), get(f), reason));
    }

    String required(Field f, String expected) throws Rejection {
      String v = get(f);
      if (v.isEmpty()) {
        throw reject(f, "is empty; expected " + expected);
      }
      return v;
    }

    @Nullable LocalDate date(Field f, boolean required) throws Rejection {
      String v = get(f);
      if (v.isEmpty()) {
        if (required) {
          throw reject(f, "is empty; expected a date (yyyy-mm-dd, dd/mm/yyyy or dd/mm/yy)");
        }
        return null;
      }
      try {
        LocalDate iso = JsonIn.calendarDate(v);
        if (iso != null) {
          return iso;
        }
        if (JsonIn.isIsoDateShape(v)) {
          // not a calendar date: the formatter's message says why
          return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (DAY_MONTH_YEAR.matcher(v).matches()) {
          String[] p = v.split("/");
          String year = p[2].length() == 2 ? "20" + p[2] : p[2];
          return LocalDate.parse(p[0] + "/" + p[1] + "/" + year, DMY);
        }
      } catch (DateTimeException e) {
        throw reject(f, "is not a calendar date (" + e.getMessage() + ")");
      }
      throw reject(f, "is not a date; expected yyyy-mm-dd, dd/mm/yyyy or dd/mm/yy");
    }

    LocalAuthority authority() throws Rejection {
      String name = required(Field.NAME, "the authority's name");
      String urn = get(Field.URN);
      if (PLACEHOLDERS.contains(urn.toLowerCase(Locale.ROOT))) {
        urn = "";
      }
      String code;
      if (layout == Layout.SCRAPE_TOOL) {
        LocalAuthority known = urn.isEmpty() ? null : byUrn.get(urn);
        if (known == null) {
          known = byName.get(nameKey(name));
        }
        if (known == null) {
          throw reject(urn.isEmpty() ? Field.NAME : Field.URN, "no DfE code is known for this"
              + " authority; give OutcomesCsv.withAuthorities(...) a directory that lists it");
        }
        code = known.code();
      } else {
        code = required(Field.CODE, "a three-digit DfE code");
      }
      try {
        return LocalAuthority.builder().name(name).code(code)
            .urn(urn.isEmpty() ? Optional.empty() : Optional.of(urn)).build();
      } catch (InvalidInspectionException e) {
        Field f = e.field().endsWith("urn") ? Field.URN
            : e.field().endsWith("code") ? Field.CODE : Field.NAME;
        throw reject(f, e.getMessage());
      }
    }

    InspectionKind kind(String family) throws Rejection {
      switch (family) {
        case "SIF":
          return InspectionKind.SIF_INSPECTION;
        case "LAC":
          return InspectionKind.LAC_INSPECTION;
        default:
          String k = required(Field.KIND, "short, standard or longer than standard")
              .toLowerCase(Locale.ROOT);
          if (k.equals("short")) {
            return InspectionKind.SHORT_INSPECTION;
          }
          if (k.equals("standard") || k.contains("longer than standard")) {
            return InspectionKind.STANDARD_INSPECTION;
          }
          throw reject(Field.KIND, "is not an ILACS inspection kind; expected short,"
              + " standard or longer than standard");
      }
    }

    Inspection toInspection() throws Rejection {
      LocalAuthority authority = authority();
      String family;
      Framework named = null;
      if (layout == Layout.SCRAPE_TOOL) {
        family = "ILACS";
      } else {
        String f = required(Field.FRAMEWORK, "ILACS, SIF or LAC_2012").toUpperCase(Locale.ROOT);
        if (f.equals("ILACS") || f.equals("SIF")) {
          family = f;
        } else {
          named = Framework.find(f).orElseThrow(() -> reject(Field.FRAMEWORK,
              "is not a framework; expected ILACS, SIF, LAC_2012 or one of "
                  + JsonIn.names(Framework.class)));
          family = family(named);
          if (family == null) {
            throw reject(Field.FRAMEWORK, "is not a framework of graded inspections in this"
                + " table; expected ILACS, SIF or LAC_2012");
          }
        }
      }
      InspectionKind kind = kind(family);
      LocalDate start = Objects.requireNonNull(date(Field.START, true));
      LocalDate end = Objects.requireNonNull(date(Field.END, true));
      LocalDate published = date(Field.PUBLISHED, false);
      Optional<Framework> inForce = Framework.inForceOn(start, kind);
      if (inForce.isEmpty() || named != null && inForce.get() != named) {
        throw reject(Field.START, "no " + (named == null ? family : named.name())
            + " framework with " + kind + " was in force on " + start);
      }
      Framework framework = inForce.get();
      Inspection.Builder b = Inspection.builder().authority(authority).framework(framework)
          .kind(kind).start(start).end(end).published(Optional.ofNullable(published));
      for (Field f : AREAS.keySet()) {
        String text = get(f);
        if (text.isEmpty() || PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT))) {
          continue;
        }
        JudgementArea area = area(framework, f);
        if (area == null) {
          throw reject(f, framework.name() + " makes no judgement for this column;"
              + " expected it to be empty");
        }
        Grade grade;
        try {
          grade = framework.parseGrade(text);
        } catch (InvalidInspectionException e) {
          throw reject(f, "[" + e.code() + "] is not a grade of " + framework.name()
              + "; expected one of " + framework.gradeScale().acceptedLabels());
        }
        b.judgement(area, grade);
      }
      String url = get(Field.URL);
      if (!url.isEmpty() && published != null) {
        b.source(Source.of("Ofsted report: " + authority.name() + " " + start, published, url));
      }
      try {
        return b.build();
      } catch (InvalidInspectionException e) {
        Field f = e.field().startsWith("end") ? Field.END
            : e.field().startsWith("published") ? Field.PUBLISHED
            : e.field().startsWith("source") ? Field.URL : Field.START;
        throw reject(f, e.getMessage());
      }
    }
  }

  /**
   * The family of frameworks whose graded inspections the table lists ({@code ILACS},
   * {@code SIF} or {@code LAC}) that a version belongs to, or null when it is of none.
   */
  private static @Nullable String family(Framework framework) {
    if (framework.name().startsWith("ILACS")) {
      return "ILACS";
    }
    if (framework == Framework.SIF_2013) {
      return "SIF";
    }
    return framework == Framework.LAC_2012 ? "LAC" : null;
  }

  /** The judgement area a grade column holds under a framework, or null when it holds none. */
  private static @Nullable JudgementArea area(Framework framework, Field column) {
    for (JudgementArea area : AREAS.get(column)) {
      if (framework.gradedAreas().contains(area) || framework.optionalAreas().contains(area)) {
        return area;
      }
    }
    return null;
  }

  /**
   * The lines of a UTF-8 byte stream, decoded one by one so that a malformed byte sequence
   * spoils its own line only. Lines end at LF, CR LF or CR, as for
   * {@link BufferedReader#readLine()}.
   */
  static final class Utf8Lines {
    private final InputStream in;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int ahead = NONE;
    private @Nullable String malformed;
    private static final int NONE = -2;

    Utf8Lines(InputStream in) {
      this.in = new BufferedInputStream(in);
    }

    private int read() throws IOException {
      if (ahead != NONE) {
        int b = ahead;
        ahead = NONE;
        return b;
      }
      return in.read();
    }

    /** Why the last line is not valid UTF-8, or null when it is. */
    @Nullable String malformed() {
      return malformed;
    }

    /**
     * Reads the next line; when it is not valid UTF-8, {@link #malformed()} says why and the
     * line is returned with replacement characters.
     */
    @Nullable String readLine() throws IOException {
      bytes.reset();
      malformed = null;
      int b = read();
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n' && b != '\r') {
        bytes.write(b);
        b = read();
      }
      if (b == '\r') {
        int next = read();
        if (next != '\n') {
          ahead = next;
        }
      }
      byte[] line = bytes.toByteArray();
      ByteBuffer encoded = ByteBuffer.wrap(line);
      CharBuffer out = CharBuffer.allocate(line.length);
      decoder.reset();
      CoderResult r = decoder.decode(encoded, out, true);
      if (!r.isError()) {
        r = decoder.flush(out);
      }
      if (r.isError()) {
        int at = encoded.position();
        malformed = String.format(Locale.ROOT, "is not valid UTF-8: byte 0x%02X at byte %d of"
            + " the line starts no character; save the table as UTF-8", line[at] & 0xFF, at + 1);
        return new String(line, StandardCharsets.UTF_8);
      }
      return out.flip().toString();
    }
  }

  /** CSV records, one per line: quoted fields with doubled quotes inside. */
  static final class CsvRecords {
    private final @Nullable BufferedReader reader;
    private final @Nullable Utf8Lines bytes;
    private long line = 0;
    private boolean unterminated;
    private boolean first = true;

    CsvRecords(Reader reader) {
      this.reader = reader instanceof BufferedReader ? (BufferedReader) reader
          : new BufferedReader(reader);
      this.bytes = null;
    }

    CsvRecords(Utf8Lines lines) {
      this.reader = null;
      this.bytes = lines;
    }

    /** The line of the last record returned. */
    long line() {
      return line;
    }

    /** Tells whether the last record returned ended inside a quoted field. */
    boolean unterminated() {
      return unterminated;
    }

    /** Why the last record returned is not valid UTF-8, or null when it is. */
    @Nullable String malformed() {
      return bytes == null ? null : bytes.malformed();
    }

    private @Nullable String readLine() throws IOException {
      if (bytes != null) {
        return bytes.readLine();
      }
      try {
        return Objects.requireNonNull(reader).readLine();
      } catch (CharacterCodingException e) {
        // The reader decodes ahead, so the bad bytes may be on a later line than this one.
        throw new IOException("the reader's charset cannot decode line " + (line + 1)
            + " or a line after it (" + e.getMessage() + "); read the table with the charset"
            + " it was saved in, or pass its path to read it as UTF-8 row by row", e);
      }
    }

    @Nullable List<String> next() throws IOException {
      String text = readLine();
      if (text == null) {
        return null;
      }
      line++;
      if (first) {
        first = false;
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      while (true) {
        if (i == text.length()) {
          // A quote left open at the end of the line spoils this row only: the outcomes
          // tables have no line breaks inside fields, so the next line is the next row.
          unterminated = quoted;
          fields.add(field.toString());
          return fields;
        }
        char c = text.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
    }
  }
}

package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.ilacs.Coverage;
import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.Limits;
import io.github.ilacs.Source;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table of inspection outcomes (CSV) into one {@link InspectionHistory} per local
 * authority, reporting every row it cannot import instead of stopping at the first.
 *
 * <p>The table is RFC 4180 CSV, parsed by jackson-dataformat-csv one row at a time: time is
 * linear in the input, and memory holds one row (at most {@link #MAX_FIELDS} fields of at most
 * {@link #MAX_FIELD_LENGTH} characters; a longer row is rejected) besides the histories,
 * rejections and warnings. Fields may be quoted, with doubled quotes and line breaks inside;
 * lines end at LF, CR LF or CR. Two layouts
 * are recognised from the header ({@link Layout}); header names are matched ignoring case,
 * surrounding spaces, a byte order mark, and spaces or hyphens in place of underscores. Dates may
 * be ISO ({@code 2019-03-01}), {@code dd/mm/yyyy} or {@code dd/mm/yy} (years 2000 to 2099).
 * Grades are read with the scale of the row's framework ({@link Framework#parseGrade(String)}).
 *
 * <p>Authorities come from {@link AuthorityDirectory#builtIn()}: a row may give the DfE code,
 * the URN or the name, or any of them together. A name is looked up with the row's start date,
 * so {@code dorset} before April 2019 is the county abolished then (835). Every inspection
 * carries its authority as the directory has it ({@link AuthorityEntry#toLocalAuthority()}: the
 * official name, DfE code, URN and ONS code), whatever spelling the row used; a spelling the
 * directory does not know, beside a code or URN it does, is an {@link ImportWarning}.
 *
 * <p>A row is rejected, with its line, column, value and reason ({@link RejectedRow}), when a
 * required value is missing or unreadable; its code, URN and name point at different
 * authorities (the reason names both) or at none in the directory; a grade is given in a column
 * the framework does not grade, or a kind for a SIF or LAC inspection; the framework was not in
 * force on the start date; a core invariant is broken (for example the end before the start);
 * it has more or fewer fields than the header; it repeats or resembles a header (two tables
 * joined); a quoted field is not closed properly; or, when the table is read from a file, a line
 * of it is not valid UTF-8. The other rows are imported all the same.
 *
 * <pre>{@code
 * OutcomesImport result = OutcomesCsv.read(Path.of("la-inspection-outcomes-to-2024.csv"));
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
     * help_protection, children_in_care, care_leavers, adoption, report_url}; the header must
     * have {@code local_authority}, {@code la_code}, {@code framework}, {@code inspection_start}
     * and {@code inspection_end}, and a row may leave any two of name, code and URN blank.
     * {@code framework} is {@code ILACS} or {@code SIF}, read as the version in force on the
     * start date, or the {@link Framework} constant name of an ILACS version, {@code SIF_2013}
     * or {@code LAC_2012}, which must be the version in force on the start date; {@code kind}
     * ({@code short}, {@code standard}, {@code longer than standard}) is required for ILACS and
     * must be empty for SIF and LAC. {@code region_code} is ignored. {@code report_url} becomes
     * the inspection's {@link Source}, dated {@code published}; a row without a publication date
     * keeps no source, as a source has a date.
     */
    OUTCOMES_TABLE,
    /**
     * The history file of the community ILACS scrape tool: {@code urn, local_authority,
     * inspection_link, pdf_filename, publication_date, inspection_framework, inspector_name,
     * inspection_start_date, inspection_end_date, overall_effectiveness_grade,
     * impact_of_leaders_grade, help_and_protection_grade, in_care_grade, care_leavers_grade,
     * parser_version}. Every row is an ILACS inspection; {@code inspection_framework} holds the
     * kind ({@code short}, {@code standard}, or a "longer than standard" text). The authority is
     * looked up by URN and by name in the directory. The placeholders
     * {@code inspection_pre_dates_judgement}, {@code not_reported_post_reform},
     * {@code data_unreadable} and {@code nan} read as no grade (or no URN).
     */
    SCRAPE_TOOL
  }

  /**
   * The most fields a row may have: beyond it the row is rejected and its other fields are
   * counted, not kept, so that one endless line cannot exhaust memory.
   */
  public static final int MAX_FIELDS = 1_000;

  /** The longest value a field may hold, in characters: the JSON reader's limit for text. */
  public static final int MAX_FIELD_LENGTH = IlacsModule.MAX_TEXT_LENGTH;

  /** The most characters of a whole row a {@link RejectedRow#value()} repeats. */
  private static final int SHOWN = 500;

  private static final CsvFactory CSV = CsvFactory.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(MAX_FIELD_LENGTH).build())
      .build();

  private static final OutcomesCsv STANDARD = new OutcomesCsv(AuthorityDirectory.builtIn());

  private final AuthorityDirectory directory;

  private OutcomesCsv(AuthorityDirectory directory) {
    this.directory = directory;
  }

  /**
   * Returns the reader, which finds authorities in {@link AuthorityDirectory#builtIn()}.
   *
   * @return the standard reader, never null
   */
  public static OutcomesCsv standard() {
    return STANDARD;
  }

  /**
   * Reads a UTF-8 file with the standard reader; a line that is not valid UTF-8 is a rejected
   * row.
   *
   * @param file the file, not null
   * @return the histories, warnings and rejected rows, never null
   * @throws IOException when the file cannot be read, or its header line is not valid UTF-8
   * @throws IllegalArgumentException when the table is empty, or the header matches neither
   *     layout (the message names the closest layout and the columns it lacks) or names a column
   *     it reads twice
   */
  public static OutcomesImport read(Path file) throws IOException {
    return STANDARD.importFrom(file);
  }

  /**
   * Reads a table with the standard reader.
   *
   * @param reader the table, not null; not closed
   * @param sourceName a name for the table in results, not null
   * @return the histories, warnings and rejected rows, never null
   * @throws IOException when reading fails, such as when the reader's charset cannot decode a
   *     line (the message names the line)
   * @throws IllegalArgumentException when the table is empty, or the header matches neither
   *     layout (the message names the closest layout and the columns it lacks) or names a column
   *     it reads twice, or an argument is null
   */
  public static OutcomesImport read(Reader reader, String sourceName) throws IOException {
    return STANDARD.importFrom(reader, sourceName);
  }

  /**
   * Reads a UTF-8 file: a line that is not valid UTF-8 makes its row rejected ({@code (row)},
   * "is not valid UTF-8: byte 0xE9 at byte 12 of the line ...") and the other rows are
   * imported.
   *
   * @param file the file, not null
   * @return the histories, warnings and rejected rows, never null
   * @throws IOException when the file cannot be read, or its header line is not valid UTF-8
   * @throws IllegalArgumentException when the file is null, the table is empty, or the header
   *     matches neither layout or names a column it reads twice
   */
  public OutcomesImport importFrom(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(Arguments.required(file, "file"));
        Utf8Lines text = new Utf8Lines(in)) {
      return importFrom(text, file.toString(), text);
    }
  }

  /**
   * Reads a table.
   *
   * @param reader the table, not null; not closed
   * @param sourceName a name for the table in results, not null
   * @return the histories, warnings and rejected rows, never null
   * @throws IOException when reading fails, such as when the reader's charset cannot decode a
   *     line: the message names the line (decoding is the reader's, so reading stops there;
   *     {@link #importFrom(Path)} rejects such a line and goes on)
   * @throws IllegalArgumentException when the table is empty, or the header matches neither
   *     layout or names a column it reads twice, or an argument is null
   */
  public OutcomesImport importFrom(Reader reader, String sourceName) throws IOException {
    Arguments.required(reader, "reader");
    Arguments.required(sourceName, "sourceName");
    return importFrom(reader, sourceName, null);
  }

  private OutcomesImport importFrom(Reader reader, String sourceName, @Nullable Utf8Lines utf8)
      throws IOException {
    try (JsonParser parser = CSV.createParser(reader)) {
      Records records = new Records(parser, sourceName);
      Records.Record header = records.next();
      if (header == null) {
        throw new IllegalArgumentException(sourceName + " is empty: expected a header row");
      }
      Optional<String> badHeader = utf8 == null ? Optional.empty()
          : utf8.malformed(header.first(), header.last());
      if (badHeader.isPresent()) {
        throw new IOException(sourceName + ": line 1 (the header) " + badHeader.get());
      }
      if (header.error() != null) {
        throw new IllegalArgumentException(sourceName + ": the header " + header.error());
      }
      Layouts.Columns columns = Layouts.detect(header.values(), sourceName);
      RowMapper mapper = new RowMapper(directory, columns);
      Map<String, List<Inspection>> inspections = new LinkedHashMap<>();
      List<RejectedRow> rejected = new ArrayList<>();
      List<ImportWarning> warnings = new ArrayList<>();
      int rows = 0;
      for (Records.Record row = records.next(); row != null; row = records.next()) {
        rows++;
        Optional<String> wrong = utf8 == null ? Optional.empty()
            : utf8.malformed(row.first(), row.last());
        if (wrong.isEmpty()) {
          wrong = Optional.ofNullable(row.error());
        }
        if (wrong.isEmpty()) {
          wrong = columns.lookAlikeHeader(row.values());
        }
        if (wrong.isEmpty() && row.fields() != columns.width()) {
          wrong = Optional.of("has " + row.fields() + " fields but the header has "
              + columns.width());
        }
        if (wrong.isPresent()) {
          String value = String.join(",", row.values());
          rejected.add(new RejectedRow(row.first(), "(row)", value.length() <= SHOWN ? value
              : value.substring(0, SHOWN) + "...", wrong.get()));
          continue;
        }
        try {
          Inspection inspection = mapper.map(row.values(), row.first(), warnings::add);
          String code = inspection.authority().code();
          if (inspections.getOrDefault(code, List.of()).size() == Limits.MAX_ITEMS) {
            String value = String.join(",", row.values());
            rejected.add(new RejectedRow(row.first(), "(row)", value.length() <= SHOWN ? value
                : value.substring(0, SHOWN) + "...", "the history of "
                + inspection.authority().name() + " (" + code + ") already holds "
                + Limits.MAX_ITEMS + " inspections, the most one history holds"));
            continue;
          }
          inspections.computeIfAbsent(code, c -> new ArrayList<>()).add(inspection);
        } catch (RowMapper.Rejection r) {
          rejected.add(r.row);
        }
      }
      List<InspectionHistory> histories = new ArrayList<>(inspections.size());
      // the table holds graded inspections only: visits and meetings are not known from it
      inspections.forEach((code, list) -> histories.add(InspectionHistory.builder()
          .authority(list.get(0).authority()).coverage(Coverage.GRADED_INSPECTIONS)
          .addAllInspections(list).build()));
      histories.sort(Comparator.comparing((InspectionHistory h) -> h.authority().name())
          .thenComparing(h -> h.authority().code()));
      return new OutcomesImport(sourceName, columns.layout(), rows, histories, rejected,
          warnings);
    }
  }

  /** The rows of a CSV stream as the parser gives them, with the lines each spans. */
  private static final class Records {
    private final JsonParser parser;
    private final String sourceName;
    private long lastErrorOffset = -1;
    private boolean started;

    Records(JsonParser parser, String sourceName) {
      this.parser = parser;
      this.sourceName = sourceName;
    }

    /**
     * One row: its cells (the first {@link #MAX_FIELDS}), how many it has, its first and last
     * line, and why it cannot be read (null when it can).
     */
    record Record(List<String> values, int fields, long first, long last,
        @Nullable String error) {}

    @Nullable Record next() throws IOException {
      Record record;
      do {
        record = nextRecord();
      } while (record != null && record.error() == null && record.values().size() == 1
          && record.values().get(0).isBlank());
      return record;
    }

    /**
     * The next record, blank lines included: the parser's own skipping of blank lines also
     * drops the leading empty cells of other rows.
     */
    private @Nullable Record nextRecord() throws IOException {
      @Nullable String[] error = {null};
      JsonToken t = advance(error);
      if (!started) {
        // the array that wraps every row
        started = true;
        t = advance(error);
      }
      if (t != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> values = new ArrayList<>();
      // After the previous row's line break the parser stands at the start of this row.
      long first = Math.max(1, parser.currentLocation().getLineNr());
      long last = first;
      int fields = 0;
      for (t = advance(error); t != null && t != JsonToken.END_ARRAY; t = advance(error)) {
        long line = parser.currentTokenLocation().getLineNr();
        String text = parser.getText();
        fields++;
        if (fields <= MAX_FIELDS) {
          values.add(text);
        } else if (error[0] == null) {
          error[0] = "has more than " + MAX_FIELDS + " fields";
        }
        last = line + lineBreaks(text);
      }
      return new Record(values, fields, first, last, error[0]);
    }

    /** The number of line breaks (LF, CR LF or CR) inside a value. */
    private static int lineBreaks(String text) {
      int breaks = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r') || c == '\r') {
          breaks++;
        }
      }
      return breaks;
    }

    /** The next token; a parse error is kept in {@code error} and parsing goes on. */
    private @Nullable JsonToken advance(@Nullable String[] error) throws IOException {
      while (true) {
        try {
          return parser.nextToken();
        } catch (CharacterCodingException e) {
          // The reader decodes ahead, so the bad bytes may be on a later line than this one.
          throw new IOException(sourceName + ": the reader's charset cannot decode line "
              + parser.currentLocation().getLineNr() + " or a line after it ("
              + e.getMessage() + "); read the table with the charset it was saved in, or pass"
              + " its path to read it as UTF-8 row by row", e);
        } catch (JsonProcessingException e) {
          // The parser goes on after an error; should it not move, stop rather than loop.
          long offset = parser.currentLocation().getCharOffset();
          if (offset == lastErrorOffset) {
            throw new IOException(sourceName + ": line " + parser.currentLocation().getLineNr()
                + ": " + e.getOriginalMessage(), e);
          }
          lastErrorOffset = offset;
          if (error[0] == null) {
            error[0] = describe(e);
          }
        }
      }
    }

    private String describe(JsonProcessingException e) {
      if (e instanceof StreamConstraintsException) {
        return "has a field longer than " + MAX_FIELD_LENGTH + " characters; expected names,"
            + " codes, dates, grades and addresses";
      }
      String message = e.getOriginalMessage();
      if (message.startsWith("Missing closing quote")) {
        long to = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return "has a quoted field that is not closed: it runs to the end of the table"
            + (to > 0 ? " (line " + to + ")" : "") + ", so the lines after this one were read"
            + " as part of it; close the quote or double the quotes inside";
      }
      return "is not valid CSV (" + message + "); a quoted field ends at a comma or the end of"
          + " the line, and a quote inside it is doubled";
    }
  }
}

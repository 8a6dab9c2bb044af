package io.github.ilacs.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Shared test helpers: a mapper with the module, resources, the schema. */
final class Fixtures {
  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new IlacsModule()).build();
  static final JsonSchema SCHEMA = loadSchema();

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The shared test body of both Jackson modules (golden files, bad-input cases), a test
   * resource of ilacs-json, read by path from this module's directory.
   */
  static final Path CASES = Path.of("..", "json", "src", "test", "resources", "io", "github",
      "ilacs", "json", "cases");

  /** A file of the shared test body, such as {@code golden/history-minimal.json}. */
  static Path cases(String name) {
    return CASES.resolve(name);
  }

  /**
   * The project's one copy of the national outcomes table, a resource of the seeds module, read
   * by path from this module's directory (this module cannot depend on seeds: a reactor cycle).
   */
  static final Path NATIONAL = Path.of("..", "seeds", "src", "main", "resources", "io", "github",
      "ilacs", "seeds", "national", "la-inspection-outcomes-to-2024.csv");

  private static final Pattern FIRST_DATE = Pattern.compile(",(\\d{4}-\\d{2}-\\d{2}),");

  /** The national table to 2024 (427 reports). */
  static OutcomesImport realOutcomes() {
    try {
      return OutcomesCsv.read(NATIONAL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of the national table: the header, then one line per report. */
  static List<String> nationalLines() {
    try {
      return Files.readAllLines(NATIONAL, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The national table as it stood at the end of 2023: the header and the rows whose
   * inspection_start (the first date of a row) is before 2024.
   */
  static String outcomesTo2023() {
    List<String> lines = nationalLines();
    StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      Matcher m = FIRST_DATE.matcher(line);
      if (!m.find()) {
        throw new IllegalStateException("no date in " + line);
      }
      if (LocalDate.parse(m.group(1)).isBefore(LocalDate.of(2024, 1, 1))) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** The header of the national table, cell by cell. */
  static List<String> nationalHeader() {
    return List.of(nationalLines().get(0).split(","));
  }

  /**
   * A real row of the national table, cell by cell: the one of the authority (its name as the
   * table spells it, without a comma) whose inspection began on a day.
   */
  static List<String> realRow(String authority, String start) {
    return nationalLines().stream()
        .filter(l -> l.startsWith(authority + ",") && l.contains("," + start + ","))
        .map(l -> List.of(l.split(",", -1))).findFirst().orElseThrow();
  }

  /** A row changed column by column ({@code "la_code=891"}), written as one CSV record. */
  static String changed(List<String> row, String... changes) {
    List<String> header = nationalHeader();
    String[] cells = row.toArray(String[]::new);
    for (String change : changes) {
      int eq = change.indexOf('=');
      int at = header.indexOf(change.substring(0, eq));
      if (at < 0) {
        throw new IllegalArgumentException("no column " + change);
      }
      cells[at] = change.substring(eq + 1);
    }
    return record(cells);
  }

  /** Cells written as one RFC 4180 record, quoted where they need it, ending in a newline. */
  static String record(String... cells) {
    List<String> out = new ArrayList<>();
    for (String cell : cells) {
      boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n")
          || cell.contains("\r");
      out.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return String.join(",", out) + "\n";
  }

  /** {@link #outcomesTo2023()} imported. */
  static OutcomesImport realOutcomesTo2023() {
    try {
      return OutcomesCsv.read(new StringReader(outcomesTo2023()), "to 2023");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = IlacsModule.historySchema()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates a history document against the shipped schema; returns the messages. */
  static Set<String> schemaErrors(JsonNode history) {
    Set<String> out = new TreeSet<>();
    for (ValidationMessage m : SCHEMA.validate(history)) {
      out.add(m.getMessage());
    }
    return out;
  }
}

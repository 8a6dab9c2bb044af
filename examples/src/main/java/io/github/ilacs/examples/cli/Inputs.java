package io.github.ilacs.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.IlacsModule;
import io.github.ilacs.jackson.OutcomesCsv;
import io.github.ilacs.jackson.OutcomesImport;
import io.github.ilacs.jackson.RejectedRow;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.reports.ReportReader;
import io.github.ilacs.reports.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the command line's inputs, turning every failure into a one-line {@link UserError}.
 *
 * <p>Each input is opened once. A path that is not a regular file (a device such as
 * {@code /dev/zero}, a named pipe, a socket) is refused before it is opened, so nothing blocks
 * or reads for ever; {@code -} reads standard input instead. Reads are bounded: a JSON history
 * at most {@link #MAX_JSON_BYTES}, an outcomes table at most {@link #MAX_CSV_BYTES}, an
 * inspection document at most {@link #MAX_DOCUMENT_BYTES}.
 */
final class Inputs {
  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new IlacsModule())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /**
   * The largest JSON input read, 32 MiB: twenty times a history of 10,000 same-day meetings
   * (1.6 MB), far beyond any real authority's record.
   */
  static final long MAX_JSON_BYTES = 32L * 1024 * 1024;

  /**
   * The largest outcomes table read, 64 MiB: about fifty times the national outcomes file to
   * 2024 and room for 80,000-row tables.
   */
  static final long MAX_CSV_BYTES = 64L * 1024 * 1024;

  /**
   * The largest inspection document read, 256 MiB: Ofsted's reports and letters are a few
   * megabytes at most, and PDFs may carry large images.
   */
  static final long MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;

  /** The file name that means standard input. */
  static final String STANDARD_INPUT = "-";

  private Inputs() {}

  /**
   * Reads a history: a JSON history, a single JSON inspection, an inspection document (a report
   * or letter as {@code .pdf} or {@code .txt}), or a directory of any of these about one
   * authority.
   */
  static InspectionHistory readHistory(Path file) {
    if (Files.isDirectory(file)) {
      return readDirectory(file);
    }
    if (isDocument(file)) {
      Inspection inspection = readDocument(file);
      return InspectionHistory.of(inspection.authority(), List.of(inspection));
    }
    return readJson(file);
  }

  /** Tells whether a file is an inspection document the report reader takes. */
  static boolean isDocument(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".pdf") || name.endsWith(".txt");
  }

  private static Inspection readDocument(Path file) {
    try {
      requireRegularFile(file, MAX_DOCUMENT_BYTES, "an inspection document");
      return ReportReader.defaults().read(file).inspection();
    } catch (UnreadableDocumentException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static InspectionHistory readDirectory(Path dir) {
    List<Inspection> inspections = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = String.valueOf(f.getFileName()).toLowerCase(Locale.ROOT);
        if (isDocument(f) || name.endsWith(".json")) {
          inspections.addAll(readHistory(f).inspections());
        }
      }
    } catch (IOException e) {
      throw new UserError(dir + ": cannot list: " + e.getMessage());
    }
    if (inspections.isEmpty()) {
      throw new UserError(dir + ": holds no .json, .pdf or .txt file");
    }
    String code = inspections.get(0).authority().code();
    for (Inspection i : inspections) {
      if (!i.authority().code().equals(code)) {
        throw new UserError(dir + ": holds more than one authority (" + code + " and "
            + i.authority().code() + "); give one authority's files");
      }
    }
    inspections.sort(Comparator.comparing(Inspection::start));
    return InspectionHistory.of(inspections.get(0).authority(), inspections);
  }

  private static InspectionHistory readJson(Path file) {
    byte[] bytes = readBytes(file, MAX_JSON_BYTES, "a JSON history");
    try {
      JsonNode tree = MAPPER.readTree(bytes);
      if (tree == null || tree.isMissingNode()) {
        throw new UserError(file + ": empty file, expected a JSON history");
      }
      if (!tree.isObject()) {
        throw new UserError(file + ": line 1: expected a JSON object (a history or an "
            + "inspection), found " + tree.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      // an object with a framework or kind and no inspections is a single inspection
      if (!tree.has("inspections") && (tree.has("framework") || tree.has("kind"))) {
        Inspection inspection = MAPPER.readValue(bytes, Inspection.class);
        return InspectionHistory.of(inspection.authority(), List.of(inspection));
      }
      return MAPPER.readValue(bytes, InspectionHistory.class);
    } catch (JsonProcessingException e) {
      throw new UserError(file + ": " + describe(e));
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** Reads a JSON improvement plan. */
  static ImprovementPlan readPlan(Path file) {
    byte[] bytes = readBytes(file, MAX_JSON_BYTES, "a JSON improvement plan");
    if (bytes.length == 0) {
      throw new UserError(file + ": empty file, expected a JSON improvement plan");
    }
    try {
      return MAPPER.readValue(bytes, ImprovementPlan.class);
    } catch (JsonProcessingException e) {
      throw new UserError(file + ": " + describe(e));
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Reads an outcomes table; rows it rejects are in the result, not thrown. */
  static OutcomesImport readOutcomes(Path file) {
    try {
      if (isStandardInput(file)) {
        byte[] bytes = readBytes(file, MAX_CSV_BYTES, "an outcomes table");
        return OutcomesCsv.read(new InputStreamReader(new ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8.newDecoder()), STANDARD_INPUT);
      }
      requireRegularFile(file, MAX_CSV_BYTES, "an outcomes table");
      return OutcomesCsv.read(file);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "unreadable table" : e.getMessage();
      String prefix = file + ": ";
      throw new UserError(prefix + "line 1: "
          + (message.startsWith(prefix) ? message.substring(prefix.length()) : message));
    } catch (CharacterCodingException e) {
      throw new UserError(file + ": not valid UTF-8 text");
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static boolean isStandardInput(Path file) {
    return STANDARD_INPUT.equals(file.toString());
  }

  /** Reads at most {@code cap} bytes of a regular file or standard input, opening it once. */
  private static byte[] readBytes(Path file, long cap, String what) {
    try {
      if (isStandardInput(file)) {
        return bounded(System.in, file, cap, what);
      }
      requireRegularFile(file, cap, what);
      try (InputStream in = Files.newInputStream(file)) {
        return bounded(in, file, cap, what);
      }
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static byte[] bounded(InputStream in, Path file, long cap, String what)
      throws IOException {
    byte[] bytes = in.readNBytes(Math.toIntExact(cap + 1));
    if (bytes.length > cap) {
      throw tooLarge(file, cap, what);
    }
    return bytes;
  }

  /**
   * Refuses, from the file's attributes and without opening it, a path that is missing, a
   * directory, not a regular file, or larger than the cap.
   */
  private static void requireRegularFile(Path file, long cap, String what) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new UserError(file + ": is a directory, expected a file");
    }
    if (!attributes.isRegularFile()) {
      throw new UserError(file + ": not a regular file (a device, pipe or socket); give a file,"
          + " or - for standard input");
    }
    if (attributes.size() > cap) {
      throw tooLarge(file, cap, what);
    }
  }

  private static UserError tooLarge(Path file, long cap, String what) {
    return new UserError(file + ": larger than the " + cap / (1024 * 1024) + " MiB limit for "
        + what);
  }

  private static UserError cannotRead(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UserError(file + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new UserError(file + ": permission denied");
    }
    return new UserError(file + ": cannot read: " + e.getMessage());
  }

  /** A rejected row as one line: the file, line and column, the value and the reason. */
  static String describe(Path file, RejectedRow row) {
    return file + ":" + row.line() + " column " + row.column() + " '" + row.value() + "': "
        + row.reason();
  }

  /** The first line of Jackson's message with the place it points at. */
  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    JsonLocation at = e.getLocation();
    String place = at == null || at.getLineNr() < 0 ? ""
        : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    return place + message;
  }
}

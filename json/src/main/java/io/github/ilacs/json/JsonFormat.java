package io.github.ilacs.json;

import io.github.ilacs.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ilacs JSON format: which types are read and written, their readers and writers, the
 * limits and the JSON Schema. A Jackson module registers a deserializer for each of
 * {@link #readers()} and a serializer for each of {@link #writers()}.
 */
public final class JsonFormat {
  /**
   * The longest string read, in characters: the core's {@link Limits#MAX_TEXT_LENGTH}, so
   * whatever the core holds is written and read back.
   */
  public static final int MAX_TEXT_LENGTH = Limits.MAX_TEXT_LENGTH;

  /** The most elements read in one list: the core's {@link Limits#MAX_ITEMS}. */
  public static final int MAX_ITEMS = Limits.MAX_ITEMS;

  /**
   * The class-path resource (absolute name) of the JSON Schema (draft 2020-12) of an
   * inspection history; {@link #historySchema()} opens it.
   */
  public static final String SCHEMA_RESOURCE = "/io/github/ilacs/json/ilacs-history.schema.json";

  /** Why type ids are refused, and what to do instead ({@link FormatRule#NO_TYPE_IDS}). */
  public static final String NO_TYPE_IDS = "IlacsModule writes and reads its values without"
      + " type ids, so default typing is not supported: build the mapper without"
      + " activateDefaultTyping (or call deactivateDefaultTyping()), and put @JsonTypeInfo on"
      + " your own types where you need polymorphism";

  private static final Map<Class<?>, ValueReader<?>> READERS = new LinkedHashMap<>();
  private static final Map<Class<?>, ValueWriter<?>> WRITERS = new LinkedHashMap<>();

  static {
    Catalogue.register(JsonFormat::add, JsonFormat::add);
  }

  private JsonFormat() {}

  private static void add(ValueReader<?> reader) {
    READERS.put(reader.type(), reader);
  }

  private static void add(ValueWriter<?> writer) {
    WRITERS.put(writer.type(), writer);
  }

  /**
   * Lists a reader for every type the format reads.
   *
   * @return the readers, one per type, never empty
   */
  public static List<ValueReader<?>> readers() {
    return Collections.unmodifiableList(new ArrayList<>(READERS.values()));
  }

  /**
   * Lists a writer for every type the format writes (every type read, and the answers that
   * are written only: validation reports, pathways, comparisons, plan progress).
   *
   * @return the writers, one per type, never empty
   */
  public static List<ValueWriter<?>> writers() {
    return Collections.unmodifiableList(new ArrayList<>(WRITERS.values()));
  }

  /**
   * Finds the reader of a type.
   *
   * @param <T> the type
   * @param type the type, such as {@code InspectionHistory.class}
   * @return the reader, or empty when the format does not read the type
   */
  @SuppressWarnings("unchecked")
  public static <T> Optional<ValueReader<T>> reader(Class<T> type) {
    return Optional.ofNullable((ValueReader<T>) READERS.get(type));
  }

  /**
   * Finds the writer of a type.
   *
   * @param <T> the type
   * @param type the type, such as {@code InspectionPathway.class}
   * @return the writer, or empty when the format does not write the type
   */
  @SuppressWarnings("unchecked")
  public static <T> Optional<ValueWriter<T>> writer(Class<T> type) {
    return Optional.ofNullable((ValueWriter<T>) WRITERS.get(type));
  }

  /**
   * The problem for a type id asked of a value of the format (default typing):
   * {@link FormatRule#NO_TYPE_IDS} with {@link #NO_TYPE_IDS}.
   *
   * @param pointer where the type id was asked for, as a JSON pointer ({@code /} when
   *     writing)
   * @return the problem, of kind {@link JsonProblem.Kind#BAD_DEFINITION}
   */
  public static JsonProblem noTypeIds(String pointer) {
    return JsonProblem.of(pointer, FormatRule.NO_TYPE_IDS, JsonProblem.Kind.BAD_DEFINITION,
        NO_TYPE_IDS);
  }

  /**
   * Reads {@code yyyy-mm-dd} the way the format does, quickly: the date when the text is four,
   * two and two digits joined by hyphens naming a calendar day (the same date
   * {@link java.time.format.DateTimeFormatter#ISO_LOCAL_DATE} gives), otherwise empty.
   *
   * @param text any text
   * @return the date, or empty
   */
  public static Optional<LocalDate> calendarDate(String text) {
    return Optional.ofNullable(JsonIn.calendarDate(text));
  }

  /**
   * Tells whether a text has the shape of an ISO-8601 date: four, two and two ASCII digits
   * joined by hyphens (whether or not it names a calendar day).
   *
   * @param text any text
   * @return true for such as {@code 2022-04-26} and {@code 2022-02-30}
   */
  public static boolean isIsoDateShape(String text) {
    return JsonIn.isIsoDateShape(text);
  }

  /**
   * Lists an enum's constant names as the format's messages list them.
   *
   * @param type the enum
   * @return such as {@code [OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE]}
   */
  public static String constantNames(Class<? extends Enum<?>> type) {
    return JsonIn.names(type);
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of an inspection history; its {@code $defs}
   * describe the inspection, authority, judgement, finding and source, and the improvement
   * plan ({@code improvementPlan}) and its parts.
   *
   * @return a new stream the caller closes
   * @throws UncheckedIOException when the resource is missing from the jar
   */
  public static InputStream historySchema() {
    InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(new IOException(SCHEMA_RESOURCE + " is missing"));
    }
    return in;
  }
}

package io.github.ilacs.json;

import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import io.github.ilacs.Limits;
import io.github.ilacs.Theme;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Low-level reading shared by the readers: token checks, bounded strings and lists, strict
 * dates and enum names, and {@link JsonProblemException}s naming the JSON pointer of the
 * offending value and the rule broken.
 *
 * <p>Reading a valid document builds no message and no pointer: pointers are worked out only
 * when a failure is reported. An object's or a list's place is kept as the parser's context
 * that encloses it, which the parser does not change until it moves past the object or list;
 * every failure naming that place is raised before that.
 */
final class JsonIn {
  /** What a date is expected to be, for messages. */
  static final String DATE_EXPECTED = "an ISO-8601 date (yyyy-mm-dd)";

  /** Where an unknown property is explained, in both Jackson modules' words. */
  static final String SKIP_UNKNOWN =
      "IlacsModule.builder().ignoreUnknownProperties(true) skips unknown properties";

  /** The enum lookups and names for messages, worked out once per enum type. */
  private static final ClassValue<EnumNames> ENUMS = new ClassValue<>() {
    @Override
    protected EnumNames computeValue(Class<?> type) {
      return new EnumNames(type);
    }
  };

  /** An enum's constants by name, and its names as messages list them. */
  private static final class EnumNames {
    final Map<String, Object> byName = new HashMap<>();
    final String names;
    final String expected;

    EnumNames(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      for (Object c : constants) {
        byName.put(((Enum<?>) c).name(), c);
        if (c instanceof Theme t) {
          t.formerName().ifPresent(former -> byName.put(former, t));
        }
      }
      names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", ", "[", "]"));
      expected = "one of " + names;
    }
  }

  private final JsonInput p;
  private final ReadSettings settings;

  JsonIn(JsonInput p, ReadSettings settings) {
    this.p = p;
    this.settings = settings;
  }

  JsonInput input() {
    return p;
  }

  /**
   * Reads one element of a list or a nested object. Serializable, so that a mapper holding the
   * module's deserializers survives JDK serialization.
   */
  interface Element<T> extends java.io.Serializable {
    T read(JsonIn in) throws IOException;
  }

  /** Handles one property of an object; the parser is on the property's value. */
  interface Property {
    void read(String name) throws IOException;
  }

  /** The JSON pointer of the value the parser is on, {@code /} for the root. */
  String here() {
    return p.pointer(p.context());
  }

  /** The JSON pointer of a place {@link #object} or {@link #list} returned. */
  String pointer(Object place) {
    return p.pointer(place);
  }

  /**
   * The pointer of a field inside an object: a core field path such as
   * {@code judgements[0].grade} becomes {@code /judgements/0/grade}.
   */
  static String child(String objectPointer, String field) {
    String tail = field.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
    return objectPointer.equals("/") ? "/" + tail : objectPointer + "/" + tail;
  }

  // -- failures ---------------------------------------------------------------------------

  static JsonProblemException fail(String pointer, String code, JsonProblem.Kind kind,
      String text, Class<?> type) {
    return new JsonProblemException(new JsonProblem(pointer, code, text, kind), type, null);
  }

  static JsonProblemException fail(String pointer, FormatRule rule, JsonProblem.Kind kind,
      String text, Class<?> type) {
    return fail(pointer, rule.code(), kind, text, type);
  }

  /** A text of the format that is not a date, a name or a label the type knows. */
  static JsonProblemException badText(String pointer, String code, String text, String value,
      Class<?> type) {
    return new JsonProblemException(new JsonProblem(pointer, code, text,
        JsonProblem.Kind.INVALID_FORMAT), type, null, value, null, List.of());
  }

  /**
   * Reads an object: checks the parser is on its start, hands each property to the handler
   * (unknown ones included), rejects duplicates, and leaves the parser on its end.
   *
   * @param known the property names the type knows, at most 32; duplicates of other names are
   *     rejected too
   * @return the place of the object, for {@link #pointer(Object)} while the parser is still on
   *     the object's end
   */
  Object object(Class<?> type, String expected, List<String> known, Property handler)
      throws IOException {
    Token t = p.currentToken();
    if (t != Token.START_OBJECT) {
      throw wrongType(type, "an object (" + expected + ")");
    }
    Object at = p.parent(p.context());
    int seenKnown = 0;
    @Nullable Set<String> seenOther = null;
    for (t = p.nextToken(); t != Token.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      int index = known.indexOf(name);
      boolean duplicate;
      if (index >= 0) {
        duplicate = (seenKnown & (1 << index)) != 0;
        seenKnown |= 1 << index;
      } else {
        if (seenOther == null) {
          seenOther = new HashSet<>();
        }
        duplicate = !seenOther.add(name);
      }
      if (duplicate) {
        throw fail(here(), FormatRule.DUPLICATE_PROPERTY, JsonProblem.Kind.MISMATCHED_INPUT,
            "duplicate property '" + name + "' in " + type.getSimpleName(), type);
      }
      p.nextToken();
      handler.read(name);
    }
    return at;
  }

  /** Rejects or skips an unknown property, as the settings say. */
  void unknown(Class<?> type, String name, List<String> known) throws IOException {
    if (settings.ignoreUnknownProperties()) {
      p.skipChildren();
      return;
    }
    JsonProblem problem = JsonProblem.of(here(), FormatRule.UNKNOWN_PROPERTY,
        JsonProblem.Kind.UNKNOWN_PROPERTY, "unknown property '" + name + "' in "
        + type.getSimpleName() + "; " + SKIP_UNKNOWN);
    throw new JsonProblemException(problem, type, null, null, name, known);
  }

  boolean isNull() {
    return p.currentToken() == Token.NULL;
  }

  /** Fails because a required property is null. */
  JsonProblemException nullRequired(Class<?> type, String expected) {
    return nullNotAllowed(here(), type, expected);
  }

  /**
   * Fails because the value at the pointer is null where a value is required: the problem is
   * {@code [IV01]} and says what was expected.
   */
  static JsonProblemException nullNotAllowed(String pointer, Class<?> type, String expected) {
    return fail(pointer, Invariant.REQUIRED.code(), JsonProblem.Kind.MISMATCHED_INPUT,
        "null is not allowed here; expected " + expected, type);
  }

  /** Fails because a required property is absent. */
  JsonProblemException missing(Class<?> type, Object object, String field, String expected) {
    return fail(child(pointer(object), field), Invariant.REQUIRED.code(),
        JsonProblem.Kind.MISMATCHED_INPUT, "required property '" + field + "' of "
        + type.getSimpleName() + " is missing; expected " + expected, type);
  }

  JsonProblemException wrongType(Class<?> type, String expected) {
    return fail(here(), FormatRule.JSON_TYPE, JsonProblem.Kind.MISMATCHED_INPUT,
        "expected " + expected + " but found " + p.currentToken().description(), type);
  }

  /** Reads a string of at most {@link Limits#MAX_TEXT_LENGTH} characters; null stays null. */
  @Nullable String textOrNull(Class<?> type, String expected) throws IOException {
    Token t = p.currentToken();
    if (t == Token.NULL) {
      return null;
    }
    if (t != Token.STRING) {
      throw wrongType(type, expected);
    }
    int length = p.textLength();
    if (length > Limits.MAX_TEXT_LENGTH) {
      throw fail(here(), Invariant.TEXT_LENGTH.code(), JsonProblem.Kind.MISMATCHED_INPUT,
          "text of " + length + " characters is longer than the " + Limits.MAX_TEXT_LENGTH
          + " allowed; expected " + expected, type);
    }
    return p.text();
  }

  /** Reads a required string. */
  String text(Class<?> type, String expected) throws IOException {
    String s = textOrNull(type, expected);
    if (s == null) {
      throw nullRequired(type, expected);
    }
    return s;
  }

  /** Reads a required whole number that fits an {@code int}. */
  int integer(Class<?> type, String expected) throws IOException {
    if (isNull()) {
      throw nullRequired(type, expected);
    }
    if (p.currentToken() != Token.NUMBER_INT || !p.isPlainInt()) {
      throw wrongType(type, expected);
    }
    return p.intValue();
  }

  /** Reads an ISO-8601 date; null stays null. */
  @Nullable LocalDate dateOrNull(Class<?> type) throws IOException {
    String s = textOrNull(type, DATE_EXPECTED);
    if (s == null) {
      return null;
    }
    LocalDate quick = calendarDate(s);
    if (quick != null) {
      return quick;
    }
    if (isIsoDateShape(s)) {
      try {
        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        throw badText(here(), FormatRule.ISO_DATE.code(), "'" + s
            + "' is not a calendar date (" + e.getMessage() + "); expected an ISO-8601 date"
            + " (yyyy-mm-dd)", s, LocalDate.class);
      }
    }
    throw badText(here(), FormatRule.ISO_DATE.code(), "'" + s
        + "' is not an ISO-8601 date; expected yyyy-mm-dd, such as 2022-04-26", s,
        LocalDate.class);
  }

  /** Whether the text is four, two and two ASCII digits joined by hyphens. */
  static boolean isIsoDateShape(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads {@code yyyy-mm-dd} without a formatter when it is a real calendar date; any other
   * text gives null and goes through {@link DateTimeFormatter#ISO_LOCAL_DATE}, whose message a
   * failure quotes. For these texts both give the same date.
   */
  static @Nullable LocalDate calendarDate(String s) {
    if (!isIsoDateShape(s)) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  LocalDate date(Class<?> type) throws IOException {
    LocalDate d = dateOrNull(type);
    if (d == null) {
      throw nullRequired(type, DATE_EXPECTED);
    }
    return d;
  }

  /** Reads an enum constant by its exact name; null stays null. */
  <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type) throws IOException {
    EnumNames names = ENUMS.get(type);
    String s = textOrNull(type, names.expected);
    if (s == null) {
      return null;
    }
    Object e = names.byName.get(s);
    if (e == null) {
      throw unknownName(type, s);
    }
    return type.cast(e);
  }

  <E extends Enum<E>> JsonProblemException unknownName(Class<E> type, String s) {
    return badText(here(), Invariant.UNKNOWN_NAME.code(), "'" + s + "' is not a "
        + type.getSimpleName() + "; expected " + oneOf(type), s, type);
  }

  <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    E e = enumOrNull(type);
    if (e == null) {
      throw nullRequired(type, ENUMS.get(type).expected);
    }
    return e;
  }

  /** The enum's constant names as messages list them, such as {@code [GOOD, INADEQUATE]}. */
  static String names(Class<? extends Enum<?>> type) {
    return ENUMS.get(type).names;
  }

  /** What a value of the enum is expected to be, such as {@code one of [GOOD, INADEQUATE]}. */
  static String oneOf(Class<? extends Enum<?>> type) {
    return ENUMS.get(type).expected;
  }

  /**
   * Reads an array of at most {@link Limits#MAX_ITEMS} elements; null reads as empty.
   */
  <T> List<T> list(Class<?> type, String expected, Element<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    if (isNull()) {
      return out;
    }
    if (p.currentToken() != Token.START_ARRAY) {
      throw wrongType(type, "an array of " + expected);
    }
    // the array's own context has no index yet: its pointer is that of the enclosing context
    Object at = p.parent(p.context());
    for (Token t = p.nextToken(); t != Token.END_ARRAY; t = p.nextToken()) {
      if (out.size() == Limits.MAX_ITEMS) {
        throw fail(pointer(at), Invariant.LIST_SIZE.code(), JsonProblem.Kind.MISMATCHED_INPUT,
            "more than " + Limits.MAX_ITEMS + " elements; expected at most "
            + Limits.MAX_ITEMS, type);
      }
      if (isNull()) {
        throw nullRequired(type, expected);
      }
      out.add(element.read(this));
    }
    return out;
  }

  /**
   * Turns a broken invariant into a problem naming the pointer of the field and the rule code,
   * with the core's exception as cause.
   */
  JsonProblemException invariant(Class<?> type, Object object, InvalidInspectionException e) {
    String message = e.getMessage();
    String prefix = "[" + e.code() + "] ";
    String text = (message.startsWith(prefix) ? message.substring(prefix.length()) : message)
        + " in " + type.getSimpleName();
    JsonProblem problem = new JsonProblem(child(pointer(object), e.field()), e.code(), text,
        JsonProblem.Kind.BROKEN_INVARIANT);
    return new JsonProblemException(problem, type, e);
  }
}

package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
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
 * Low-level reading shared by the deserializers: token checks, bounded strings and lists,
 * strict dates and enum names, and exceptions whose message starts with the JSON pointer of the
 * offending value.
 *
 * <p>Reading a valid document builds no message and no pointer: pointers are worked out only
 * when a failure is reported. An object's or a list's place is kept as the parser's context
 * that encloses it, which the parser does not change until it moves past the object or list;
 * every failure naming that place is raised before that.
 */
final class JsonIn {
  /** What a date is expected to be, for messages. */
  static final String DATE_EXPECTED = "an ISO-8601 date (yyyy-mm-dd)";

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

  private final JsonParser p;
  private final DeserializationContext ctxt;
  private final IlacsModule.Settings settings;

  JsonIn(JsonParser p, DeserializationContext ctxt, IlacsModule.Settings settings) {
    this.p = p;
    this.ctxt = ctxt;
    this.settings = settings;
  }

  JsonParser parser() {
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
    return pointer(p.getParsingContext());
  }

  static String pointer(@Nullable JsonStreamContext context) {
    if (context == null) {
      return "/";
    }
    String s = context.pathAsPointer().toString();
    return s.isEmpty() ? "/" : s;
  }

  static String child(String objectPointer, String field) {
    String tail = field.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
    return objectPointer.equals("/") ? "/" + tail : objectPointer + "/" + tail;
  }

  /**
   * Reads an object: checks the parser is on its start, hands each property to the handler
   * (unknown ones included), rejects duplicates, and leaves the parser on its end.
   *
   * @param known the property names the type knows, at most 32; duplicates of other names are
   *     rejected too
   * @return the place of the object, for {@link #pointer(JsonStreamContext)} while the parser
   *     is still on the object's end
   */
  @Nullable JsonStreamContext object(Class<?> type, String expected, List<String> known,
      Property handler) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw wrongType(type, "an object (" + expected + ")");
    }
    JsonStreamContext at = p.getParsingContext().getParent();
    int seenKnown = 0;
    @Nullable Set<String> seenOther = null;
    for (t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
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
        throw MismatchedInputException.from(p, type,
            here() + ": duplicate property '" + name + "' in " + type.getSimpleName());
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
    // Jackson appends the known properties to the message.
    String msg = here() + ": unknown property '" + name + "' in " + type.getSimpleName()
        + "; IlacsModule.builder().ignoreUnknownProperties(true) skips unknown properties";
    throw new UnrecognizedPropertyException(p, msg, p.currentLocation(), type, name,
        new ArrayList<Object>(known));
  }

  boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Fails because a required property is null. */
  JsonMappingException nullRequired(Class<?> type, String expected) {
    return nullNotAllowed(p, type, expected);
  }

  /**
   * Fails because the value the parser is on is null where a value is required: the message
   * gives the pointer, {@code [IV01]} and what was expected.
   */
  static MismatchedInputException nullNotAllowed(@Nullable JsonParser p, Class<?> type,
      String expected) {
    return MismatchedInputException.from(p, type, pointer(p == null ? null
        : p.getParsingContext()) + ": [" + Invariant.REQUIRED.code()
        + "] null is not allowed here; expected " + expected);
  }

  /** Fails because a required property is absent. */
  JsonMappingException missing(Class<?> type, @Nullable JsonStreamContext object, String field,
      String expected) {
    return MismatchedInputException.from(p, type, child(pointer(object), field)
        + ": [" + Invariant.REQUIRED.code() + "] required property '" + field + "' of "
        + type.getSimpleName() + " is missing; expected " + expected);
  }

  JsonMappingException wrongType(Class<?> type, String expected) {
    return MismatchedInputException.from(p, type, here() + ": expected " + expected
        + " but found " + describe(p.currentToken()));
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  /** Reads a string of at most {@link IlacsModule#MAX_TEXT_LENGTH} characters; null stays null. */
  @Nullable String textOrNull(Class<?> type, String expected) throws IOException {
    if (isNull()) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(type, expected);
    }
    int length = p.getTextLength();
    if (length > IlacsModule.MAX_TEXT_LENGTH) {
      throw MismatchedInputException.from(p, type, here() + ": text of " + length
          + " characters is longer than the " + IlacsModule.MAX_TEXT_LENGTH
          + " allowed; expected " + expected);
    }
    return p.getText();
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
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT) {
      throw wrongType(type, expected);
    }
    return p.getIntValue();
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
        throw InvalidFormatException.from(p, here() + ": '" + s
            + "' is not a calendar date (" + e.getMessage() + "); expected an ISO-8601 date"
            + " (yyyy-mm-dd)", s, LocalDate.class);
      }
    }
    throw InvalidFormatException.from(p, here() + ": '" + s
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

  <E extends Enum<E>> JsonMappingException unknownName(Class<E> type, String s) {
    return InvalidFormatException.from(p, here() + ": [" + Invariant.UNKNOWN_NAME.code()
        + "] '" + s + "' is not a "
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
   * Reads an array of at most {@link IlacsModule#MAX_ITEMS} elements; null reads as empty.
   */
  <T> List<T> list(Class<?> type, String expected, Element<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    if (isNull()) {
      return out;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(type, "an array of " + expected);
    }
    // the array's own context has no index yet: its pointer is that of the enclosing context
    JsonStreamContext at = p.getParsingContext().getParent();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (out.size() == IlacsModule.MAX_ITEMS) {
        throw MismatchedInputException.from(p, type, pointer(at) + ": more than "
            + IlacsModule.MAX_ITEMS + " elements; expected at most " + IlacsModule.MAX_ITEMS);
      }
      if (isNull()) {
        throw nullRequired(type, expected);
      }
      out.add(element.read(this));
    }
    return out;
  }

  /** Turns a broken invariant into a Jackson exception naming the pointer and rule code. */
  JsonMappingException invariant(Class<?> type, @Nullable JsonStreamContext object,
      InvalidInspectionException e) {
    String msg = child(pointer(object), e.field()) + ": " + e.getMessage() + " in "
        + type.getSimpleName();
    return ValueInstantiationException.from(p, msg, ctxt.constructType(type), e);
  }
}

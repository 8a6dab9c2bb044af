package io.github.ilacs.json;

import java.io.IOException;
import java.io.Serializable;

/**
 * Reads values of one type from a {@link JsonInput}, strictly: the whole object is read, the
 * required properties checked, then the value built through the core's builder, so a failure
 * leaves no partly built value. {@link JsonFormat#readers()} lists one per type read.
 *
 * <p>Immutable and thread-safe; serializable, so that a mapper holding a module's
 * deserializers survives JDK serialization.
 *
 * @param <T> the type read
 */
public final class ValueReader<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The type read. */
  private final Class<T> type;
  /** What a value is expected to be, for messages. */
  private final String expected;
  /** Reads the value. */
  private final JsonIn.Element<T> body;

  ValueReader(Class<T> type, String expected, JsonIn.Element<T> body) {
    this.type = type;
    this.expected = expected;
    this.body = body;
  }

  /**
   * Returns the type read.
   *
   * @return the type, such as {@code InspectionHistory.class}
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Says what a value of the type is expected to be, as messages say it.
   *
   * @return the words, such as {@code an inspection history object}
   */
  public String expected() {
    return expected;
  }

  /**
   * Reads one value; the input is on its first token and is left on its last. JSON
   * {@code null} fails as {@link #nullNotAllowed(String)} says (a mapper usually meets a null
   * before it asks the reader, and should report it with that method).
   *
   * @param input the parser, as a token stream
   * @param settings what the module is told
   * @return the value, never null
   * @throws JsonProblemException when the document breaks a rule of the format or an
   *     invariant of the core
   * @throws IOException when the parser fails (passed through unchanged)
   */
  public T read(JsonInput input, ReadSettings settings) throws IOException {
    if (input.currentToken() == Token.NULL) {
      throw nullNotAllowed(input.pointer(input.context()));
    }
    return body.read(new JsonIn(input, settings));
  }

  /**
   * The failure for JSON {@code null} where a value of the type is expected, wherever a
   * mapper meets it (the root, an element of a collection, a property of an application's
   * class): {@code [IV01] null is not allowed here; expected ...}.
   *
   * @param pointer the JSON pointer of the null
   * @return the exception to throw (or to turn into the module's own)
   */
  public JsonProblemException nullNotAllowed(String pointer) {
    return JsonIn.nullNotAllowed(pointer, type, expected);
  }

  /**
   * Returns the type's simple name.
   *
   * @return such as {@code ValueReader[Inspection]}
   */
  @Override
  public String toString() {
    return "ValueReader[" + type.getSimpleName() + "]";
  }
}

package io.github.ilacs.json;

import java.io.IOException;

/**
 * A JSON parser as the engine reads it: a stream of {@link Token}s with the current value's
 * name, text and number, and the parser's nesting contexts, from which JSON pointers are made.
 *
 * <p>A Jackson module implements it over its parser. Contexts are the parser's own objects,
 * opaque to the engine: it keeps them only to work out a pointer when it reports a failure, so
 * reading a valid document builds no pointer. The engine calls the methods in the order a
 * streaming parser allows and only while the parser is on a token they apply to. The
 * {@link IOException} the methods may throw is the parser's own failure (malformed input, a
 * parser limit, a broken stream); the engine lets it through unchanged and the module reports
 * it, with {@link JsonProblem#malformed(String, String)} or
 * {@link JsonProblem#parserLimit(String, String)}.
 */
public interface JsonInput {
  /**
   * Returns the token the parser is on.
   *
   * @return the token, {@link Token#END_OF_INPUT} when there is none
   */
  Token currentToken();

  /**
   * Moves to the next token and returns it.
   *
   * @return the new current token, {@link Token#END_OF_INPUT} at the end of the input
   * @throws IOException when the parser fails (malformed input, a limit, a broken stream)
   */
  Token nextToken() throws IOException;

  /**
   * Returns the name of the property whose name or value the parser is on.
   *
   * @return the property name, never null inside an object
   * @throws IOException when the parser fails
   */
  String currentName() throws IOException;

  /**
   * Returns the text of the current {@link Token#STRING}.
   *
   * @return the text, never null
   * @throws IOException when the parser fails
   */
  String text() throws IOException;

  /**
   * Returns the length in UTF-16 chars of the current {@link Token#STRING}, without building
   * it when the parser can avoid that, so an over-long text is refused cheaply.
   *
   * @return the length
   * @throws IOException when the parser fails
   */
  int textLength() throws IOException;

  /**
   * Tells whether the current {@link Token#NUMBER_INT} fits a Java {@code int}.
   *
   * @return true for a whole number from {@link Integer#MIN_VALUE} to
   *     {@link Integer#MAX_VALUE}
   * @throws IOException when the parser fails
   */
  boolean isPlainInt() throws IOException;

  /**
   * Returns the value of the current number, when {@link #isPlainInt()} holds.
   *
   * @return the value
   * @throws IOException when the parser fails
   */
  int intValue() throws IOException;

  /**
   * Skips the value the parser is on: on {@link Token#START_OBJECT} or
   * {@link Token#START_ARRAY} moves to the matching end, otherwise does nothing.
   *
   * @throws IOException when the parser fails, including on nesting beyond its limit
   */
  void skipChildren() throws IOException;

  /**
   * Returns the parser's current context: the innermost object or array being read, or the
   * root. The engine treats it as opaque.
   *
   * @return the context, never null
   */
  Object context();

  /**
   * Returns the context that encloses the given one.
   *
   * @param context a context this input returned
   * @return the enclosing context, or the context itself when it is the root
   */
  Object parent(Object context);

  /**
   * Returns the JSON pointer (RFC 6901) of the value a context is at: for an object's or an
   * array's context, the property or element the parser last entered inside it; {@code /} for
   * the root.
   *
   * @param context a context this input returned
   * @return the pointer, such as {@code /inspections/2/end}; never empty
   */
  String pointer(Object context);
}

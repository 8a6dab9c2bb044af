package io.github.ilacs.json;

import java.io.Serializable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why a JSON document was refused: where ({@link #pointer()}), by which rule ({@link #code()})
 * and in ilacs words ({@link #text()}); {@link #kind()} says which exception type a Jackson
 * module reports it as.
 *
 * <p>Both Jackson modules report the same problem for the same document, in an exception whose
 * message is {@link #message()} (Jackson may append where in the input it stopped).
 * {@link #find(Throwable)} finds the problem behind any exception they throw.
 *
 * <p>Immutable; equal when all four parts are equal.
 */
public final class JsonProblem implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("(IV|JS)\\d\\d");

  /** The JSON pointer of the offending value. */
  private final String pointer;
  /** The rule code. */
  private final String code;
  /** What is wrong, in ilacs words. */
  private final String text;
  /** Which exception type the problem maps to. */
  private final Kind kind;

  /**
   * Which exception type a Jackson module reports a problem as.
   */
  public enum Kind {
    /** A property the type does not know: Jackson's {@code UnrecognizedPropertyException}. */
    UNKNOWN_PROPERTY,
    /**
     * A value of the wrong JSON type, a null or missing required value, a duplicate, a text or
     * list beyond its limit: Jackson's {@code MismatchedInputException}.
     */
    MISMATCHED_INPUT,
    /**
     * A string that is not a date, a constant name or a grade label of the format: Jackson's
     * {@code InvalidFormatException}.
     */
    INVALID_FORMAT,
    /**
     * A value the core refuses to build (an invariant other than the ones above): Jackson's
     * {@code ValueInstantiationException}, with the core's exception as cause.
     */
    BROKEN_INVARIANT,
    /**
     * Input the parser refused (malformed, truncated, beyond a parser limit): Jackson's
     * {@code DatabindException} (Jackson 2: {@code JsonMappingException}) wrapping the
     * parser's exception.
     */
    MALFORMED,
    /**
     * A mapper set up in a way the format does not support (default typing): Jackson's
     * {@code InvalidDefinitionException}.
     */
    BAD_DEFINITION
  }

  /**
   * An exception that carries a problem. The exception types of the Jackson modules implement
   * it, so {@link #find(Throwable)} finds their problem.
   */
  public interface Carrier {
    /**
     * Returns the problem this exception reports.
     *
     * @return the problem, never null
     */
    JsonProblem problem();
  }

  /**
   * Makes a problem, checking its parts.
   *
   * @param pointer the JSON pointer of the offending value, {@code /} for the root
   * @param code the rule broken, {@code IVnn} or {@code JSnn}
   * @param text what is wrong, in ilacs words
   * @param kind which Jackson exception type the problem maps to
   * @throws IllegalArgumentException when a part is null, the pointer does not start with
   *     {@code /}, the code is not {@code IVnn} or {@code JSnn}, or the text is blank
   */
  public JsonProblem(String pointer, String code, String text, Kind kind) {
    if (pointer == null || !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer: '" + pointer
          + "' is not a JSON pointer; expected / or a pointer starting with /");
    }
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code: '" + code
          + "' is not a rule code; expected IVnn or JSnn");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text: is required and not blank");
    }
    if (kind == null) {
      throw new IllegalArgumentException("kind: is required but was null");
    }
    this.pointer = pointer;
    this.code = code;
    this.text = text;
    this.kind = kind;
  }

  /**
   * Returns the JSON pointer (RFC 6901) of the offending value.
   *
   * @return the pointer, {@code /} for the root
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the rule broken: a core invariant's {@code IVnn} where one applies, otherwise a
   * {@link FormatRule}'s {@code JSnn}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns what is wrong and what was expected, in ilacs words, without pointer or code.
   *
   * @return the text, never blank
   */
  public String text() {
    return text;
  }

  /**
   * Returns which Jackson exception type the problem maps to.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Compares all four parts.
   *
   * @param other any object
   * @return true for a problem with equal parts
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JsonProblem p && pointer.equals(p.pointer) && code.equals(p.code)
        && text.equals(p.text) && kind == p.kind;
  }

  /**
   * Hashes all four parts.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(pointer, code, text, kind);
  }

  /**
   * Returns the kind and {@link #message()}.
   *
   * @return such as {@code MISMATCHED_INPUT /authority: [IV01] null is not allowed here; ...}
   */
  @Override
  public String toString() {
    return kind + " " + message();
  }

  /**
   * Makes the problem for a format rule.
   *
   * @param pointer the JSON pointer of the offending value
   * @param rule the rule broken
   * @param kind the exception type it maps to
   * @param text what is wrong, in ilacs words
   * @return the problem
   * @throws IllegalArgumentException as the constructor does
   */
  public static JsonProblem of(String pointer, FormatRule rule, Kind kind, String text) {
    if (rule == null) {
      throw new IllegalArgumentException("rule: is required but was null");
    }
    return new JsonProblem(pointer, rule.code(), text, kind);
  }

  /**
   * The problem for input the parser refused before ilacs saw it (malformed or truncated
   * JSON): {@link FormatRule#WELL_FORMED}, {@link Kind#MALFORMED}.
   *
   * @param pointer where the parser stopped, as a JSON pointer
   * @param parserMessage the parser's own words (they differ between parsers)
   * @return the problem, whose text is {@code malformed JSON: } and the parser's words
   * @throws IllegalArgumentException when the pointer is not a JSON pointer
   */
  public static JsonProblem malformed(String pointer, String parserMessage) {
    return of(pointer, FormatRule.WELL_FORMED, Kind.MALFORMED,
        "malformed JSON: " + parserMessage);
  }

  /**
   * The problem for input beyond a limit of the parser (nesting depth, number length, document
   * size): {@link FormatRule#PARSER_LIMIT}, {@link Kind#MALFORMED}.
   *
   * @param pointer where the parser stopped, as a JSON pointer
   * @param parserMessage the parser's own words
   * @return the problem, whose text is {@code input exceeds a parser limit: } and the
   *     parser's words
   * @throws IllegalArgumentException when the pointer is not a JSON pointer
   */
  public static JsonProblem parserLimit(String pointer, String parserMessage) {
    return of(pointer, FormatRule.PARSER_LIMIT, Kind.MALFORMED,
        "input exceeds a parser limit: " + parserMessage);
  }

  /**
   * Returns the message of the exception that reports the problem.
   *
   * @return {@code pointer + ": [" + code + "] " + text}, such as
   *     {@code /inspections/0/end: [IV02] end: 2019-10-01 is before start ...}
   */
  public String message() {
    return pointer + ": [" + code + "] " + text;
  }

  /**
   * Finds the problem behind an exception: the first {@link Carrier} in its cause chain (the
   * exception itself first).
   *
   * @param thrown any throwable, such as what a mapper's {@code readValue} threw
   * @return the problem, or empty when no exception in the chain carries one (or for null)
   */
  public static Optional<JsonProblem> find(@Nullable Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof Carrier c) {
        return Optional.of(c.problem());
      }
    }
    return Optional.empty();
  }
}

package io.github.ilacs.json;

/**
 * The tokens of a JSON document as the engine sees them; an adapter maps its parser's tokens
 * onto these.
 */
public enum Token {
  /** The start of an object, {@code &#123;}. */
  START_OBJECT("an object"),
  /** The end of an object, {@code &#125;}. */
  END_OBJECT("the end of an object"),
  /** The start of an array, {@code [}. */
  START_ARRAY("an array"),
  /** The end of an array, {@code ]}. */
  END_ARRAY("the end of an array"),
  /** A property name inside an object. */
  PROPERTY_NAME("a property name"),
  /** A string value. */
  STRING("a string"),
  /** A number without fraction or exponent. */
  NUMBER_INT("a number"),
  /** A number with a fraction or an exponent. */
  NUMBER_FLOAT("a number"),
  /** {@code true}. */
  TRUE("a boolean"),
  /** {@code false}. */
  FALSE("a boolean"),
  /** {@code null}. */
  NULL("null"),
  /** No further token: the input ended, or the parser has not started. */
  END_OF_INPUT("end of input"),
  /** A token of the parser that JSON text does not have (an embedded object, say). */
  OTHER("a value JSON text does not have");

  private final String description;

  Token(String description) {
    this.description = description;
  }

  /**
   * Describes the token as messages name what was found, such as {@code a number}.
   *
   * @return the words, never null
   */
  public String description() {
    return description;
  }
}

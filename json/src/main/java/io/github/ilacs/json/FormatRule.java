package io.github.ilacs.json;

/**
 * The rules of the JSON format that are not invariants of the core, each with a stable code
 * {@code JSnn}. A failure that breaks a core invariant ({@code io.github.ilacs.Invariant}: a
 * required value, a name, a grade label, a text's length, a list's size) carries that
 * invariant's code {@code IVnn} instead.
 */
public enum FormatRule {
  /** The input is not JSON, or ends too early. */
  WELL_FORMED("JS01", "the input is well-formed JSON and complete"),
  /** The input goes beyond a limit of the parser (nesting depth, number length, size). */
  PARSER_LIMIT("JS02", "the input stays within the parser's limits (nesting depth, number"
      + " length, document size)"),
  /** A value has another JSON type than its place expects. */
  JSON_TYPE("JS03", "each value has the JSON type its place expects (object, array, string,"
      + " whole number)"),
  /** An object names a property twice. */
  DUPLICATE_PROPERTY("JS04", "an object names each property once"),
  /** An object has a property its type does not know. */
  UNKNOWN_PROPERTY("JS05", "an object has only the properties its type knows, unless the"
      + " module is told to skip unknown ones"),
  /** A date is not written yyyy-mm-dd or names no calendar day. */
  ISO_DATE("JS06", "a date is written yyyy-mm-dd (ISO-8601) and names a calendar day"),
  /** A list that stands for a set names an element twice. */
  DUPLICATE_ELEMENT("JS07", "a list that stands for a set (a finding's themes) names each"
      + " element once"),
  /** A national framework cross-reference is not written as letters print it. */
  NATIONAL_FRAMEWORK("JS08", "a national framework cross-reference is an outcome, enabler or"
      + " principle and its number, such as \"outcome 3\""),
  /** Type ids were asked for (default typing). */
  NO_TYPE_IDS("JS09", "values are written and read without type ids, so default typing is"
      + " not supported");

  private final String code;
  private final String statement;

  FormatRule(String code, String statement) {
    this.code = code;
    this.statement = statement;
  }

  /**
   * Returns the stable code, such as {@code JS03}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the rule requires, in one line.
   *
   * @return the statement, never null
   */
  public String statement() {
    return statement;
  }
}

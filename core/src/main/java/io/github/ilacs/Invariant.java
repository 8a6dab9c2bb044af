package io.github.ilacs;

/**
 * The invariants every object of the vocabulary satisfies, each with a stable code.
 *
 * <p>An invariant is checked when an object is built; breaking one throws
 * {@link InvalidInspectionException}, so no object that breaks one can be observed. Rules that
 * need context (which framework was in force, whether grades agree) are not invariants: the
 * {@code io.github.ilacs.rules} package reports them instead.
 */
public enum Invariant {
  /** A required value is missing or null. */
  REQUIRED("IV01", "a required value is present and not null"),
  /** The on-site end date is before the start date. */
  END_NOT_BEFORE_START("IV02", "the last on-site day is not before the first"),
  /** The publication (letter or report) date is before the last on-site day. */
  PUBLISHED_NOT_BEFORE_END("IV03", "the letter or report is not dated before the last on-site day"),
  /** An inspection grades the same judgement area twice. */
  ONE_JUDGEMENT_PER_AREA("IV04", "each judgement area is graded at most once"),
  /** A text that must say something is empty or blank ({@link Texts#isBlank(String)}). */
  NOT_BLANK("IV05", "names, titles and summaries are not blank"),
  /** A local authority code is not three digits. */
  AUTHORITY_CODE_FORMAT("IV06", "a DfE local authority code is exactly three digits"),
  /** An Ofsted unique reference number is not made of digits. */
  URN_FORMAT("IV07", "an Ofsted URN is 5 to 8 digits"),
  /** An ONS area code is not a letter followed by eight digits. */
  ONS_CODE_FORMAT("IV08", "an ONS code is E or W followed by eight digits"),
  /** A grade label is not one the framework's scale knows. */
  GRADE_LABEL("IV09", "a grade label is one of the framework's labels or a known variant"),
  /** A name does not match any constant of an enumeration (an unknown framework or kind). */
  UNKNOWN_NAME("IV10", "a name matches a constant of the enumeration"),
  /**
   * The date printed on a letter or report, or the date the authority received it, is before
   * the last on-site day, or the receipt is dated before the document.
   */
  LETTER_DATES_IN_ORDER("IV11", "a letter is issued and received on or after the last on-site "
      + "day, and received on or after it is issued"),
  /**
   * A number or a combination of parts is outside what the value allows (a notice's working
   * days, a national framework element's number).
   */
  VALUE_IN_RANGE("IV12", "a number or combination of parts is one the value allows"),
  /** A date lies outside the years {@link Limits#FIRST_YEAR} to {@link Limits#LAST_YEAR}. */
  DATE_IN_RANGE("IV13", "dates lie in the years " + Limits.FIRST_YEAR + " to " + Limits.LAST_YEAR),
  /** A text is longer than {@link Limits#MAX_TEXT_LENGTH} characters. */
  TEXT_LENGTH("IV14", "a text is at most " + Limits.MAX_TEXT_LENGTH + " characters long"),
  /** A list holds more than {@link Limits#MAX_ITEMS} elements. */
  LIST_SIZE("IV15", "a list holds at most " + Limits.MAX_ITEMS + " elements"),
  // IV20-IV29: improvement plans (io.github.ilacs.plan)
  /** A step of an improvement plan is dated before the step it follows. */
  PLAN_DATES_IN_ORDER("IV20", "a step of a plan is not dated before the step it follows"),
  /** Two actions share an identifier, or one action answers the same finding twice. */
  PLAN_UNIQUE("IV21", "action identifiers, answered inspections and findings answered are unique"),
  /** An action answers a finding that is not in an inspection the plan answers. */
  PLAN_REFERENCE_RESOLVES("IV22", "an action answers a finding of an inspection the plan answers"),
  /** A plan answers an inspection of another authority. */
  PLAN_SAME_AUTHORITY("IV23", "a plan answers inspections of its own authority"),
  /** A list that must hold something is empty. */
  PLAN_NOT_EMPTY("IV24", "a plan answers an inspection and an action answers a finding"),
  /** A number lies outside its allowed range. */
  PLAN_IN_RANGE("IV25", "a number lies in its allowed range");

  private final String code;
  private final String description;

  Invariant(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the stable code, such as {@code IV02}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the invariant requires, in one line.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }
}

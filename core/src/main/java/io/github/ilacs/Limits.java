package io.github.ilacs;

/**
 * The bounds every value of the vocabulary keeps, checked when it is built ({@link
 * Invariant#DATE_IN_RANGE}, {@link Invariant#TEXT_LENGTH}, {@link Invariant#LIST_SIZE}) and
 * shared by the readers, so that whatever the library writes it can read back.
 *
 * <p>The years leave room on either side of Ofsted's inspections of children's services (the
 * first frameworks date from 2009) for historical records and long forecasts, while keeping
 * every date a validator or the working-day calendar meets far inside {@link
 * java.time.LocalDate}'s range and inside four-digit ISO years.
 */
public final class Limits {
  /** The first year a date of an inspection or a source may lie in. */
  public static final int FIRST_YEAR = 1900;
  /** The last year a date of an inspection or a source may lie in. */
  public static final int LAST_YEAR = 2199;
  /** The most characters in a name, title, summary or address. */
  public static final int MAX_TEXT_LENGTH = 10_000;
  /** The most elements in a list (a history's inspections, an inspection's findings). */
  public static final int MAX_ITEMS = 10_000;

  private Limits() {}
}

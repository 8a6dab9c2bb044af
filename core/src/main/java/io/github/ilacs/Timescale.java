package io.github.ilacs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * When a report of the 2009–2013 frameworks asked for an area for improvement to be acted on:
 * the looked after children reports of 2012–13 group their areas for improvement under these
 * headings (for example Kent's, published 23 August 2013). Which frameworks use them is
 * {@link Framework#findingTimescales()}.
 */
public enum Timescale {
  /** At once. */
  IMMEDIATELY("Immediately", 0),
  /** Within three months of the report. */
  WITHIN_THREE_MONTHS("Within three months", 3),
  /** Within six months of the report. */
  WITHIN_SIX_MONTHS("Within six months", 6);

  private final String title;
  private final int months;

  Timescale(String title, int months) {
    this.title = title;
    this.months = months;
  }

  /**
   * Returns the heading reports use.
   *
   * @return the heading, such as "Within three months"
   */
  public String title() {
    return title;
  }

  /**
   * Returns the months allowed, 0 for immediately.
   *
   * @return 0, 3 or 6
   */
  public int months() {
    return months;
  }

  /**
   * Finds a timescale by its constant name or its heading, ignoring case, spaces and a
   * trailing colon.
   *
   * @param text the text, not null
   * @return the timescale, or empty when none matches
   */
  public static Optional<Timescale> find(String text) {
    String t = text.trim().replaceAll(":$", "").trim().replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.name().equalsIgnoreCase(t) || s.title.toLowerCase(Locale.ROOT).equals(t))
        .findFirst();
  }
}

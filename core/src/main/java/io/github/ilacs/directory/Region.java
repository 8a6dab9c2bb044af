package io.github.ilacs.directory;

import java.util.Locale;
import java.util.Optional;

/** The nine English regions, with the codes the DfE and the outcomes tables use. */
public enum Region {
  /** East Midlands ({@code EM}). */
  EAST_MIDLANDS("EM", "East Midlands"),
  /** East of England ({@code E}). */
  EAST_OF_ENGLAND("E", "East of England"),
  /** London ({@code GL}). */
  LONDON("GL", "London"),
  /** North East ({@code NE}). */
  NORTH_EAST("NE", "North East"),
  /** North West ({@code NW}). */
  NORTH_WEST("NW", "North West"),
  /** South East ({@code SE}). */
  SOUTH_EAST("SE", "South East"),
  /** South West ({@code SW}). */
  SOUTH_WEST("SW", "South West"),
  /** West Midlands ({@code WM}). */
  WEST_MIDLANDS("WM", "West Midlands"),
  /** Yorkshire and the Humber ({@code YH}). */
  YORKSHIRE_AND_THE_HUMBER("YH", "Yorkshire and the Humber");

  private final String code;
  private final String title;

  Region(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /**
   * Returns the short code, such as {@code EM}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the region's name, such as "East Midlands".
   *
   * @return the name
   */
  public String title() {
    return title;
  }

  /**
   * Finds a region by its short code or its name, ignoring case and surrounding spaces.
   *
   * @param text a code such as {@code EM} or a name such as "East Midlands"; not null
   * @return the region, or empty when nothing matches
   */
  public static Optional<Region> find(String text) {
    String t = AuthorityDirectory.required(text, "text").trim().toLowerCase(Locale.ROOT);
    for (Region r : values()) {
      if (r.code.toLowerCase(Locale.ROOT).equals(t) || r.title.toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

package io.github.ilacs.compare;

/** The authorities an authority is compared with. */
public enum Group {
  /** Its statistical neighbours that existed on the date, closest first. */
  NEIGHBOURS("statistical neighbours"),
  /** Every authority of its region that existed on the date, itself included. */
  REGION("region"),
  /** Every authority in England that existed on the date, itself included. */
  ENGLAND("England");

  private final String title;

  Group(String title) {
    this.title = title;
  }

  /**
   * Returns the group's name in plain words.
   *
   * @return the name, never null
   */
  public String title() {
    return title;
  }
}

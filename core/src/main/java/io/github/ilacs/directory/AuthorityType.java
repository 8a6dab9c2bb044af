package io.github.ilacs.directory;

import java.util.Optional;

/** The kind of council an authority is, as the ONS classifies it. */
public enum AuthorityType {
  /** A London borough (the City of London is listed as one). */
  LONDON_BOROUGH("London Borough"),
  /** A metropolitan district. */
  METROPOLITAN_DISTRICT("Metropolitan District"),
  /** A unitary authority. */
  UNITARY_AUTHORITY("Unitary Authority"),
  /** A county council of a two-tier area. */
  COUNTY("County");

  private final String title;

  AuthorityType(String title) {
    this.title = title;
  }

  /**
   * Returns the type as the ONS writes it, such as "Unitary Authority".
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Finds a type by its title or constant name, ignoring case.
   *
   * @param text the title, such as "County"; not null
   * @return the type, or empty when nothing matches
   */
  public static Optional<AuthorityType> find(String text) {
    String t = AuthorityDirectory.required(text, "text").trim();
    for (AuthorityType type : values()) {
      if (type.title.equalsIgnoreCase(t) || type.name().equalsIgnoreCase(t.replace(' ', '_'))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

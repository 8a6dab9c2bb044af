package io.github.ilacs;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the facts of an inspection record come from: the letter or report, its date and,
 * where it is public, its address.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the title of the letter or report, not blank
 * @param date the date the letter or report bears, not null
 * @param url the public address of the document; empty when it has none
 */
public record Source(String title, LocalDate date, Optional<String> url) {
  /**
   * Creates a source.
   *
   * @param title the title of the letter or report, not blank
   * @param date the date the letter or report bears, not null
   * @param url the public address of the document; empty when it has none
   * @throws InvalidInspectionException when the title is null or blank, the date is null or
   *     outside the years {@value Limits#FIRST_YEAR} to {@value Limits#LAST_YEAR}, or the url
   *     is null or blank when present
   */
  public Source {
    Checks.notBlank(title, "source.title");
    Checks.inRange(date, "source.date");
    Checks.required(url, "source.url");
    url.ifPresent(u -> Checks.notBlank(u, "source.url"));
  }

  /**
   * Creates a source without an address.
   *
   * @param title the title of the letter or report, not blank
   * @param date the date the document bears, not null
   * @return the source
   * @throws InvalidInspectionException when the title is blank or a value is null
   */
  public static Source of(String title, LocalDate date) {
    return new Source(title, date, Optional.empty());
  }

  /**
   * Creates a source with an address.
   *
   * @param title the title of the letter or report, not blank
   * @param date the date the document bears, not null
   * @param url the public address, not blank; null for none
   * @return the source
   * @throws InvalidInspectionException when the title or url is blank or a value is null
   */
  public static Source of(String title, LocalDate date, @Nullable String url) {
    return new Source(title, date, Optional.ofNullable(url));
  }
}

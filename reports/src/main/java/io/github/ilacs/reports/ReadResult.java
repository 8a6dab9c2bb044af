package io.github.ilacs.reports;

import io.github.ilacs.Inspection;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reader made of one document: the inspection, the date printed on the document where
 * there is one, and the warnings about what it could not read.
 *
 * @param source the file name or the name the caller gave the text, never blank
 * @param inspection the inspection read, never null
 * @param issued the date printed on the letter or report (a letter's date, a report's
 *     "published" line), or empty when the document prints none
 * @param warnings what could not be read, in the order met; unmodifiable
 */
public record ReadResult(String source, Inspection inspection, Optional<LocalDate> issued,
    List<ReadWarning> warnings) {

  /**
   * Checks the values and copies the list.
   *
   * @param source the file name or the name the caller gave the text, never blank
   * @param inspection the inspection read, never null
   * @param issued the date printed on the document, or empty
   * @param warnings what could not be read, in the order met
   * @throws NullPointerException when a value is null
   */
  public ReadResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(inspection, "inspection");
    Objects.requireNonNull(issued, "issued");
    warnings = List.copyOf(warnings);
  }
}

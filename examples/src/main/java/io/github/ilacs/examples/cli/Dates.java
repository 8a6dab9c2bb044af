package io.github.ilacs.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The dates the command line accepts: ISO {@code 2026-06-01}, {@code 01/06/2026} (day first, as
 * written in England) and {@code 1 June 2026} (or {@code 1 Jun 2026}); anything else is refused
 * in one plain line.
 */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d/M/uuuu"),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK))
      .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

  @Override
  public LocalDate convert(String value) {
    return parse(value);
  }

  /** The date written in one of the accepted forms; a type conversion error otherwise. */
  static LocalDate parse(String value) {
    String text = value.strip().replaceAll("\\s+", " ");
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // not this form; try the next
      }
    }
    throw new CommandLine.TypeConversionException("'" + Printing.escapeLine(value) + "' is not a date;"
        + " write it as 2026-06-01, 01/06/2026 or 1 June 2026");
  }
}

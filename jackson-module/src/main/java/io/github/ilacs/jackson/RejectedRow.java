package io.github.ilacs.jackson;


/**
 * A row of an outcomes table that could not be imported, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the line of the file the row starts on, 1 for the header
 * @param column the header name of the offending column, or {@code (row)} when the row as a
 *     whole is wrong
 * @param value the offending value as it appears in the file, possibly empty
 * @param reason what is wrong and what was expected, never blank
 */
public record RejectedRow(long line, String column, String value, String reason) {
  /**
   * Creates a rejected row.
   *
   * @param line the line of the file the row starts on, at least 1
   * @param column the column, not null
   * @param value the offending value, not null
   * @param reason the reason, not null
   * @throws IllegalArgumentException when a value is null or the line is less than 1
   */
  public RejectedRow {
    Arguments.required(column, "column");
    Arguments.required(value, "value");
    Arguments.required(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1 but was " + line);
    }
  }

  /**
   * Returns the rejection in one line, such as {@code line 7, inspection_end '2019-13-01': ...}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "line " + line + ", " + column + " '" + value + "': " + reason;
  }
}

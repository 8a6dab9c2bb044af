package io.github.ilacs.jackson;


/**
 * Something doubtful in a row of an outcomes table that was imported all the same, such as a
 * spelling of an authority's name the directory does not know beside a code that it does.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the line of the file the row starts on
 * @param column the header name of the column concerned
 * @param value the value as it appears in the file, possibly empty
 * @param reason what is doubtful and what was imported instead, never blank
 */
public record ImportWarning(long line, String column, String value, String reason) {
  /**
   * Creates a warning.
   *
   * @param line the line of the file the row starts on, at least 1
   * @param column the column, not null
   * @param value the value, not null
   * @param reason the reason, not null
   * @throws IllegalArgumentException when a value is null or the line is less than 1
   */
  public ImportWarning {
    Arguments.required(column, "column");
    Arguments.required(value, "value");
    Arguments.required(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1 but was " + line);
    }
  }

  /**
   * Returns the warning in one line, such as {@code line 7, local_authority 'notts': ...}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "line " + line + ", " + column + " '" + value + "': " + reason;
  }
}

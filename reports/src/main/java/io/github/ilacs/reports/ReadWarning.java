package io.github.ilacs.reports;

/**
 * Something the reader could not read, or read with a doubt, and where: the page (from 1) and
 * the line on that page (from 1) of the text it was looking at.
 *
 * @param page the page, at least 1
 * @param line the line on that page, at least 1
 * @param message what could not be read and what was done instead, never blank
 */
public record ReadWarning(int page, int line, String message) {

  /**
   * Checks the values.
   *
   * @param page the page, at least 1
   * @param line the line on that page, at least 1
   * @param message what could not be read, not blank
   * @throws IllegalArgumentException when page or line is below 1 or the message is blank
   */
  public ReadWarning {
    if (page < 1 || line < 1) {
      throw new IllegalArgumentException("page and line: " + page + ", " + line
          + " (both count from 1)");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("message: blank (a warning says what it is about)");
    }
  }

  /**
   * Returns the warning as one line, "page P, line L: message".
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "page " + page + ", line " + line + ": " + message;
  }
}

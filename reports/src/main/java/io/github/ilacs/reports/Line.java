package io.github.ilacs.reports;

/**
 * One line of a document's text, with where it is: the page (from 1) and the line on that page
 * (from 1). The text is trimmed and has no markup; {@code lower} is the same text folded once by
 * {@link TextDocument#fold(String)}, for the layouts' patterns.
 */
record Line(int page, int number, String text, String lower) {

  /** Creates a line, folding its text. */
  static Line of(int page, int number, String text) {
    return new Line(page, number, text, TextDocument.fold(text));
  }

  /** Tells whether the line holds no text. */
  boolean isBlank() {
    return text.isEmpty();
  }
}

package io.github.ilacs.reports;

/**
 * One line of a document's text, with where it is: the page (from 1) and the line on that page
 * (from 1). The text is trimmed and has no markup.
 */
record Line(int page, int number, String text) {

  /** Tells whether the line holds no text. */
  boolean isBlank() {
    return text.isEmpty();
  }

  /** Returns the text in lower case, with typographic apostrophes made plain. */
  String lower() {
    return TextDocument.fold(text);
  }
}

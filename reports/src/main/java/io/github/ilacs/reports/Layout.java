package io.github.ilacs.reports;

/**
 * One family of document layouts: it tells whether it recognises a document and reads it into
 * a draft.
 */
interface Layout {
  /**
   * Tells whether this layout family recognises the document.
   *
   * @param head the first lines of the document, joined and folded to lower case
   */
  boolean recognises(TextDocument doc, String head);

  /** Reads the document into the draft, recording warnings for what it cannot read. */
  void read(TextDocument doc, Draft draft);
}

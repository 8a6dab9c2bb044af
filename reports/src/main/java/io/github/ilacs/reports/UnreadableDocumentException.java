package io.github.ilacs.reports;

import java.io.IOException;

/**
 * A document the reader cannot read at all, naming the file and why. Documents it can read in
 * part give a {@link ReadResult} with warnings instead.
 */
public final class UnreadableDocumentException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why a document cannot be read. */
  public enum Reason {
    /** The file is not a PDF, for instance a web page saved under a {@code .pdf} name. */
    NOT_A_PDF("not a PDF"),
    /** The PDF is damaged: PDFBox could not parse it. */
    DAMAGED("a damaged PDF"),
    /** The PDF is encrypted and needs a password. */
    ENCRYPTED("an encrypted PDF"),
    /** The PDF holds scanned images with no text layer. */
    NO_TEXT_LAYER("a PDF with no text layer"),
    /** The text is not an Ofsted report or letter about children's services. */
    NOT_AN_OFSTED_DOCUMENT("not an Ofsted children's services report or letter"),
    /** The document names no English local authority known to the directory. */
    UNKNOWN_AUTHORITY("about no local authority the directory knows");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /**
     * Returns the reason in a few words, such as "not a PDF".
     *
     * @return the description, never null
     */
    public String description() {
      return description;
    }
  }

  /** The file or text name. */
  private final String file;
  /** Why it cannot be read. */
  private final Reason reason;
  /** The detail: what was found instead. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param file the file or the name of the text, not null
   * @param reason why it cannot be read, not null
   * @param detail what was found instead, not null
   */
  public UnreadableDocumentException(String file, Reason reason, String detail) {
    super(file + ": " + reason.description() + (detail.isEmpty() ? "" : " (" + detail + ")"));
    this.file = file;
    this.reason = reason;
    this.detail = detail;
  }

  /**
   * Returns the file or the name of the text.
   *
   * @return the name, never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns why the document cannot be read.
   *
   * @return the reason, never null
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns what was found instead, such as "an HTML page", possibly empty.
   *
   * @return the detail, never null
   */
  public String detail() {
    return detail;
  }
}

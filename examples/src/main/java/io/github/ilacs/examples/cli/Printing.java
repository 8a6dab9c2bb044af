package io.github.ilacs.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Output that cannot be hijacked by the data it prints: every control character (C0, DEL, C1:
 * the escape that starts a terminal sequence, the bell, the carriage return that overwrites a
 * line), format character (such as the right-to-left override) and line or paragraph
 * separator is written as its escape, {@code \}{@code u} and four hexadecimal digits. The line
 * feeds the commands end their lines with are kept. picocli's own help, with its colours, is printed without it.
 */
final class Printing {
  private Printing() {}

  /** A writer over {@code raw} that escapes as the class says; flushing flushes {@code raw}. */
  static PrintWriter escaping(PrintWriter raw) {
    return new PrintWriter(new EscapingWriter(raw));
  }

  /**
   * The text with every character the class names escaped except colour codes (select graphic
   * rendition, {@code ESC [ digits and semicolons m}), which can only colour text: for the
   * timeline's own colours on a terminal.
   */
  static String escapeKeepingColours(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int n = 0; n < text.length(); n++) {
      int end = colourEnd(text, n);
      if (end > n) {
        b.append(text, n, end);
        n = end - 1;
      } else {
        append(b, text.charAt(n));
      }
    }
    return b.toString();
  }

  /** The end of a colour code starting at {@code n}, or {@code n} when none starts there. */
  private static int colourEnd(String text, int n) {
    if (text.charAt(n) != '\u001B' || n + 1 >= text.length() || text.charAt(n + 1) != '[') {
      return n;
    }
    for (int k = n + 2; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == 'm') {
        return k + 1;
      }
      if (!(c >= '0' && c <= '9' || c == ';')) {
        return n;
      }
    }
    return n;
  }

  /**
   * The text on one line: every character the class names escaped, and the line feed too, for a
   * value quoted inside a message (a date or name the user typed, an authority's name).
   */
  static String escapeLine(String text) {
    return escape(text).replace("\n", "\\u000A");
  }

  /** The text with every character the class names escaped. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int n = 0; n < text.length(); n++) {
      append(b, text.charAt(n));
    }
    return b.toString();
  }

  private static void append(StringBuilder b, char c) {
    int type = Character.getType(c);
    if (c != '\n' && (Character.isISOControl(c) || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
      b.append(String.format("\\u%04X", (int) c));
    } else {
      b.append(c);
    }
  }

  private static final class EscapingWriter extends FilterWriter {
    EscapingWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      out.write(escape(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      out.write(escape(new String(chars, off, len)));
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
      out.write(escape(text.substring(off, off + len)));
    }
  }
}

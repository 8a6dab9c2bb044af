package io.github.ilacs;

/**
 * What the library counts as a blank text, and how it shows a text that may hold invisible or
 * control characters.
 */
public final class Texts {
  private Texts() {}

  /**
   * Tells whether a text says nothing a reader could see: it is empty or made only of white
   * space (including no-break and ideographic spaces and the line and paragraph separators),
   * format characters (such as the zero-width space U+200B, the word joiner U+2060 and the byte
   * order mark U+FEFF) and control characters (such as NUL).
   *
   * @param text the text, not null
   * @return true when no character of the text is visible
   * @throws IllegalArgumentException when {@code text} is null
   */
  public static boolean isBlank(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text: is required but was null");
    }
    return text.codePoints().allMatch(Texts::isInvisible);
  }

  /**
   * Returns a text fit to print on a terminal or in a log line: each control character (C0, DEL
   * and C1, such as the escape that starts a terminal sequence), format character and line or
   * paragraph separator is replaced by its Java escape ({@code \n}, {@code \t}, {@code \r}, or
   * {@code \}{@code u} and four hexadecimal digits), and a backslash is doubled, so nothing in
   * the text can move the cursor, change colours or hide what follows. Other characters are kept.
   *
   * @param text the text, not null
   * @return the escaped text; the same text when nothing needed escaping
   * @throws IllegalArgumentException when {@code text} is null
   */
  public static String printable(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text: is required but was null");
    }
    if (text.chars().noneMatch(c -> c == '\\' || needsEscape(c))) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int n = 0; n < text.length(); n++) {
      char c = text.charAt(n);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (needsEscape(c)) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c) || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean isInvisible(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT;
  }
}

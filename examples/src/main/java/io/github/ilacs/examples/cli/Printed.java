package io.github.ilacs.examples.cli;

/** Text from the user or the data made safe to print on one line of a terminal. */
final class Printed {
  private Printed() {}

  /** The text with control and format characters written as {@code \\uXXXX}. */
  static String safe(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}

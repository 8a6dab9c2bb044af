package io.github.ilacs.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the lines under a heading into list items: bulleted items, numbered paragraphs or plain
 * paragraphs, whichever the first item uses.
 */
final class Items {
  private static final String BULLETS = "•●◼■▪◦▸►➢✓❖◆○";
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?)\"'\u2019\u201d]$");

  /** How items are marked. */
  enum Mode {
    /** Each item opens with a bullet; other lines continue it or are sub-headings. */
    BULLETS,
    /** Each item opens with its number and a full stop; bullets inside belong to the item. */
    NUMBERED,
    /** Each paragraph is an item. */
    PARAGRAPHS,
    /** Whichever of the three the first line uses. */
    AUTO
  }

  /** One item: its text on one line, and the line it starts on. */
  record Item(String text, Line first) {}

  private Items() {}

  /**
   * Returns the length of the bullet that opens a line, spaces after it included, or 0 when
   * the line opens with none. Private-use characters count: PDF symbol fonts map bullets there.
   */
  static int bulletLength(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    char c = text.charAt(0);
    boolean bullet = BULLETS.indexOf(c) >= 0 || (c >= '\uE000' && c <= '\uF8FF')
        || ((c == '-' || c == '*' || c == '\u2013' || c == 'o') && text.length() > 1
            && text.charAt(1) == ' ');
    if (!bullet) {
      return 0;
    }
    int i = 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Collects the items in lines [from, to) of a document. */
  static List<Item> collect(TextDocument doc, int from, int to, Mode mode) {
    Mode m = mode == Mode.AUTO ? detect(doc, from, to) : mode;
    List<Item> items = new ArrayList<>();
    StringBuilder current = null;
    Line first = null;
    boolean blankSince = false;
    boolean detached = false;
    int lastNumber = -1;
    for (int i = Math.max(0, from); i < Math.min(to, doc.size()); i++) {
      Line line = doc.get(i);
      if (line.isBlank()) {
        blankSince = true;
        continue;
      }
      String text = line.text();
      String opened = opens(text, m, lastNumber);
      if (m == Mode.PARAGRAPHS && blankSince && current != null && !continues(text, current)) {
        opened = text;
      }
      if (m == Mode.PARAGRAPHS && current == null) {
        opened = text;
      }
      if (opened != null) {
        if (current != null) {
          items.add(new Item(current.toString(), first));
        }
        current = new StringBuilder(opened);
        first = line;
        detached = false;
        if (m == Mode.NUMBERED) {
          lastNumber = number(text);
        }
      } else if (current != null && !detached && !(blankSince && isSubHeading(text))) {
        if (!blankSince || continues(text, current)) {
          append(current, text);
        } else {
          detached = true;
        }
      }
      blankSince = false;
    }
    if (current != null) {
      items.add(new Item(current.toString(), first));
    }
    return items;
  }

  private static Mode detect(TextDocument doc, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, doc.size()); i++) {
      String t = doc.get(i).text();
      if (bulletLength(t) > 0) {
        return Mode.BULLETS;
      }
      if (NUMBERED.matcher(t).matches()) {
        return Mode.NUMBERED;
      }
      if (!t.isEmpty() && !isSubHeading(t) && !isTitle(t)) {
        return Mode.PARAGRAPHS;
      }
    }
    return Mode.PARAGRAPHS;
  }

  /** A short line with no closing punctuation, such as a sub-heading over numbered items. */
  private static boolean isTitle(String text) {
    return text.length() < 60 && !SENTENCE_END.matcher(text).find() && !text.endsWith(",");
  }

  /** A short line ending in a colon, such as a timescale over the items due by it. */
  private static boolean isSubHeading(String text) {
    return text.endsWith(":") && text.length() < 60;
  }

  /** Returns the item text the line opens with, or null when it opens no item. */
  private static String opens(String text, Mode m, int lastNumber) {
    if (m == Mode.BULLETS) {
      int b = bulletLength(text);
      return b > 0 ? text.substring(b).strip() : null;
    }
    if (m == Mode.NUMBERED) {
      Matcher nm = NUMBERED.matcher(text);
      if (nm.matches()) {
        int n = Integer.parseInt(nm.group(1));
        if (lastNumber < 0 || n == lastNumber + 1) {
          return nm.group(2).strip();
        }
      }
    }
    return null;
  }

  private static int number(String text) {
    Matcher nm = NUMBERED.matcher(text);
    return nm.matches() ? Integer.parseInt(nm.group(1)) : -1;
  }

  /** A line after a break continues an item that has not ended or when it opens in lower case. */
  private static boolean continues(String text, CharSequence current) {
    boolean lower = Character.isLowerCase(text.charAt(0));
    return lower || !SENTENCE_END.matcher(current).find();
  }

  private static void append(StringBuilder current, String text) {
    if (current.length() > 0 && current.charAt(current.length() - 1) == '-'
        && current.length() > 1 && Character.isLetter(current.charAt(current.length() - 2))
        && Character.isLowerCase(text.charAt(0))) {
      current.append(text);
    } else {
      current.append(' ').append(text);
    }
  }
}

package io.github.ilacs.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of a document as pages of lines, the model every layout reads.
 *
 * <p>Lines are cleaned once here: non-breaking spaces become spaces, markdown and HTML markup of
 * plain-text copies is dropped, items run together on one line after an inline bullet are split,
 * and page furniture (running headers and footers repeated on many pages, bare page numbers) is
 * removed.
 */
final class TextDocument {
  private static final Pattern TAGS = Pattern.compile("<[^>]{1,200}>");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
  private static final String INLINE_BULLETS = "▪•●◼■";
  /** Letterhead lines are shorter than this. */
  private static final int LETTERHEAD_LENGTH = 60;
  /** Lines this long or longer are never page furniture. */
  private static final int FURNITURE_LENGTH = 120;
  private static final Pattern INLINE_BULLET =
      Pattern.compile("\\s[" + INLINE_BULLETS + "](?=\\s)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Line> lines;
  private final int pages;

  private TextDocument(List<Line> lines, int pages) {
    this.lines = List.copyOf(lines);
    this.pages = pages;
  }

  /** Builds the document from the text of each page, in order. */
  static TextDocument ofPages(List<String> pageTexts) {
    List<Line> all = new ArrayList<>();
    for (int p = 0; p < pageTexts.size(); p++) {
      String[] raw = pageTexts.get(p).split("\\R", -1);
      int number = 0;
      for (String r : raw) {
        number++;
        for (String piece : splitInlineBullets(clean(r))) {
          all.add(Line.of(p + 1, number, piece));
        }
      }
    }
    return new TextDocument(withoutLetterhead(withoutFurniture(all, pageTexts.size())),
        pageTexts.size());
  }

  /** Builds the document from plain text; form feeds separate pages. */
  static TextDocument ofPlainText(String text) {
    return ofPages(List.of(text.split("\f", -1)));
  }

  /** Returns every line, blank lines included. */
  List<Line> lines() {
    return lines;
  }

  /** Returns the number of pages. */
  int pages() {
    return pages;
  }

  /** Returns the line at an index. */
  Line get(int index) {
    return lines.get(index);
  }

  /** Returns the number of lines. */
  int size() {
    return lines.size();
  }

  /** Returns the index of the first line at or after {@code from} that matches, or -1. */
  int find(Pattern pattern, int from) {
    return find(pattern, from, lines.size());
  }

  /** Returns the index of the first line in [from, to) that matches, or -1. */
  int find(Pattern pattern, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
      if (pattern.matcher(lines.get(i).lower()).find()) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the non-blank lines in [from, to) joined by single spaces. */
  String joined(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
      Line l = lines.get(i);
      if (!l.isBlank()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(l.text());
      }
    }
    return sb.toString();
  }

  /** Lower-cases text and makes typographic apostrophes, quotes and dashes plain. */
  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      } else if (c == '\u2013' || c == '\u2014') {
        c = '-';
      } else {
        c = Character.toLowerCase(c);
      }
      out[i] = c;
    }
    return new String(out);
  }

  private static String clean(String raw) {
    String s = raw;
    if (s.indexOf('\u00a0') >= 0) {
      s = s.replace('\u00a0', ' ');
    }
    if (s.indexOf('\u00ad') >= 0) {
      s = s.replace("\u00ad", "");
    }
    if (s.indexOf('<') >= 0) {
      s = TAGS.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('*') >= 0) {
      s = s.replace("**", "");
    }
    if (s.indexOf('|') >= 0) {
      s = s.replace('|', ' ');
    }
    s = s.strip();
    if (!s.isEmpty() && s.charAt(0) == '#') {
      s = MARKDOWN_HEADING.matcher(s).replaceFirst("");
    }
    if (s.chars().allMatch(c -> c == '-' || c == ' ' || c == ':')) {
      return "";
    }
    return s.contains("  ") || s.indexOf('\t') >= 0 ? SPACES.matcher(s).replaceAll(" ") : s;
  }

  private static List<String> splitInlineBullets(String line) {
    if (!hasInlineBulletChar(line) || !INLINE_BULLET.matcher(line).find()) {
      return List.of(line);
    }
    List<String> out = new ArrayList<>();
    String[] parts = INLINE_BULLET.split(line);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      if (i == 0) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      } else {
        out.add("▪ " + part);
      }
    }
    return out;
  }

  private static boolean hasInlineBulletChar(String line) {
    for (int i = 0; i < INLINE_BULLETS.length(); i++) {
      if (line.indexOf(INLINE_BULLETS.charAt(i), 1) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops page numbers and running headers or footers: a short line that appears, digits
   * aside, on at least three pages and on at least a third of them.
   */
  private static List<Line> withoutFurniture(List<Line> all, int pageCount) {
    String[] keys = new String[all.size()];
    Map<String, Set<Integer>> pagesOf = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      Line l = all.get(i);
      if (!l.isBlank() && l.text().length() < FURNITURE_LENGTH) {
        keys[i] = furnitureKey(l.lower());
        pagesOf.computeIfAbsent(keys[i], k -> new HashSet<>()).add(l.page());
      }
    }
    List<Line> out = new ArrayList<>(all.size());
    for (int i = 0; i < keys.length; i++) {
      Line l = all.get(i);
      String t = l.text();
      boolean pageNumber = !t.isEmpty() && t.length() <= 3
          && t.chars().allMatch(Character::isDigit);
      Set<Integer> on = keys[i] == null ? null : pagesOf.get(keys[i]);
      boolean repeated = on != null && on.size() >= 3 && on.size() * 3 >= pageCount
          && t.chars().anyMatch(Character::isLetter) && !isItemStart(t);
      out.add(pageNumber || repeated ? Line.of(l.page(), l.number(), "") : l);
    }
    return out;
  }

  /**
   * Drops a letter's letterhead where it is printed again on a later page: the short lines
   * above the salutation of page 1, met again after page 1.
   */
  private static List<Line> withoutLetterhead(List<Line> all) {
    Set<String> head = new HashSet<>();
    boolean salutation = false;
    for (Line l : all) {
      if (l.page() > 1 || l.lower().startsWith("dear ")) {
        salutation = l.page() == 1;
        break;
      }
      if (!l.isBlank() && l.text().length() < LETTERHEAD_LENGTH) {
        head.add(l.lower());
      }
    }
    if (!salutation || head.isEmpty()) {
      return all;
    }
    List<Line> out = new ArrayList<>(all.size());
    for (Line l : all) {
      out.add(l.page() > 1 && head.contains(l.lower()) ? Line.of(l.page(), l.number(), "") : l);
    }
    return out;
  }

  /** The folded text with every run of digits made one '#'. */
  private static String furnitureKey(String lower) {
    StringBuilder sb = new StringBuilder(lower.length());
    boolean inDigits = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (!digit) {
        sb.append(c);
      } else if (!inDigits) {
        sb.append('#');
      }
      inDigits = digit;
    }
    return sb.toString();
  }

  /** Tells whether a line opens a list item with a bullet. */
  static boolean isItemStart(String text) {
    return Items.bulletLength(text) > 0;
  }
}

package io.github.ilacs.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
  private static final Pattern INLINE_BULLET = Pattern.compile("\\s[▪•●◼■](?=\\s)");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
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
          all.add(new Line(p + 1, number, piece));
        }
      }
    }
    return new TextDocument(withoutFurniture(all, pageTexts.size()), pageTexts.size());
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
    return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u2013', '-').replace('\u2014', '-');
  }

  private static String clean(String raw) {
    String s = raw.replace('\u00a0', ' ').replace("\u00ad", "");
    s = TAGS.matcher(s).replaceAll(" ");
    s = s.replace("**", "").replace("|", " ");
    s = MARKDOWN_HEADING.matcher(s.strip()).replaceFirst("");
    if (s.chars().allMatch(c -> c == '-' || c == ' ' || c == ':')) {
      return "";
    }
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static List<String> splitInlineBullets(String line) {
    if (!INLINE_BULLET.matcher(line).find()) {
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

  /**
   * Drops page numbers and running headers or footers: a short line that appears, digits
   * aside, on at least three pages and on at least a third of them.
   */
  private static List<Line> withoutFurniture(List<Line> all, int pageCount) {
    Map<String, Set<Integer>> pagesOf = new HashMap<>();
    for (Line l : all) {
      if (!l.isBlank() && l.text().length() < 120) {
        pagesOf.computeIfAbsent(furnitureKey(l.text()), k -> new HashSet<>()).add(l.page());
      }
    }
    List<Line> out = new ArrayList<>(all.size());
    for (Line l : all) {
      String t = l.text();
      boolean pageNumber = DIGITS.matcher(t).matches() && t.length() <= 3;
      Set<Integer> on = pagesOf.get(furnitureKey(t));
      boolean repeated = !l.isBlank() && on != null && on.size() >= 3
          && on.size() * 3 >= pageCount && t.chars().anyMatch(Character::isLetter)
          && !isItemStart(t);
      out.add(pageNumber || repeated ? new Line(l.page(), l.number(), "") : l);
    }
    return out;
  }

  private static String furnitureKey(String text) {
    return DIGITS.matcher(fold(text)).replaceAll("#");
  }

  /** Tells whether a line opens a list item with a bullet. */
  static boolean isItemStart(String text) {
    return Items.bulletLength(text) > 0;
  }
}

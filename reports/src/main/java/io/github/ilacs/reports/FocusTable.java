package io.github.ilacs.reports;

import io.github.ilacs.Theme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The focus of a focused visit, read from the sentence that says what inspectors looked at:
 * the phrase of the table (resource {@code focus.tsv}) found earliest in it gives the theme.
 */
final class FocusTable {
  private static final String RESOURCE = "focus.tsv";
  private static final List<Entry> ENTRIES = load();

  /** One phrase, as matched, and its theme. */
  private record Entry(String key, Theme theme) {}

  private FocusTable() {}

  /** Returns the theme whose phrase comes first in the sentence, or empty. */
  static Optional<Theme> focus(String sentence) {
    String haystack = " " + Authorities.key(sentence) + " ";
    Theme best = null;
    int at = Integer.MAX_VALUE;
    for (Entry e : ENTRIES) {
      int i = haystack.indexOf(e.key());
      if (i >= 0 && i < at) {
        at = i;
        best = e.theme();
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Entry> load() {
    List<Entry> list = new ArrayList<>();
    try (InputStream in = FocusTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          list.add(new Entry(" " + Authorities.key(cols[0]) + " ",
              Theme.valueOf(cols[1].strip())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(list);
  }
}

package io.github.ilacs.reports;

import io.github.ilacs.Theme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Phrases that suggest a practice {@link Theme}, kept as data: a finding whose words contain a
 * phrase of a theme (whole words, any case) is given that theme. The built-in lexicon is the
 * resource {@code themes.tsv} of this package, documented in {@code docs/reports.md}. Immutable
 * and thread-safe.
 */
public final class ThemeLexicon {
  private static final String RESOURCE = "themes.tsv";
  private static final ThemeLexicon BUILT_IN = load();

  private final Map<Theme, List<String>> phrases;
  /** The phrases reduced to the words matched, each with a space either side. */
  private final Map<Theme, List<String>> keys;

  private ThemeLexicon(Map<Theme, List<String>> phrases) {
    Map<Theme, List<String>> copy = new EnumMap<>(Theme.class);
    Map<Theme, List<String>> keyed = new EnumMap<>(Theme.class);
    phrases.forEach((theme, list) -> {
      copy.put(Objects.requireNonNull(theme, "theme"), List.copyOf(list));
      keyed.put(theme, list.stream().map(p -> " " + Authorities.key(p) + " ").toList());
    });
    this.phrases = Collections.unmodifiableMap(copy);
    this.keys = Collections.unmodifiableMap(keyed);
  }

  /**
   * Returns the lexicon shipped with the library.
   *
   * @return the built-in lexicon, never null
   */
  public static ThemeLexicon builtIn() {
    return BUILT_IN;
  }

  /**
   * Creates a lexicon from phrases per theme.
   *
   * @param phrases the phrases of each theme, none null
   * @return the lexicon
   * @throws NullPointerException when a theme, list or phrase is null
   */
  public static ThemeLexicon of(Map<Theme, List<String>> phrases) {
    return new ThemeLexicon(phrases);
  }

  /**
   * Returns the themes whose phrases the text contains.
   *
   * @param text the text of a finding, not null
   * @return an unmodifiable set, possibly empty
   */
  public Set<Theme> suggest(String text) {
    String haystack = " " + Authorities.key(text) + " ";
    Set<Theme> out = EnumSet.noneOf(Theme.class);
    keys.forEach((theme, list) -> {
      for (String p : list) {
        if (haystack.contains(p)) {
          out.add(theme);
          return;
        }
      }
    });
    return Collections.unmodifiableSet(out);
  }

  /**
   * Returns the phrases of a theme as the lexicon gives them.
   *
   * @param theme the theme, not null
   * @return an unmodifiable list, empty when the theme has none
   */
  public List<String> phrases(Theme theme) {
    return phrases.getOrDefault(theme, List.of());
  }

  private static ThemeLexicon load() {
    Map<Theme, List<String>> map = new EnumMap<>(Theme.class);
    try (InputStream in = ThemeLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 2) {
          throw new IllegalStateException(RESOURCE + " line " + n
              + ": expected a theme, a tab and phrases separated by ';'");
        }
        List<String> list = new ArrayList<>();
        for (String p : cols[1].split(";")) {
          if (!p.isBlank()) {
            list.add(p.strip());
          }
        }
        map.put(Theme.valueOf(cols[0].strip()), list);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ThemeLexicon(map);
  }
}

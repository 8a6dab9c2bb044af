package io.github.ilacs.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces an authority's name to the key the directory indexes it under, so that spellings that
 * differ only in case, punctuation, accents, "&amp;" for "and", or the words councils put around
 * their names ("County Council", "London Borough of", "City of") meet.
 */
final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  /** Words that open a council's formal name, removed from the front (longest first). */
  private static final List<String> PREFIXES = List.of(
      "the ", "council of the ", "london borough of ", "royal borough of ",
      "metropolitan borough of ", "borough of ", "city and county of ", "county of ", "city of ");

  /** Words that close a council's formal name, removed from the end (longest first). */
  private static final List<String> SUFFIXES = List.of(
      " metropolitan borough council", " metropolitan district council", " borough council",
      " county council", " city council", " district council", " council", " city of",
      " county of");

  private NameKey() {}

  /**
   * Returns the key of a name.
   *
   * @param name any spelling
   * @return the key: lower-case words separated by single spaces, possibly empty
   */
  static String of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
    s = NOT_WORD.matcher(s).replaceAll(" ").trim();
    s = stripFront(s);
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        s = s.substring(0, s.length() - suffix.length());
        break;
      }
    }
    return stripFront(s);
  }

  private static String stripFront(String s) {
    boolean again = true;
    while (again) {
      again = false;
      for (String prefix : PREFIXES) {
        if (s.startsWith(prefix) && s.length() > prefix.length()) {
          s = s.substring(prefix.length());
          again = true;
        }
      }
    }
    return s;
  }
}

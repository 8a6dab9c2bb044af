package io.github.ilacs.reports;

import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the authority a document is about from the words of its title: every spelling the
 * directory knows is looked for, whole words only, and the longest one present that names an
 * authority existing on the day wins ("West Northamptonshire" over "Northamptonshire").
 */
final class Authorities {
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private final AuthorityDirectory directory;

  Authorities(AuthorityDirectory directory) {
    this.directory = directory;
  }

  /** Returns the authority named in the text and existing on the day, or empty. */
  Optional<AuthorityEntry> named(String text, LocalDate day) {
    String haystack = " " + key(text) + " ";
    AuthorityEntry best = null;
    String bestName = "";
    int bestLength = 0;
    for (AuthorityEntry e : directory.all()) {
      if (!e.existsOn(day)) {
        continue;
      }
      for (String name : e.names()) {
        String k = key(name);
        if (k.length() > bestLength && haystack.contains(" " + k + " ")) {
          best = e;
          bestName = name;
          bestLength = k.length();
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    AuthorityEntry found = best;
    return directory.byName(bestName, day).or(() -> Optional.of(found));
  }

  static String key(String text) {
    return NOT_WORD.matcher(TextDocument.fold(text).replace("&", " and ")).replaceAll(" ")
        .strip();
  }
}

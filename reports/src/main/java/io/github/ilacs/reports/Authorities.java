package io.github.ilacs.reports;

import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the authority a document is about from the words of its title: every spelling the
 * directory knows is looked for, whole words only, and the longest one present that names an
 * authority existing on the day wins ("West Northamptonshire" over "Northamptonshire"); the
 * directory then looks that spelling up for the day.
 */
final class Authorities {
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  /** One spelling of an authority's name, with its key. */
  private record Spelling(AuthorityEntry entry, String name, String key) {}

  private final AuthorityDirectory directory;
  private final List<Spelling> spellings = new ArrayList<>();

  Authorities(AuthorityDirectory directory) {
    this.directory = directory;
    for (AuthorityEntry e : directory.all()) {
      for (String name : e.names()) {
        spellings.add(new Spelling(e, name, " " + key(name) + " "));
      }
    }
  }

  /** Returns the authority named in the text and existing on the day, or empty. */
  Optional<AuthorityEntry> named(String text, LocalDate day) {
    String haystack = " " + key(text) + " ";
    Spelling best = null;
    for (Spelling s : spellings) {
      if ((best == null || s.key().length() > best.key().length()) && s.entry().existsOn(day)
          && haystack.contains(s.key())) {
        best = s;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Spelling found = best;
    return directory.byName(found.name(), day).or(() -> Optional.of(found.entry()));
  }

  /** Reduces text to lower-case words and digits separated by single spaces. */
  static String key(String text) {
    return NOT_WORD.matcher(TextDocument.fold(text).replace("&", " and ")).replaceAll(" ")
        .strip();
  }
}

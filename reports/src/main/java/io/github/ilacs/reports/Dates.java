package io.github.ilacs.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates English prose writes: "7 October 2019", "30 and 31 January 2018",
 * "28 January–5 February 2014", "20 to 24 May 2024", "3rd to 7th March and 17th to 21st
 * March 2025". A day without a month takes the next month written; a month without a year takes
 * the next year written.
 */
final class Dates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2),
      Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
      Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final Pattern TOKEN = Pattern.compile(
      "(\\d{4})(?!\\d)|(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])|([A-Za-z]+)|([^\\sA-Za-z\\d])");
  private static final Pattern LONE_DATE = Pattern.compile(
      "^(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\\d{4})$");
  private static final java.util.Set<String> CONNECTORS = java.util.Set.of(
      "and", "to", "until", "till", "from", "between", "on", "the", "of", "inclusive", "then");

  private Dates() {}

  /**
   * Returns the dates written in a run of text, in order, starting at its first date and ending
   * where a word other than a date or a connector follows a year.
   */
  static List<LocalDate> run(String text) {
    return run(text, null);
  }

  /**
   * Returns the dates written in a run of text as {@link #run(String)} does; where the run
   * writes no year, a date takes the latest year that does not put it after {@code latest}
   * (a letter's own date), when that is given.
   */
  static List<LocalDate> run(String text, @Nullable LocalDate latest) {
    List<int[]> parts = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    boolean started = false;
    boolean yearSeen = false;
    boolean monthSeen = false;
    while (m.find()) {
      // a run is complete once it has a year, or a month when a missing year can be supplied
      boolean complete = yearSeen || (monthSeen && latest != null);
      if (m.group(1) != null) {
        if (!started) {
          continue;
        }
        parts.add(new int[] {0, 0, Integer.parseInt(m.group(1))});
        yearSeen = true;
      } else if (m.group(2) != null) {
        parts.add(new int[] {Integer.parseInt(m.group(2)), 0, 0});
        started = true;
      } else if (m.group(3) != null) {
        String word = m.group(3).toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(word);
        if (month != null && started) {
          parts.add(new int[] {0, month, 0});
          monthSeen = true;
        } else if (started && !CONNECTORS.contains(word)) {
          if (complete) {
            break;
          }
          parts.clear();
          started = false;
          monthSeen = false;
        }
      } else if (started && complete && (m.group(4).equals(".") || m.group(4).equals(";")
          || m.group(4).equals("("))) {
        break;
      }
    }
    return assemble(parts, latest);
  }

  /** Returns the single date a whole line holds ("22 February 2018"), or empty. */
  static Optional<LocalDate> lone(String line) {
    Matcher m = LONE_DATE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    return of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
  }

  private static List<LocalDate> assemble(List<int[]> parts, @Nullable LocalDate latest) {
    // parts hold either a day, a month or a year; fold them into day-month-year triples
    List<int[]> days = new ArrayList<>();
    for (int[] p : parts) {
      if (p[0] != 0) {
        days.add(new int[] {p[0], 0, 0});
      } else if (p[1] != 0) {
        for (int i = days.size() - 1; i >= 0 && days.get(i)[1] == 0; i--) {
          days.get(i)[1] = p[1];
        }
      } else {
        for (int i = days.size() - 1; i >= 0 && days.get(i)[2] == 0; i--) {
          if (days.get(i)[1] != 0) {
            days.get(i)[2] = p[2];
          }
        }
      }
    }
    List<LocalDate> out = new ArrayList<>();
    for (int[] d : days) {
      if (d[1] != 0 && d[2] == 0 && latest != null) {
        d[2] = latest.getYear();
        Optional<LocalDate> same = of(d[2], d[1], d[0]);
        if (same.isPresent() && same.get().isAfter(latest)) {
          d[2]--;
        }
      }
      if (d[1] != 0 && d[2] != 0) {
        of(d[2], d[1], d[0]).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

package io.github.ilacs.jackson;

import io.github.ilacs.jackson.OutcomesCsv.Layout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Layout detection: which {@link Layout} a header row is, where each field sits, and whether a
 * data row is a header in disguise (two tables joined, a header repeated).
 */
final class Layouts {
  /** What a row holds, whatever the layout calls it. */
  enum Field {
    NAME, CODE, URN, FRAMEWORK, KIND, START, END, PUBLISHED,
    OVERALL, LEADERS, HELP_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS, ADOPTION, URL
  }

  private static final Map<Layout, Map<Field, String>> COLUMNS = Map.of(
      Layout.OUTCOMES_TABLE, columns(
          Field.NAME, "local_authority", Field.CODE, "la_code", Field.URN, "la_urn",
          Field.FRAMEWORK, "framework", Field.KIND, "kind", Field.START, "inspection_start",
          Field.END, "inspection_end", Field.PUBLISHED, "published", Field.OVERALL, "overall",
          Field.LEADERS, "leaders", Field.HELP_PROTECTION, "help_protection",
          Field.CHILDREN_IN_CARE, "children_in_care", Field.CARE_LEAVERS, "care_leavers",
          Field.ADOPTION, "adoption", Field.URL, "report_url"),
      Layout.SCRAPE_TOOL, columns(
          Field.NAME, "local_authority", Field.URN, "urn", Field.KIND, "inspection_framework",
          Field.START, "inspection_start_date", Field.END, "inspection_end_date",
          Field.PUBLISHED, "publication_date", Field.OVERALL, "overall_effectiveness_grade",
          Field.LEADERS, "impact_of_leaders_grade",
          Field.HELP_PROTECTION, "help_and_protection_grade",
          Field.CHILDREN_IN_CARE, "in_care_grade", Field.CARE_LEAVERS, "care_leavers_grade",
          Field.URL, "inspection_link"));

  /**
   * The columns a header must have; their values may still be blank where another column says
   * the same (a row may name its authority by name, code or URN alone).
   */
  private static final Map<Layout, List<Field>> REQUIRED = Map.of(
      Layout.OUTCOMES_TABLE,
      List.of(Field.NAME, Field.CODE, Field.FRAMEWORK, Field.START, Field.END),
      Layout.SCRAPE_TOOL, List.of(Field.NAME, Field.URN, Field.KIND, Field.START, Field.END));

  /** Column names the layouts have but this reader does not use. */
  private static final Set<String> UNREAD = Set.of("region_code", "pdf_filename",
      "inspector_name", "parser_version");

  /** Every column name of every layout: a data row made of these is a header. */
  private static final Set<String> KNOWN = known();

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

  private Layouts() {}

  /** A recognised header: the layout and the column each field sits in. */
  static final class Columns {
    private final Layout layout;
    private final Map<Field, Integer> at;
    private final List<String> header;

    private Columns(Layout layout, Map<Field, Integer> at, List<String> header) {
      this.layout = layout;
      this.at = at;
      this.header = List.copyOf(header);
    }

    Layout layout() {
      return layout;
    }

    /** The number of columns of the header. */
    int width() {
      return header.size();
    }

    /** The column index of a field, or -1 when the header lacks it. */
    int index(Field field) {
      return at.getOrDefault(field, -1);
    }

    /** The layout's name for the column of a field, as messages show it. */
    String name(Field field) {
      String c = COLUMNS.get(layout).get(field);
      return c == null ? field.name().toLowerCase(Locale.ROOT) : c;
    }

    /**
     * Tells why a data row looks like a header rather than data, or empty when it does not: it
     * repeats this header, or most of its cells are column names of a known layout.
     */
    Optional<String> lookAlikeHeader(List<String> row) {
      List<String> normalised = row.stream().map(Layouts::normalise).toList();
      if (normalised.equals(header)) {
        return Optional.of("repeats the header; expected a data row (were two tables joined?)");
      }
      int named = 0;
      int filled = 0;
      List<String> names = new ArrayList<>();
      for (String cell : normalised) {
        if (!cell.isEmpty()) {
          filled++;
          if (KNOWN.contains(cell)) {
            named++;
            names.add(cell);
          }
        }
      }
      if (named >= 3 && named * 2 > filled) {
        return Optional.of("looks like a header (" + named + " of its " + filled
            + " values are column names: " + String.join(", ", names.subList(0,
                Math.min(4, names.size()))) + (names.size() > 4 ? ", ..." : "")
            + "); expected a data row (were two tables joined?)");
      }
      return Optional.empty();
    }
  }

  /**
   * Recognises a header row.
   *
   * @param header the header's cells as read
   * @param sourceName the table's name for messages
   * @return the layout and columns
   * @throws IllegalArgumentException when no layout has every required column (the message
   *     names the closest layout, the columns it lacks and the header's unknown columns), or a
   *     column the layout reads is named twice
   */
  static Columns detect(List<String> header, String sourceName) {
    List<String> names = header.stream().map(Layouts::normalise).toList();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> twice = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (index.putIfAbsent(names.get(i), i) != null) {
        twice.putIfAbsent(names.get(i), i);
      }
    }
    Layout best = null;
    List<String> bestMissing = List.of();
    for (Layout layout : Layout.values()) {
      List<String> missing = new ArrayList<>();
      for (Field f : REQUIRED.get(layout)) {
        String column = COLUMNS.get(layout).get(f);
        if (!index.containsKey(column)) {
          missing.add(column);
        }
      }
      if (best == null || missing.size() < bestMissing.size()) {
        best = layout;
        bestMissing = missing;
      }
    }
    if (!bestMissing.isEmpty()) {
      throw new IllegalArgumentException(sourceName + ": the header matches no known layout;"
          + " closest is " + best + ", which lacks the columns " + bestMissing
          + unknownColumns(names, best));
    }
    Layout layout = best;
    for (Map.Entry<String, Integer> e : twice.entrySet()) {
      // A column the layout reads must be unambiguous; which copy holds the data is unknown.
      if (COLUMNS.get(layout).containsValue(e.getKey())) {
        throw new IllegalArgumentException(sourceName + ": the header names the column "
            + e.getKey() + " twice (columns " + (index.get(e.getKey()) + 1) + " and "
            + (e.getValue() + 1) + "); expected each column once");
      }
    }
    Map<Field, Integer> at = new EnumMap<>(Field.class);
    COLUMNS.get(layout).forEach((field, column) -> {
      Integer i = index.get(column);
      if (i != null) {
        at.put(field, i);
      }
    });
    return new Columns(layout, at, names);
  }

  private static String unknownColumns(List<String> names, Layout layout) {
    List<String> unknown = names.stream()
        .filter(n -> !n.isEmpty() && !COLUMNS.get(layout).containsValue(n)
            && !UNREAD.contains(n))
        .toList();
    return unknown.isEmpty() ? "" : "; the header's columns " + unknown + " are not "
        + layout + " columns";
  }

  /**
   * Normalises a header name: byte order mark and surrounding spaces dropped, lower case,
   * spaces and hyphens read as underscores.
   */
  static String normalise(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c <= ' ' || c == '-' || c == '\uFEFF') {
        return SEPARATORS.matcher(lower.replace("\uFEFF", "").trim()).replaceAll("_");
      }
    }
    return lower; // every data cell is checked: skip the pattern when it would change nothing
  }

  private static Set<String> known() {
    Set<String> all = new HashSet<>(UNREAD);
    COLUMNS.values().forEach(m -> all.addAll(m.values()));
    return Set.copyOf(all);
  }

  private static Map<Field, String> columns(Object... pairs) {
    Map<Field, String> m = new EnumMap<>(Field.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Field) pairs[i], (String) pairs[i + 1]);
    }
    return m;
  }
}

package io.github.ilacs.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the directory's entries from the resources shipped beside this class: the Data to
 * Insight table of local authorities, this project's table of reorganisations and its table of
 * other spellings, with the known faults of the first corrected here.
 */
final class DirectoryData {
  /**
   * Corrections to values of the source table that are known to be wrong or missing:
   * DfE code, column, corrected value, and why.
   */
  static final List<List<String>> CORRECTIONS = List.of(
      List.of("887", "region_code", "SE", "Medway's region is blank; it is in the South East"),
      List.of("909", "region_code", "NW", "Cumbria's region is NotKnown; it was in the North West"),
      List.of("942", "ons_la_type", "Unitary Authority",
          "Cumberland is typed County; it is a unitary authority"),
      List.of("943", "ons_la_type", "Unitary Authority",
          "Westmorland and Furness is typed County; it is a unitary authority"),
      List.of("928", "ons_la_type", "County",
          "Northamptonshire has no type; it was a county council"),
      List.of("836", "ons_la_type", "Unitary Authority",
          "Poole has no type; it was a unitary authority"));

  /**
   * Authorities abolished in 2019 that the source table has no row for: DfE code and name.
   * Their region is their successors'; their URN, ONS code and type stay empty (not given).
   */
  static final List<List<String>> MISSING_ROWS = List.of(
      List.of("835", "Dorset"),
      List.of("837", "Bournemouth"));

  private DirectoryData() {}

  static List<AuthorityEntry> load() {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (Map<String, String> row : CsvTable.read("local-authorities.csv")) {
      rows.put(row.get("la_code"), row);
    }
    for (List<String> c : CORRECTIONS) {
      Map<String, String> row = rows.get(c.get(0));
      if (row == null) {
        throw new IllegalStateException("a correction names the unknown code " + c.get(0));
      }
      row.put(c.get(1), c.get(2));
    }
    List<Map<String, String>> reorganisations = CsvTable.read("reorganisations.csv");
    for (List<String> missing : MISSING_ROWS) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("la_code", missing.get(0));
      row.put("local_authority_ons_name", missing.get(1));
      row.put("region_code", successorRegion(missing.get(0), reorganisations, rows));
      rows.put(missing.get(0), row);
    }
    Map<String, Set<String>> names = new LinkedHashMap<>();
    for (Map<String, String> row : rows.values()) {
      Set<String> set = names.computeIfAbsent(row.get("la_code"), k -> new LinkedHashSet<>());
      set.add(row.get("local_authority_ons_name"));
      set.addAll(alsoKnownAs(value(row, "also_known_as")));
    }
    for (Map<String, String> other : CsvTable.read("other-names.csv")) {
      Set<String> set = names.get(other.get("la_code"));
      if (set == null) {
        throw new IllegalStateException("other-names.csv names the unknown code "
            + other.get("la_code"));
      }
      set.add(other.get("name"));
    }
    List<AuthorityEntry> entries = new ArrayList<>();
    for (Map<String, String> row : rows.values()) {
      String code = row.get("la_code");
      List<String> predecessors = new ArrayList<>();
      List<String> successors = new ArrayList<>();
      LocalDate created = null;
      LocalDate abolished = null;
      for (Map<String, String> r : reorganisations) {
        if (r.get("successor").equals(code)) {
          predecessors.add(r.get("predecessor"));
          created = LocalDate.parse(r.get("date"));
        }
        if (r.get("predecessor").equals(code)) {
          successors.add(r.get("successor"));
          abolished = LocalDate.parse(r.get("date"));
        }
      }
      String regionCode = row.get("region_code");
      Region region = Region.find(regionCode).orElseThrow(() -> new IllegalStateException(
          "authority " + code + " has the unknown region '" + regionCode + "'"));
      String typeText = value(row, "ons_la_type");
      AuthorityType type = typeText == null ? null : AuthorityType.find(typeText).orElseThrow(
          () -> new IllegalStateException("authority " + code + " has the unknown type '"
              + typeText + "'"));
      entries.add(new AuthorityEntry(code, value(row, "urn"), value(row, "la_code_new"),
          row.get("local_authority_ons_name"), new ArrayList<>(names.get(code)), region, type,
          codes(value(row, "stat_neighbours")), created, abolished, predecessors, successors));
    }
    return entries;
  }

  /** Splits {@code [Kingston Upon Hull, Hull]} into its names. */
  static List<String> alsoKnownAs(@Nullable String text) {
    if (text == null) {
      return List.of();
    }
    String inner = text.replace("[", "").replace("]", "");
    List<String> out = new ArrayList<>();
    for (String part : inner.split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static List<String> codes(@Nullable String text) {
    return text == null ? List.of()
        : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static @Nullable String value(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isEmpty() ? null : v;
  }

  private static String successorRegion(String code, List<Map<String, String>> reorganisations,
      Map<String, Map<String, String>> rows) {
    for (Map<String, String> r : reorganisations) {
      if (r.get("predecessor").equals(code)) {
        return rows.get(r.get("successor")).get("region_code");
      }
    }
    throw new IllegalStateException("authority " + code + " has no successor to take a region from");
  }
}

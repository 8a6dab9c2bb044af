package io.github.ilacs.pathway;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures {@link InspectionPathway} forecasts against reality; a program, not a test.
 *
 * <p>For every consecutive pair of full inspections of one authority in Ofsted's published
 * outcomes to 2023, it forecasts the later inspection as a user would have on the day before it
 * began: from the history strictly before it and the pauses begun by then (the later inspection
 * itself is unknown; the only thing the date reveals is that it had not yet happened, which a
 * user knows too). It counts how often the forecast kind is right, how often the later
 * inspection's first day on site falls inside the forecast window {@code [earliest, latest]}
 * ({@link InspectionPathway#forecastWindow()}, never the window moved for being overdue) and
 * the mean window width. It prints one Markdown table for the default policy and one for the
 * plain published figures (36 months, 6 either side), by era of the later inspection and by the
 * earlier inspection's
 * overall grade. With {@code -Dcalibration.misses=true} it lists each miss on standard error.
 *
 * <p>Run: {@code ./mvnw -B -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.github.ilacs.pathway.Calibration}. An optional argument names another CSV
 * file with the same columns.
 */
public final class Calibration {
  private static final String DATA = "la-inspection-outcomes-to-2023.csv";
  private static final boolean MISSES = Boolean.getBoolean("calibration.misses");

  private Calibration() {}

  /**
   * Prints the calibration tables.
   *
   * @param args optionally the path of a CSV file; the bundled copy otherwise
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> lines = args.length > 0 ? Files.readAllLines(Path.of(args[0]))
        : readBundled();
    Map<String, InspectionHistory> histories = histories(lines);
    PrintStream out = System.out;
    out.println("Calibration on " + histories.size() + " authorities, "
        + (lines.size() - 1) + " graded inspections.");
    out.println();
    out.println("Default policy (PathwayPolicy.defaults()):");
    out.println();
    print(out, measure(histories, PathwayPolicy.defaults()));
    out.println();
    out.println("Plain published figures (36 months, 6 either side; inadequate 24 months, 6 "
        + "either side; no pause):");
    out.println();
    print(out, measure(histories, PathwayPolicy.defaults().withPauses()
        .withCycle(new PathwayPolicy.Cycle(36, 6, 6))
        .withReinspection(new PathwayPolicy.Cycle(24, 6, 6))));
  }

  private static List<String> readBundled() throws IOException {
    try (InputStream in = Calibration.class.getResourceAsStream(DATA)) {
      if (in == null) {
        throw new IOException("bundled " + DATA + " not found on the class path");
      }
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    }
  }

  /** Counts for one group of pairs. */
  static final class Tally {
    int pairs;
    int kindRight;
    int inWindow;
    double widthMonths;
    /** Pairs whose earlier report was not yet published the day before the later inspection. */
    int pending;

    void add(boolean kind, boolean window, double width) {
      pairs++;
      kindRight += kind ? 1 : 0;
      inWindow += window ? 1 : 0;
      widthMonths += width;
    }
  }

  static Map<String, Map<String, Tally>> measure(Map<String, InspectionHistory> histories,
      PathwayPolicy policy) {
    Map<String, Map<String, Tally>> byEra = new LinkedHashMap<>();
    byEra.put("2022-2023", new LinkedHashMap<>());
    byEra.put("before 2022", new LinkedHashMap<>());
    for (InspectionHistory h : histories.values()) {
      List<Inspection> full = h.chronological().stream().filter(Inspection::isFullInspection)
          .toList();
      for (int i = 0; i + 1 < full.size(); i++) {
        Inspection earlier = full.get(i);
        Inspection later = full.get(i + 1);
        // As a user would ask the day before the later inspection began: the history strictly
        // before it, and every pause begun by then; nothing of the later inspection is known.
        LocalDate asOf = later.start().minusDays(1);
        InspectionPathway p = InspectionPathway.of(h, asOf, policy);
        if (MISSES && (p.nextInspection().kind() != later.kind()
            || !p.forecastWindow().contains(later.start()))) {
          System.err.println(h.authority().name() + " " + earlier.kind() + " " + earlier.start()
              + " " + earlier.overallEffectiveness().orElse(null) + " -> " + later.kind() + " "
              + later.start() + " forecast " + p.nextInspection().kind() + " "
              + p.forecastWindow());
        }
        boolean kind = p.nextInspection().kind() == later.kind();
        boolean inside = p.forecastWindow().contains(later.start());
        String era = later.start().getYear() >= 2022 ? "2022-2023" : "before 2022";
        String grade = earlier.overallEffectiveness().map(g -> g.name().toLowerCase()
            .replace('_', ' ')).orElse("(none)");
        Map<String, Tally> groups = byEra.get(era);
        groups.computeIfAbsent("all", k -> new Tally())
            .add(kind, inside, p.forecastWindow().widthInMonths());
        groups.get("all").pending += p.pending().isPresent() ? 1 : 0;
        groups.computeIfAbsent(grade, k -> new Tally())
            .add(kind, inside, p.forecastWindow().widthInMonths());
      }
    }
    return byEra;
  }

  private static void print(PrintStream out, Map<String, Map<String, Tally>> byEra) {
    out.println("| later inspection began | previous grade | pairs | kind right | in window "
        + "| mean width (months) |");
    out.println("|---|---|---:|---:|---:|---:|");
    for (Map.Entry<String, Map<String, Tally>> era : byEra.entrySet()) {
      Map<String, Tally> sorted = new TreeMap<>((a, b) -> order(a) - order(b));
      sorted.putAll(era.getValue());
      for (Map.Entry<String, Tally> g : sorted.entrySet()) {
        Tally t = g.getValue();
        out.printf("| %s | %s | %d | %.1f%% | %.1f%% | %.2f |%n", era.getKey(),
            g.getKey().equals("all") ? "**all**" : g.getKey(), t.pairs,
            100.0 * t.kindRight / t.pairs, 100.0 * t.inWindow / t.pairs, t.widthMonths / t.pairs);
      }
    }
    out.println();
    for (Map.Entry<String, Map<String, Tally>> era : byEra.entrySet()) {
      out.println(era.getKey() + ": " + era.getValue().get("all").pending + " pairs whose earlier "
          + "report was not yet published the day before the later inspection began.");
    }
  }

  private static int order(String grade) {
    List<String> names = List.of("outstanding", "good", "requires improvement", "inadequate",
        "(none)", "all");
    return names.indexOf(grade);
  }

  /** Reads the outcomes table into one history per authority code. */
  static Map<String, InspectionHistory> histories(List<String> lines) {
    List<String> header = fields(lines.get(0));
    Map<String, List<Inspection>> byCode = new TreeMap<>();
    Map<String, LocalAuthority> authorities = new HashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      List<String> f = fields(lines.get(n));
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), c < f.size() ? f.get(c).trim() : "");
      }
      try {
        LocalAuthority la = authorities.computeIfAbsent(row.get("la_code"),
            code -> LocalAuthority.builder().name(row.get("local_authority")).code(code)
                .urn(row.get("la_urn")).build());
        byCode.computeIfAbsent(la.code(), k -> new ArrayList<>()).add(inspection(la, row));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage(), e);
      }
    }
    Map<String, InspectionHistory> out = new LinkedHashMap<>();
    byCode.forEach((code, list) -> out.put(code, InspectionHistory.of(authorities.get(code),
        list)));
    return out;
  }

  private static Inspection inspection(LocalAuthority la, Map<String, String> row) {
    LocalDate start = LocalDate.parse(row.get("inspection_start"));
    Framework framework;
    InspectionKind kind;
    Map<String, JudgementArea> columns = new LinkedHashMap<>();
    columns.put("overall", JudgementArea.OVERALL_EFFECTIVENESS);
    switch (row.get("framework")) {
      case "SIF" -> {
        framework = Framework.SIF_2013;
        kind = InspectionKind.SIF_INSPECTION;
        columns.put("leaders", JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE);
        columns.put("help_protection", JudgementArea.HELP_AND_PROTECTION);
        columns.put("children_in_care", JudgementArea.CHILDREN_LOOKED_AFTER);
        columns.put("care_leavers", JudgementArea.SIF_CARE_LEAVERS);
        columns.put("adoption", JudgementArea.ADOPTION_PERFORMANCE);
      }
      case "ILACS" -> {
        framework = start.isBefore(Framework.ILACS_2023.inForceFrom())
            ? Framework.ILACS_2018 : Framework.ILACS_2023;
        kind = row.get("kind").equals("short")
            ? InspectionKind.SHORT_INSPECTION : InspectionKind.STANDARD_INSPECTION;
        columns.put("leaders", JudgementArea.IMPACT_OF_LEADERS);
        columns.put("help_protection", JudgementArea.HELP_AND_PROTECTION);
        if (framework == Framework.ILACS_2018) {
          columns.put("children_in_care", JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS);
        } else {
          columns.put("children_in_care", JudgementArea.CHILDREN_IN_CARE);
          columns.put("care_leavers", JudgementArea.CARE_LEAVERS);
        }
      }
      case "LAC_2012" -> {
        framework = Framework.LAC_2012;
        kind = InspectionKind.LAC_INSPECTION;
      }
      default -> throw new IllegalArgumentException("framework '" + row.get("framework")
          + "' is not one of SIF, ILACS, LAC_2012");
    }
    Inspection.Builder b = Inspection.builder().authority(la).framework(framework).kind(kind)
        .start(start).end(LocalDate.parse(row.get("inspection_end")))
        .published(LocalDate.parse(row.get("published")));
    columns.forEach((column, area) -> {
      String text = row.getOrDefault(column, "");
      if (!text.isEmpty()) {
        Grade g = framework.parseGrade(text);
        b.judgement(area, g);
      }
    });
    return b.build();
  }

  /** Splits one CSV line, honouring double quotes (one name contains a comma). */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}

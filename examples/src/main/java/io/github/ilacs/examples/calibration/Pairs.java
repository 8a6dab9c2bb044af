package io.github.ilacs.examples.calibration;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.PathwayPolicy;
import io.github.ilacs.seeds.NationalOutcomes;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * For every consecutive pair of full inspections of one authority, the later one forecast with
 * the plain windows as a user would have on the day before it began: from the history strictly
 * before it and the pauses begun by then. Counts how often the kind is right, how often the later
 * inspection's first day falls in the forecast window and the mean width, by era of the later
 * inspection and by the earlier inspection's overall grade.
 */
final class Pairs {
  private static final boolean MISSES = Boolean.getBoolean("calibration.misses");
  private static final List<String> GRADES = List.of("outstanding", "good",
      "requires improvement", "inadequate", "(none)", "all");

  private Pairs() {}

  /** Prints the pairs begun before 2024 under the default and the plain published figures. */
  static void main(PrintStream out) {
    List<InspectionHistory> histories = NationalOutcomes.startedBefore(LocalDate.of(2024, 1, 1));
    out.println("Pairs begun before 2024, " + histories.size() + " authorities. Default policy:");
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

  /** Counts for one group of pairs. */
  static final class Tally {
    int pairs;
    int kindRight;
    int inWindow;
    double widthMonths;

    void add(boolean kind, boolean window, double width) {
      pairs++;
      kindRight += kind ? 1 : 0;
      inWindow += window ? 1 : 0;
      widthMonths += width;
    }
  }

  static Map<String, Map<String, Tally>> measure(List<InspectionHistory> histories,
      PathwayPolicy policy) {
    Map<String, Map<String, Tally>> byEra = new LinkedHashMap<>();
    byEra.put("2022-2023", new TreeMap<>((a, b) -> GRADES.indexOf(a) - GRADES.indexOf(b)));
    byEra.put("before 2022", new TreeMap<>((a, b) -> GRADES.indexOf(a) - GRADES.indexOf(b)));
    for (InspectionHistory h : histories) {
      List<Inspection> full = h.chronological().stream().filter(Inspection::isFullInspection)
          .toList();
      for (int i = 0; i + 1 < full.size(); i++) {
        Inspection earlier = full.get(i);
        Inspection later = full.get(i + 1);
        InspectionPathway p = InspectionPathway.of(h, later.start().minusDays(1), policy);
        boolean kind = p.nextInspection().kind() == later.kind();
        boolean inside = p.forecastWindow().contains(later.start());
        if (MISSES && !(kind && inside)) {
          System.err.println(h.authority().name() + " " + earlier.kind() + " "
              + earlier.start() + " -> " + later.kind() + " " + later.start() + " forecast "
              + p.nextInspection().kind() + " " + p.forecastWindow());
        }
        String grade = earlier.overallEffectiveness().map(g -> g.name()
            .toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("(none)");
        Map<String, Tally> groups = byEra.get(later.start().getYear() >= 2022 ? "2022-2023"
            : "before 2022");
        double width = p.forecastWindow().widthInMonths();
        groups.computeIfAbsent("all", k -> new Tally()).add(kind, inside, width);
        groups.computeIfAbsent(grade, k -> new Tally()).add(kind, inside, width);
      }
    }
    return byEra;
  }

  private static void print(PrintStream out, Map<String, Map<String, Tally>> byEra) {
    out.println("| later inspection began | previous grade | pairs | kind right | in window "
        + "| mean width (months) |");
    out.println("|---|---|---:|---:|---:|---:|");
    byEra.forEach((era, groups) -> groups.forEach((grade, t) -> out.printf(Locale.ROOT,
        "| %s | %s | %d | %.1f%% | %.1f%% | %.2f |%n", era,
        grade.equals("all") ? "**all**" : grade, t.pairs, 100.0 * t.kindRight / t.pairs,
        100.0 * t.inWindow / t.pairs, t.widthMonths / t.pairs)));
  }
}

package io.github.ilacs.examples.calibration;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.NationalSchedule;
import io.github.ilacs.pathway.PathwayPolicy;
import io.github.ilacs.pathway.Window;
import io.github.ilacs.seeds.NationalOutcomes;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rolling-origin backtest of {@link Calibration}: forecasts as of each origin from what was
 * known then, scored against each authority's next full inspection begun after it.
 */
final class Backtest {
  /** The origins of the backtest; the last is held out from tuning. */
  static final List<LocalDate> ORIGINS = List.of(LocalDate.of(2021, 12, 31),
      LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31));

  private Backtest() {}

  /** The scores of one group of authorities at one origin. */
  static final class Tally {
    int scored;
    int censored;
    int plainIn;
    double plainWidth;
    int scheduleIn;
    double scheduleWidth;
    int kindRight;
    /** Censored authorities whose plain window had closed by the data's end: sure misses. */
    int plainClosed;
    /** Censored authorities whose scheduled window had closed by the data's end. */
    int scheduleClosed;

    String row(LocalDate origin, String grade) {
      if (scored == 0) {
        return String.format(Locale.ROOT, "| %s | %s | 0 | %d (%d / %d) | | | | | |", origin,
            grade, censored, plainClosed, scheduleClosed);
      }
      return String.format(Locale.ROOT, "| %s | %s | %d | %d (%d / %d) | %.3f | %.1f | %.3f | "
          + "%.1f | %.3f |", origin, grade, scored, censored, plainClosed, scheduleClosed,
          (double) plainIn / scored, plainWidth / scored, (double) scheduleIn / scored,
          scheduleWidth / scored, (double) kindRight / scored);
    }
  }

  /**
   * Scores every authority at one origin, by the grade of the inspection its pathway rests on;
   * the first entry, {@code all}, sums the others.
   *
   * @param histories the histories to the data's end, one per authority
   * @param origin the date the forecasts are made on
   * @param policy the policy
   * @return the tallies, {@code all} first, then by grade
   */
  static Map<String, Tally> backtest(List<InspectionHistory> histories, LocalDate origin,
      PathwayPolicy policy) {
    List<InspectionHistory> known = new ArrayList<>();
    for (InspectionHistory h : histories) {
      InspectionHistory cut = InspectionHistory.builder().from(h).inspections(h.inspections()
          .stream().filter(i -> !i.start().isAfter(origin)).toList()).build();
      if (!cut.inspections().isEmpty()) {
        known.add(cut);
      }
    }
    NationalSchedule schedule = NationalSchedule.of(known, origin, policy);
    Map<String, Tally> rows = new LinkedHashMap<>();
    for (String g : List.of("all", "outstanding", "good", "requires improvement",
        "inadequate", "(none)")) {
      rows.put(g, new Tally());
    }
    Map<String, InspectionHistory> full = new LinkedHashMap<>();
    histories.forEach(h -> full.put(h.authority().code(), h));
    for (InspectionHistory h : known) {
      InspectionPathway plain = InspectionPathway.of(h, origin, policy);
      InspectionPathway sharp = InspectionPathway.of(h, schedule);
      String grade = plain.basis().flatMap(Inspection::overallEffectiveness)
          .map(g -> g.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("(none)");
      Optional<Inspection> next = nextAfter(full.get(h.authority().code()), origin);
      for (Tally t : List.of(rows.get("all"), rows.get(grade))) {
        if (next.isEmpty()) {
          t.censored++;
          t.plainClosed += closed(plain.forecastWindow()) ? 1 : 0;
          t.scheduleClosed += closed(sharp.forecastWindow()) ? 1 : 0;
          continue;
        }
        LocalDate start = next.get().start();
        Window p = plain.forecastWindow();
        Window s = sharp.forecastWindow();
        t.scored++;
        t.plainIn += p.contains(start) ? 1 : 0;
        t.plainWidth += p.widthInMonths();
        t.scheduleIn += s.contains(start) ? 1 : 0;
        t.scheduleWidth += s.widthInMonths();
        t.kindRight += sharp.nextInspection().kind() == next.get().kind() ? 1 : 0;
      }
    }
    rows.values().removeIf(t -> t.scored == 0 && t.censored == 0);
    return rows;
  }

  /** Whether a window closed by the data's end, so an authority without inspection missed it. */
  private static boolean closed(Window w) {
    return !w.latest().isAfter(NationalOutcomes.COVERS_TO);
  }

  /** The first full inspection begun after the origin, up to the data's end. */
  static Optional<Inspection> nextAfter(InspectionHistory h, LocalDate origin) {
    for (Inspection i : h.chronological()) {
      if (i.isFullInspection() && i.start().isAfter(origin)
          && !i.start().isAfter(NationalOutcomes.COVERS_TO)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}

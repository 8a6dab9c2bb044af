package io.github.ilacs.examples.briefing;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.directory.Region;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every authority on one self-contained HTML page, grouped by region: its pathway, the grades of
 * its latest full inspection, the next inspection's window and status, and whether anything is
 * overdue.
 */
public final class Overview {
  private Overview() {}

  /**
   * Renders the overview page.
   *
   * @param histories one history per authority, not null
   * @param directory the directory the regions come from, not null
   * @param asOf the date to answer for, not null
   * @param version the version of ilacs that made the page, for its footer, not null
   * @param unforecast filled with one line for each history whose pathway cannot be worked out
   *     (it is left off the page), not null
   * @return the page
   */
  public static String html(Collection<InspectionHistory> histories,
      AuthorityDirectory directory, LocalDate asOf, String version, List<String> unforecast) {
    Map<Region, List<Map<String, Object>>> byRegion = new EnumMap<>(Region.class);
    List<Map<String, Object>> elsewhere = new ArrayList<>();
    List<InspectionHistory> sorted = new ArrayList<>(histories);
    sorted.sort(Comparator.comparing((InspectionHistory h) -> h.authority().name())
        .thenComparing(h -> h.authority().code()));
    int count = 0;
    int overdue = 0;
    for (InspectionHistory h : sorted) {
      InspectionPathway pathway;
      try {
        pathway = InspectionPathway.of(h, asOf);
      } catch (IllegalArgumentException e) {
        unforecast.add(h.authority().code() + " (" + h.authority().name() + "): not forecast: "
            + e.getMessage());
        continue;
      }
      Map<String, Object> row = row(h, pathway);
      count++;
      overdue += pathway.overdue() ? 1 : 0;
      Optional<AuthorityEntry> entry = directory.byCode(h.authority().code());
      if (entry.isPresent()) {
        byRegion.computeIfAbsent(entry.get().region(), r -> new ArrayList<>()).add(row);
      } else {
        elsewhere.add(row);
      }
    }
    List<Map<String, Object>> regions = new ArrayList<>();
    byRegion.forEach((region, rows) -> regions.add(region(region.title(), rows)));
    if (!elsewhere.isEmpty()) {
      regions.add(region("Not in the directory", elsewhere));
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("asOf", Words.day(asOf));
    page.put("version", version);
    page.put("count", count);
    page.put("overdue", overdue);
    page.put("regions", regions);
    page.put("legend", Pages.legend());
    return Pages.overview(page);
  }

  private static Map<String, Object> region(String title, List<Map<String, Object>> rows) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("id", "region-" + title.toLowerCase(Locale.UK).replaceAll("[^a-z]+", "-"));
    m.put("rows", rows);
    m.put("size", rows.size());
    return m;
  }

  private static Map<String, Object> row(InspectionHistory h, InspectionPathway pathway) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", h.authority().code());
    row.put("name", h.authority().name());
    row.put("pathway", pathway.pathway().number().isPresent()
        ? "Pathway " + pathway.pathway().number().getAsInt() : pathway.pathway().description());
    Optional<Inspection> basis = pathway.basis();
    row.put("basis", basis.map(b -> Words.shortKind(b.kind()) + " " + Words.monthYear(b.start()))
        .orElse("none"));
    List<Map<String, Object>> grades = new ArrayList<>();
    // overall effectiveness where it was graded, otherwise every judgement with its area
    basis.ifPresent(b -> b.judgements().forEach(j -> {
      if (j.area() == JudgementArea.OVERALL_EFFECTIVENESS
          || b.grade(JudgementArea.OVERALL_EFFECTIVENESS).isEmpty()) {
        Map<String, Object> cell = Pages.gradeCell(j.grade(), b.framework().label(j.grade()));
        cell.put("area", j.area().title());
        grades.add(cell);
      }
    }));
    row.put("grades", grades);
    ExpectedActivity next = pathway.nextInspection();
    row.put("window", Words.monthYear(next.window().earliest()) + " to "
        + Words.monthYear(next.window().latest()));
    row.put("expected", Words.day(next.window().expected()));
    row.put("status", next.status().name().toLowerCase(Locale.UK).replace('_', ' '));
    row.put("overdue", pathway.overdue());
    row.put("nextOverdue", next.overdue());
    row.put("otherOverdue", pathway.overdue() && !next.overdue());
    return row;
  }
}

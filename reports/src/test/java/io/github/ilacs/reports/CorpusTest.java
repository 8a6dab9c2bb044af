package io.github.ilacs.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.reports.UnreadableDocumentException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the real documents in {@code ../shared/documents} when they are beside the checkout
 * (skipped otherwise) and checks them against the national outcomes table and the hand counts
 * committed before the reader was written.
 */
class CorpusTest {
  private static final Map<JudgementArea, String> COLUMNS = Map.of(
      JudgementArea.OVERALL_EFFECTIVENESS, "overall",
      JudgementArea.IMPACT_OF_LEADERS, "leaders",
      JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, "leaders",
      JudgementArea.HELP_AND_PROTECTION, "help_protection",
      JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, "children_in_care",
      JudgementArea.CHILDREN_IN_CARE, "children_in_care",
      JudgementArea.CHILDREN_LOOKED_AFTER, "children_in_care",
      JudgementArea.CARE_LEAVERS, "care_leavers",
      JudgementArea.SIF_CARE_LEAVERS, "care_leavers",
      JudgementArea.ADOPTION_PERFORMANCE, "adoption");
  private static final List<String> GRADE_COLUMNS = List.of("overall", "leaders",
      "help_protection", "children_in_care", "care_leavers", "adoption");

  @Test
  void readsTheSampleLikeTheOutcomesTableAndTheHandCounts() throws IOException {
    Path shared = shared("documents");
    List<Path> files;
    try (Stream<Path> s = Files.walk(shared.resolve("documents"))) {
      files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    Map<String, Map<String, String>> outcomes = new HashMap<>();
    for (Map<String, String> row : csv(Files.newInputStream(
        shared.resolve("data/la-inspection-outcomes-to-2024.csv")))) {
      outcomes.put(row.get("la_urn") + " " + row.get("published"), row);
    }
    Map<String, ReadResult> read = new TreeMap<>();
    Map<String, UnreadableDocumentException> refused = new TreeMap<>();
    ReportReader reader = ReportReader.defaults();
    for (Path f : files) {
      String rel = shared.resolve("documents").relativize(f).toString().replace('\\', '/');
      try {
        read.put(rel, reader.read(f));
      } catch (UnreadableDocumentException e) {
        refused.put(rel, e);
      }
    }
    List<String> wrong = new ArrayList<>();
    int reports = 0;
    int datesRight = 0;
    int kindsRight = 0;
    int pairs = 0;
    int pairsRight = 0;
    for (Map.Entry<String, ReadResult> e : read.entrySet()) {
      Map<String, String> row = outcomes.get(urn(e.getKey()) + " " + fileDate(e.getKey()));
      if (row == null) {
        continue;
      }
      reports++;
      Inspection i = e.getValue().inspection();
      String dates = i.start() + ".." + i.end();
      if (dates.equals(row.get("inspection_start") + ".." + row.get("inspection_end"))) {
        datesRight++;
      } else {
        wrong.add(e.getKey() + ": on site " + dates);
      }
      if (i.kind() == expectedKind(row)) {
        kindsRight++;
      } else {
        wrong.add(e.getKey() + ": kind " + i.kind());
      }
      Map<String, String> got = new TreeMap<>();
      i.gradesByArea().forEach((area, grade) -> got.put(COLUMNS.getOrDefault(area, area.name()),
          label(grade, row.get("framework"))));
      for (String column : GRADE_COLUMNS) {
        if (!row.get(column).isEmpty()) {
          pairs++;
          if (row.get(column).equals(got.get(column))) {
            pairsRight++;
          } else {
            wrong.add(e.getKey() + ": " + column + " " + got.get(column) + " not "
                + row.get(column));
          }
        }
      }
    }
    int handRight = 0;
    List<Map<String, String>> hand = csv(CorpusTest.class.getResourceAsStream("hand-counts.csv"));
    for (Map<String, String> h : hand) {
      ReadResult r = read.get(h.get("file"));
      if (r == null) {
        wrong.add(h.get("file") + ": not read");
        continue;
      }
      String expected = h.get("strengths") + " " + h.get("areas_for_improvement") + " "
          + h.get("areas_for_priority_action") + " " + h.get("recommendations") + " "
          + h.get("start") + " " + h.get("end") + " " + h.get("letter_date");
      String got = count(r, FindingKind.STRENGTH) + " "
          + count(r, FindingKind.AREA_FOR_IMPROVEMENT) + " "
          + count(r, FindingKind.AREA_FOR_PRIORITY_ACTION) + " "
          + count(r, FindingKind.RECOMMENDATION) + " " + r.inspection().start() + " "
          + r.inspection().end() + " " + r.issued().filter(d -> !h.get("letter_date").isEmpty())
              .map(LocalDate::toString).orElse("");
      if (expected.equals(got)) {
        handRight++;
      } else {
        wrong.add(h.get("file") + ": hand counts " + expected + " but read " + got);
      }
    }
    System.out.printf("corpus: %d PDFs, %d read, %d refused %s%n", files.size(), read.size(),
        refused.size(), refused.values().stream().map(Throwable::getMessage).toList());
    System.out.printf("corpus: %d reports in the outcomes table: on-site dates %d/%d, kinds"
        + " %d/%d, grades %d/%d (area, grade) pairs; hand counts %d/%d documents%n", reports,
        datesRight, reports, kindsRight, reports, pairsRight, pairs, handRight, hand.size());

    assertThat(wrong).isEmpty();
    assertThat(refused).hasSize(1);
    UnreadableDocumentException only = refused.values().iterator().next();
    assertThat(only.reason()).isEqualTo(Reason.NOT_A_PDF);
    assertThat(only.detail()).contains("HTML");
    assertThat(read).hasSize(files.size() - 1);
    assertThat(reports).isEqualTo(54);
    assertThat(hand).hasSize(25);
  }

  @Test
  void readsTheSeedLettersAsText() throws IOException {
    Path seeds = shared("seeds").resolve("seeds");
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path p : s.sorted().toList()) {
        try {
          Inspection i = ReportReader.defaults().read(p).inspection();
          found.put(i.kind() + " " + i.start(), i.authority().code() + " "
              + LayoutsTest.counts(i.findings()));
        } catch (UnreadableDocumentException e) {
          // the seeds also hold a council committee paper, which is not Ofsted's
          assertThat(e.reason()).isEqualTo(Reason.NOT_AN_OFSTED_DOCUMENT);
        }
      }
    }
    System.out.println("seeds: " + found);
    assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of(
        "UNANNOUNCED_INSPECTION 2009-10-08", "891 AREA_FOR_DEVELOPMENT=7 "
            + "AREA_FOR_PRIORITY_ACTION=2 SATISFACTORY_AREA=1 STRENGTH=2",
        "FOCUSED_VISIT 2018-01-30", "891 AREA_FOR_IMPROVEMENT=10 STRENGTH=9",
        "FOCUSED_VISIT 2022-04-26", "891 AREA_FOR_IMPROVEMENT=3",
        "ANNUAL_ENGAGEMENT_MEETING 2018-05-17", "891 "));
  }

  private static long count(ReadResult r, FindingKind kind) {
    return r.inspection().findings().stream().map(Finding::kind).filter(kind::equals).count();
  }

  private static InspectionKind expectedKind(Map<String, String> row) {
    return switch (row.get("framework") + " " + row.get("kind")) {
      case "ILACS standard", "ILACS longer than standard" -> InspectionKind.STANDARD_INSPECTION;
      case "ILACS short" -> InspectionKind.SHORT_INSPECTION;
      case "LAC_2012 " -> InspectionKind.LAC_INSPECTION;
      default -> InspectionKind.SIF_INSPECTION;
    };
  }

  private static String label(Grade grade, String framework) {
    if (grade == Grade.REQUIRES_IMPROVEMENT && framework.equals("LAC_2012")) {
      return "adequate";
    }
    return grade.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String urn(String rel) {
    return rel.substring(0, rel.indexOf('_'));
  }

  private static String fileDate(String rel) {
    List<LocalDate> d = Dates.run(rel.substring(rel.lastIndexOf('/') + 1));
    return d.isEmpty() ? "" : d.get(d.size() - 1).toString();
  }

  /** Finds {@code shared/<what>} by walking up from the working directory, or skips. */
  private static Path shared(String what) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve(what))) {
        return candidate;
      }
    }
    assumeTrue(false, "skipped: no shared/" + what + " beside this checkout");
    throw new AssertionError("unreachable");
  }

  /** Reads a small CSV with a header; '#' lines are comments; quoted fields allowed. */
  private static List<Map<String, String>> csv(InputStream in) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      List<String> header = null;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        List<String> cells = cells(line);
        if (header == null) {
          header = cells;
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
          row.put(header.get(c), c < cells.size() ? cells.get(c) : "");
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

}

package io.github.ilacs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One generated PDF per layout family, read back through the public API. */
class LayoutsTest {
  private static final ReportReader READER = ReportReader.defaults();

  @TempDir
  Path dir;

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("ILACS standard 2019", Documents.ilacsStandard2019(), "Wigan",
            InspectionKind.STANDARD_INSPECTION, Framework.ILACS_2018, "2019-03-04",
            "2019-03-15", "", "OVERALL_EFFECTIVENESS=GOOD IMPACT_OF_LEADERS=GOOD "
                + "HELP_AND_PROTECTION=REQUIRES_IMPROVEMENT CHILDREN_IN_CARE_AND_CARE_LEAVERS=GOOD",
            "AREA_FOR_IMPROVEMENT=3"),
        Arguments.of("ILACS two periods 2023", Documents.ilacsTwoPeriods2023(), "Lancashire",
            InspectionKind.STANDARD_INSPECTION, Framework.ILACS_2023, "2023-10-02",
            "2023-10-20", "", "OVERALL_EFFECTIVENESS=INADEQUATE IMPACT_OF_LEADERS=INADEQUATE "
                + "HELP_AND_PROTECTION=INADEQUATE CHILDREN_IN_CARE=REQUIRES_IMPROVEMENT "
                + "CARE_LEAVERS=GOOD", "AREA_FOR_IMPROVEMENT=1"),
        Arguments.of("ILACS short 2026", Documents.ilacs2026Short(), "Cumberland",
            InspectionKind.SHORT_INSPECTION, Framework.ILACS_2026, "2026-06-08", "2026-06-12",
            "", "IMPACT_OF_LEADERS=GOOD HELP_AND_PROTECTION=GOOD CHILDREN_IN_CARE=OUTSTANDING "
                + "CARE_LEAVERS=GOOD", "AREA_FOR_IMPROVEMENT=2"),
        Arguments.of("SIF 2015", Documents.sif2015(), "Cheshire East",
            InspectionKind.SIF_INSPECTION, Framework.SIF_2013, "2015-03-02", "2015-03-26",
            "2015-05-14", "OVERALL_EFFECTIVENESS=REQUIRES_IMPROVEMENT "
                + "HELP_AND_PROTECTION=REQUIRES_IMPROVEMENT CHILDREN_LOOKED_AFTER=GOOD "
                + "ADOPTION_PERFORMANCE=GOOD SIF_CARE_LEAVERS=REQUIRES_IMPROVEMENT "
                + "LEADERSHIP_MANAGEMENT_GOVERNANCE=REQUIRES_IMPROVEMENT LSCB_REVIEW=GOOD",
            "RECOMMENDATION=3"),
        Arguments.of("SIF 2014 bullets", Documents.sif2014Bullets(), "Hartlepool",
            InspectionKind.SIF_INSPECTION, Framework.SIF_2013, "2013-11-19", "2013-12-11", "",
            "OVERALL_EFFECTIVENESS=GOOD HELP_AND_PROTECTION=GOOD CHILDREN_LOOKED_AFTER=GOOD "
                + "ADOPTION_PERFORMANCE=OUTSTANDING SIF_CARE_LEAVERS=GOOD "
                + "LEADERSHIP_MANAGEMENT_GOVERNANCE=GOOD", "RECOMMENDATION=2"),
        Arguments.of("LAC 2013", Documents.lac2013(), "Bexley", InspectionKind.LAC_INSPECTION,
            Framework.LAC_2012, "2013-06-10", "2013-06-14", "2013-07-19",
            "OVERALL_EFFECTIVENESS=REQUIRES_IMPROVEMENT", "AREA_FOR_IMPROVEMENT=3"),
        Arguments.of("focused visit 2018", Documents.focusedVisit2018(), "Barnet",
            InspectionKind.FOCUSED_VISIT, Framework.ILACS_2018, "2018-02-13", "2018-02-14",
            "2018-03-12", "", "STRENGTH=2 AREA_FOR_IMPROVEMENT=3"),
        Arguments.of("Covid-period visit 2020", Documents.covidVisit2020(), "Torbay",
            InspectionKind.INTERIM_VISIT, Framework.ILACS_2018, "2020-11-10", "2020-11-10",
            "2020-12-03", "", "AREA_FOR_IMPROVEMENT=2 AREA_FOR_PRIORITY_ACTION=1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void readsEachLayout(String name, List<List<String>> pages, String authority,
      InspectionKind kind, Framework framework, String start, String end, String issued,
      String grades, String counts) throws Exception {
    Path pdf = TestPdfs.write(dir.resolve(name + ".pdf"), pages);

    ReadResult result = READER.read(pdf);
    Inspection i = result.inspection();

    assertThat(i.authority().name()).isEqualTo(authority);
    assertThat(i.kind()).isEqualTo(kind);
    assertThat(i.framework()).isEqualTo(framework);
    assertThat(i.start()).isEqualTo(LocalDate.parse(start));
    assertThat(i.end()).isEqualTo(LocalDate.parse(end));
    assertThat(result.issued().map(LocalDate::toString).orElse("")).isEqualTo(issued);
    assertThat(i.issued().map(LocalDate::toString).orElse("")).isEqualTo(issued);
    boolean printsPublication = kind == InspectionKind.SIF_INSPECTION
        || kind == InspectionKind.LAC_INSPECTION;
    assertThat(i.published().map(LocalDate::toString).orElse(""))
        .isEqualTo(printsPublication ? issued : "");
    assertThat(render(i.gradesByArea())).isEqualTo(sorted(grades));
    assertThat(counts(i.findings())).isEqualTo(sorted(counts));
    assertThat(result.warnings()).isEmpty();
    assertThat(i.focus().map(Enum::name).orElse(""))
        .isEqualTo(kind == InspectionKind.FOCUSED_VISIT ? "CARE_LEAVERS" : "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void keepsTheDocumentsWordsForEachFinding(String name, List<List<String>> pages)
      throws Exception {
    Inspection i = READER.read(TestPdfs.write(dir.resolve(name + ".pdf"), pages)).inspection();

    String text = String.join(" ", pages.stream().flatMap(List::stream).toList())
        .replaceAll("\\s+", " ");
    for (Finding f : i.findings()) {
      String firstWords = f.summary().substring(0, Math.min(20, f.summary().length()));
      assertThat(text).contains(firstWords);
      assertThat(f.area()).isEmpty();
    }
  }

  static String render(Map<JudgementArea, Grade> grades) {
    return grades.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
        .collect(Collectors.joining(" "));
  }

  static String sorted(String spaced) {
    return spaced.isEmpty() ? "" : Stream.of(spaced.split(" ")).sorted()
        .collect(Collectors.joining(" "));
  }

  static String counts(List<Finding> findings) {
    Map<FindingKind, Integer> n = new EnumMap<>(FindingKind.class);
    findings.forEach(f -> n.merge(f.kind(), 1, Integer::sum));
    return n.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
        .collect(Collectors.joining(" "));
  }
}

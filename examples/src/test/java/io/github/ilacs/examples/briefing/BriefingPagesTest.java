package io.github.ilacs.examples.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.seeds.NationalOutcomes;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Structural checks of the briefing and overview pages, with jsoup: no browser needed. */
class BriefingPagesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  static final AuthorityDirectory DIRECTORY = AuthorityDirectory.builtIn();

  /** The built-in data: national outcomes with Nottinghamshire's record from the seeds. */
  static List<InspectionHistory> builtIn() {
    List<InspectionHistory> all = new ArrayList<>();
    for (InspectionHistory h : NationalOutcomes.histories()) {
      if (!h.authority().code().equals("891")) {
        all.add(h);
      }
    }
    all.add(NottinghamshireSeeds.history());
    return all;
  }

  static String briefing(InspectionHistory history, LocalDate asOf) {
    return Briefing.html(history, DIRECTORY, builtIn(), asOf, "test");
  }

  /** An authority whose pathway rests on an inadequate judgement as of the date. */
  static InspectionHistory inadequate(LocalDate asOf) {
    return NationalOutcomes.histories().stream()
        .filter(h -> InspectionPathway.of(h, asOf).pathway() == Pathway.INADEQUATE_UNDER_MONITORING)
        .findFirst().orElseThrow();
  }

  static List<InspectionHistory> pages() {
    return List.of(NottinghamshireSeeds.history(), inadequate(AS_OF));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void aPageIsSelfContainedWithAHeadingPerSectionAndATextAlternative(InspectionHistory h) {
    Document doc = Jsoup.parse(briefing(h, AS_OF));
    assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(doc.select("[src], [href]")).isEmpty();
    assertThat(doc.select("style").html()).doesNotContain("url(", "@import", "@font-face");
    assertThat(doc.select("section")).allSatisfy(s -> assertThat(s.selectFirst("h2")).isNotNull());
    assertThat(doc.select("section > h2").eachText()).containsExactly("Timeline",
        "Every activity", "Next inspection", "Interim activity and running deadlines",
        "Recurring themes", "Beside its statistical neighbours and region");
    Element svg = doc.selectFirst("svg.timeline");
    assertThat(svg).isNotNull();
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.selectFirst("title").text()).startsWith("Timeline of " + h.authority().name());
    assertThat(svg.selectFirst("desc").text()).contains(h.inspections().size() + " activities",
        "Next ");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyActivityHasOneMarkAndOneRow(InspectionHistory h) {
    Document doc = Jsoup.parse(briefing(h, AS_OF));
    List<String> starts = h.chronological().stream().map(i -> i.start().toString()).toList();
    assertThat(doc.select("svg g.activity").eachAttr("data-start"))
        .containsExactlyInAnyOrderElementsOf(starts);
    assertThat(doc.select("tr.activity").eachAttr("data-start")).containsExactlyElementsOf(starts);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyGradeIsWrittenAsWellAsColoured(InspectionHistory h) {
    Document doc = Jsoup.parse(briefing(h, AS_OF));
    int judgements = h.inspections().stream().mapToInt(i -> i.judgements().size()).sum();
    assertThat(doc.select("svg rect.grade")).hasSize(judgements);
    assertThat(doc.select("svg text.grade-text").eachText()).hasSize(judgements)
        .allSatisfy(t -> assertThat(t).isIn("O", "G", "RI", "I"));
    assertThat(doc.select("svg rect.grade title").eachText())
        .allSatisfy(t -> assertThat(t).contains(": "));
  }

  @Test
  void nottinghamshireShowsFrom2009TheShortInspectionTheNextWindowAndTheNeighbours() {
    Document doc = Jsoup.parse(briefing(NottinghamshireSeeds.history(), AS_OF));
    Inspection first = NottinghamshireSeeds.history().chronological().get(0);
    assertThat(first.start().getYear()).isEqualTo(2009);
    assertThat(doc.select("svg title").first().text()).contains("2009 to 2028");
    assertThat(doc.select("svg g.activity[data-kind=SHORT_INSPECTION]").eachAttr("data-start"))
        .containsExactly("2024-05-20");
    assertThat(doc.select("svg g.window.next")).hasSize(1);
    assertThat(doc.select("#next p").first().text()).startsWith("Short inspection: window ");
    int neighbours = DIRECTORY.statisticalNeighbours(DIRECTORY.byCode("891").orElseThrow())
        .size();
    assertThat(doc.select("#neighbours tr.self").text()).contains("891 Nottinghamshire");
    assertThat(doc.select("#neighbours tr.neighbour")).hasSize(neighbours);
    assertThat(doc.select("#neighbours tr.group").eachText())
        .anySatisfy(t -> assertThat(t).startsWith("East Midlands"));
    assertThat(doc.select("#themes tbody tr")).hasSize(
        NottinghamshireSeeds.history().recurringThemes().size());
    assertThat(doc.select("svg g.framework")).isNotEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "as of {0}")
  @org.junit.jupiter.params.provider.CsvSource({
      "2020-03-31, 0", "2020-04-01, 1", "2020-08-01, 3"})
  void thePlansStatusIsShownWhenAPlanIsGiven(LocalDate asOf, int overdue) {
    Document doc = Jsoup.parse(Briefing.html(NottinghamshireSeeds.history(), DIRECTORY,
        builtIn(), asOf, "test",
        java.util.Optional.of(io.github.ilacs.seeds.NottinghamshirePlan.example())));
    assertThat(doc.select("#plan > h2").text()).isEqualTo("Improvement plan");
    assertThat(doc.select("#plan li")).hasSize(overdue);
    assertThat(doc.select("#plan p").first().text())
        .startsWith("Answers the Standard inspection of Oct 2019");
    assertThat(Jsoup.parse(briefing(NottinghamshireSeeds.history(), asOf)).select("#plan"))
        .isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "as of {0}")
  @org.junit.jupiter.params.provider.CsvSource({"2024-08-01, 2025-11-26, 2",
      "2026-12-01, , 0"})
  void thePageShowsWhatHadBegunByTheDateAndTheRunningDeadlines(LocalDate asOf,
      @org.jspecify.annotations.Nullable String later, int deadlines) {
    Document doc = Jsoup.parse(briefing(NottinghamshireSeeds.history(), asOf));
    int marks = (int) NottinghamshireSeeds.history().inspections().stream()
        .filter(i -> !i.start().isAfter(asOf)).count();
    assertThat(marks).isEqualTo(NottinghamshireSeeds.history().inspections().size()
        - (later == null ? 0 : 1));
    if (later != null) {
      assertThat(doc.select("svg g.activity[data-start=" + later + "]")).isEmpty();
    }
    assertThat(doc.select("svg g.activity")).hasSize(marks);
    assertThat(doc.select("tr.activity")).hasSize(marks);
    assertThat(doc.select("svg g.deadline")).hasSize(deadlines);
    assertThat(doc.select("#interim li").eachText().stream()
        .filter(t -> t.contains(" due "))).hasSize(deadlines);
  }

  @Test
  void anInadequatePeriodIsABandAndAGoodRecordHasNone() {
    assertThat(Jsoup.parse(briefing(inadequate(AS_OF), AS_OF))
        .select("svg g.inadequate-band")).isNotEmpty();
    assertThat(Jsoup.parse(briefing(NottinghamshireSeeds.history(), AS_OF))
        .select("svg g.inadequate-band")).isEmpty();
  }

  @Test
  void textFromTheRecordIsEscaped() {
    InspectionHistory seeds = NottinghamshireSeeds.history();
    io.github.ilacs.LocalAuthority evil =
        io.github.ilacs.LocalAuthority.of("Evil <b>&</b> \"Shire\"", "999");
    InspectionHistory odd = InspectionHistory.of(evil, seeds.inspections().stream()
        .map(i -> Inspection.builder().from(i).authority(evil).build()).toList());
    Document doc = Jsoup.parse(Briefing.html(odd, DIRECTORY, builtIn(), AS_OF, "test"));
    assertThat(doc.select("b")).isEmpty();
    assertThat(doc.selectFirst("h1").text()).startsWith("Evil <b>&</b> \"Shire\" (999)");
    assertThat(doc.select("#neighbours p").text()).contains("does not list DfE code 999");
  }

  @Test
  void theOverviewListsEveryAuthorityByRegionWithItsOverdueFlag() {
    List<InspectionHistory> all = builtIn();
    List<String> unforecast = new ArrayList<>();
    Document doc = Jsoup.parse(Overview.html(all, DIRECTORY, AS_OF, "test", unforecast));
    assertThat(unforecast).isEmpty();
    assertThat(doc.select("tr.authority")).hasSize(all.size());
    assertThat(doc.select("script, link, img, [src], [href]")).isEmpty();
    Set<String> regions = all.stream().map(h -> DIRECTORY.byCode(h.authority().code())
        .map(e -> e.region().title()).orElse("Not in the directory"))
        .collect(Collectors.toSet());
    assertThat(doc.select("section.region > h2").eachText())
        .allSatisfy(t -> assertThat(regions).anySatisfy(r -> assertThat(t).startsWith(r)))
        .hasSize(regions.size());
    // the built-in table ends on 31 December 2024: nothing is overdue for want of a later row
    assertThat(all.stream().filter(h -> InspectionPathway.of(h, AS_OF).overdue())).isEmpty();
    assertThat(doc.select("tr.authority .overdue")).isEmpty();
    LocalDate tableEnd = LocalDate.of(2024, 12, 31);
    Document atEnd = Jsoup.parse(Overview.html(all, DIRECTORY, tableEnd, "test", unforecast));
    long overdue = all.stream().filter(h -> InspectionPathway.of(h, tableEnd).overdue()).count();
    assertThat(atEnd.select("tr.authority .overdue")).hasSize((int) overdue);
    assertThat(overdue).isPositive();
    assertThat(doc.select("tr.authority[data-code=891]").text()).contains("Nottinghamshire",
        "Pathway 1", "short May 2024");
  }

  @Test
  void shortKindsCoverEveryKind() {
    for (InspectionKind k : InspectionKind.values()) {
      assertThat(Words.shortKind(k)).isNotBlank();
    }
  }
}

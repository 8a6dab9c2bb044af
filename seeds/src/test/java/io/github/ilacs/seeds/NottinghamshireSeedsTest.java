package io.github.ilacs.seeds;

import static io.github.ilacs.seeds.NottinghamshireActivity.ANNUAL_ENGAGEMENT_MEETING_2018;
import static io.github.ilacs.seeds.NottinghamshireActivity.FOCUSED_VISIT_2022;
import static io.github.ilacs.seeds.NottinghamshireActivity.STANDARD_INSPECTION_2019;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import io.github.ilacs.jackson.IlacsModule;
import io.github.ilacs.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks each seed document against the facts of its letter or report (see FACTS.md). */
class NottinghamshireSeedsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      // activity, framework, kind, start, end, published, focus, source date
      "UNANNOUNCED_INSPECTION_2009, UCRA_2009, UNANNOUNCED_INSPECTION, 2009-10-08, 2009-10-09, 2009-10-29, -, 2009-10-29",
      "SIF_INSPECTION_2015, SIF_2013, SIF_INSPECTION, 2015-05-11, 2015-06-04, 2015-07-20, -, 2015-07-20",
      "FOCUSED_VISIT_CARE_LEAVERS_2018, ILACS_2018, FOCUSED_VISIT, 2018-01-30, 2018-01-31, 2018-02-22, CARE_LEAVERS, 2018-02-22",
      "ANNUAL_ENGAGEMENT_MEETING_2018, ILACS_2018, ANNUAL_ENGAGEMENT_MEETING, 2018-05-17, 2018-05-17, 2018-06-04, -, 2018-06-04",
      "FOCUSED_VISIT_FRONT_DOOR_2019, ILACS_2018, FOCUSED_VISIT, 2019-01-09, 2019-01-09, 2019-02-01, FRONT_DOOR_AND_THRESHOLDS, 2019-02-01",
      "STANDARD_INSPECTION_2019, ILACS_2018, STANDARD_INSPECTION, 2019-10-07, 2019-10-18, 2019-12-19, -, 2019-12-19",
      "FOCUSED_VISIT_2022, ILACS_2018, FOCUSED_VISIT, 2022-04-26, 2022-04-27, 2022-06-01, CHILDREN_IN_NEED_AND_PROTECTION, 2022-06-01",
      "SHORT_INSPECTION_2024, ILACS_2023, SHORT_INSPECTION, 2024-05-20, 2024-05-24, 2024-07-12, -, 2024-07-12",
      "FOCUSED_VISIT_FRONT_DOOR_2025, ILACS_2023, FOCUSED_VISIT, 2025-11-26, 2025-11-26, 2026-01-12, FRONT_DOOR_AND_THRESHOLDS, 2026-01-12"})
  void documentHasTheDatesKindAndFrameworkOfItsSource(NottinghamshireActivity activity,
      Framework framework, InspectionKind kind, LocalDate start, LocalDate end,
      LocalDate published, Theme focus, LocalDate sourceDate) {
    Inspection i = NottinghamshireSeeds.activity(activity);
    assertThat(i.framework()).isEqualTo(framework);
    assertThat(i.kind()).isEqualTo(kind);
    assertThat(i.start()).isEqualTo(start);
    assertThat(i.end()).isEqualTo(end);
    assertThat(i.published()).contains(published);
    assertThat(i.published()).contains(activity.letterDate());
    assertThat(i.focus()).isEqualTo(Optional.ofNullable(focus));
    assertThat(i.source()).hasValueSatisfying(s -> {
      assertThat(s.date()).isEqualTo(sourceDate);
      assertThat(s.title()).isNotBlank();
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // activity, strengths, improvement, development, priority action, satisfactory, recommendation
      "UNANNOUNCED_INSPECTION_2009,     2,  0, 7, 2, 1, 0",
      "SIF_INSPECTION_2015,             0,  0, 0, 0, 0, 15",
      "FOCUSED_VISIT_CARE_LEAVERS_2018, 9, 10, 0, 0, 0, 0",
      "ANNUAL_ENGAGEMENT_MEETING_2018,  0,  0, 0, 0, 0, 0",
      "FOCUSED_VISIT_FRONT_DOOR_2019,   0,  3, 0, 0, 0, 0",
      "STANDARD_INSPECTION_2019,        0,  4, 0, 0, 0, 0",
      "FOCUSED_VISIT_2022,              0,  3, 0, 0, 0, 0",
      "SHORT_INSPECTION_2024,           0,  3, 0, 0, 0, 0",
      "FOCUSED_VISIT_FRONT_DOOR_2025,   0,  2, 0, 0, 0, 0"})
  void documentHasAsManyFindingsOfEachKindAsItsSource(NottinghamshireActivity activity,
      int strengths, int improvement, int development, int priorityAction, int satisfactory,
      int recommendations) {
    Map<FindingKind, Integer> expected = new EnumMap<>(FindingKind.class);
    expected.put(FindingKind.STRENGTH, strengths);
    expected.put(FindingKind.AREA_FOR_IMPROVEMENT, improvement);
    expected.put(FindingKind.AREA_FOR_DEVELOPMENT, development);
    expected.put(FindingKind.AREA_FOR_PRIORITY_ACTION, priorityAction);
    expected.put(FindingKind.SATISFACTORY_AREA, satisfactory);
    expected.put(FindingKind.RECOMMENDATION, recommendations);
    Map<FindingKind, Integer> actual = new EnumMap<>(FindingKind.class);
    for (FindingKind k : FindingKind.values()) {
      actual.put(k, 0);
    }
    for (Finding f : NottinghamshireSeeds.activity(activity).findings()) {
      actual.merge(f.kind(), 1, Integer::sum);
    }
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "SIF_INSPECTION_2015, OVERALL_EFFECTIVENESS, GOOD",
      "SIF_INSPECTION_2015, HELP_AND_PROTECTION, GOOD",
      "SIF_INSPECTION_2015, CHILDREN_LOOKED_AFTER, GOOD",
      "SIF_INSPECTION_2015, ADOPTION_PERFORMANCE, GOOD",
      "SIF_INSPECTION_2015, SIF_CARE_LEAVERS, REQUIRES_IMPROVEMENT",
      "SIF_INSPECTION_2015, LEADERSHIP_MANAGEMENT_GOVERNANCE, GOOD",
      "SIF_INSPECTION_2015, LSCB_REVIEW, GOOD",
      "STANDARD_INSPECTION_2019, OVERALL_EFFECTIVENESS, GOOD",
      "STANDARD_INSPECTION_2019, IMPACT_OF_LEADERS, GOOD",
      "STANDARD_INSPECTION_2019, HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT",
      "STANDARD_INSPECTION_2019, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD",
      "SHORT_INSPECTION_2024, OVERALL_EFFECTIVENESS, GOOD",
      "SHORT_INSPECTION_2024, IMPACT_OF_LEADERS, OUTSTANDING",
      "SHORT_INSPECTION_2024, HELP_AND_PROTECTION, GOOD",
      "SHORT_INSPECTION_2024, CHILDREN_IN_CARE, GOOD",
      "SHORT_INSPECTION_2024, CARE_LEAVERS, GOOD"})
  void gradedDocumentHasTheGradesOfItsReport(NottinghamshireActivity activity,
      JudgementArea area, Grade grade) {
    assertThat(NottinghamshireSeeds.activity(activity).grade(area)).contains(grade);
  }

  @ParameterizedTest(name = "{0}: {1} judgements")
  @CsvSource({
      "UNANNOUNCED_INSPECTION_2009, 0",
      "SIF_INSPECTION_2015, 7",
      "FOCUSED_VISIT_CARE_LEAVERS_2018, 0",
      "ANNUAL_ENGAGEMENT_MEETING_2018, 0",
      "FOCUSED_VISIT_FRONT_DOOR_2019, 0",
      "STANDARD_INSPECTION_2019, 4",
      "FOCUSED_VISIT_2022, 0",
      "SHORT_INSPECTION_2024, 5",
      "FOCUSED_VISIT_FRONT_DOOR_2025, 0"})
  void documentGradesNoOtherArea(NottinghamshireActivity activity, int judgements) {
    assertThat(NottinghamshireSeeds.activity(activity).judgements()).hasSize(judgements);
  }

  @ParameterizedTest
  @EnumSource(NottinghamshireActivity.class)
  void everyFindingIsOneShortSentenceWithAtLeastOneTheme(NottinghamshireActivity activity) {
    assertThat(NottinghamshireSeeds.activity(activity).findings()).allSatisfy(f -> {
      assertThat(f.themes()).as(f.summary()).isNotEmpty();
      assertThat(f.summary()).hasSizeLessThanOrEqualTo(220).endsWith(".")
          .doesNotContain(". ").doesNotContain("\n");
    });
  }

  @ParameterizedTest
  @EnumSource(NottinghamshireActivity.class)
  void documentIsInTheCanonicalFormTheJacksonModuleWrites(NottinghamshireActivity activity)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new IlacsModule());
    JsonNode shipped;
    try (InputStream in = NottinghamshireSeeds.class.getResourceAsStream(
        activity.resourcePath())) {
      shipped = mapper.readTree(in);
    }
    JsonNode written = mapper.valueToTree(NottinghamshireSeeds.activity(activity));
    assertThat(written).isEqualTo(shipped);
  }

  @Test
  void authorityIsNottinghamshireCountyCouncil() {
    LocalAuthority la = NottinghamshireSeeds.authority();
    assertThat(la.name()).isEqualTo("Nottinghamshire");
    assertThat(la.code()).isEqualTo("891");
    assertThat(la.urn()).contains("80534");
    assertThat(la.onsCode()).contains("E10000024");
    assertThat(NottinghamshireSeeds.history().inspections())
        .allSatisfy(i -> assertThat(i.authority()).isEqualTo(la));
  }

  @Test
  void historyValidatesWithoutErrorsOrWarnings() {
    assertThat(Validator.defaults().validate(NottinghamshireSeeds.history()).violations())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(NottinghamshireActivity.class)
  void everyDocumentValidatesOnItsOwn(NottinghamshireActivity activity) {
    assertThat(Validator.defaults().validate(NottinghamshireSeeds.activity(activity))
        .violations()).isEmpty();
  }

  @Test
  void historyHoldsEveryActivityInDateOrder() {
    InspectionHistory history = NottinghamshireSeeds.history();
    assertThat(history.inspections()).isEqualTo(history.chronological());
    assertThat(history.inspections()).containsExactlyElementsOf(
        Arrays.stream(NottinghamshireActivity.values()).map(NottinghamshireSeeds::activity)
            .toList());
  }

  @Test
  void historyIsLoadedOnce() {
    assertThat(NottinghamshireSeeds.history()).isSameAs(NottinghamshireSeeds.history());
    assertThat(NottinghamshireSeeds.activity(FOCUSED_VISIT_2022))
        .isSameAs(NottinghamshireSeeds.history().inspections().get(FOCUSED_VISIT_2022.ordinal()));
  }

  @Test
  void activityCanBeLookedUpByName() {
    assertThat(NottinghamshireSeeds.activity("2019-10-standard-inspection"))
        .isSameAs(NottinghamshireSeeds.activity(STANDARD_INSPECTION_2019));
    assertThat(NottinghamshireSeeds.activity("ANNUAL_ENGAGEMENT_MEETING_2018"))
        .isSameAs(NottinghamshireSeeds.activity(ANNUAL_ENGAGEMENT_MEETING_2018));
  }

  @Test
  void unknownActivityNameIsRejectedWithTheKnownNames() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NottinghamshireSeeds.activity("2020-09-interim-visit"))
        .withMessageContaining("2020-09-interim-visit")
        .withMessageContaining("2019-10-standard-inspection");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // theme, the documents raising it for improvement, by start date
      "SUPERVISION_AND_MANAGEMENT_OVERSIGHT, 2009-10-08 2018-01-30 2022-04-26 2025-11-26",
      "AUDIT_AND_QUALITY_ASSURANCE,          2009-10-08 2018-01-30 2019-01-09 2022-04-26",
      "STRATEGY_DISCUSSIONS,      2009-10-08 2015-05-11 2019-01-09 2019-10-07 2024-05-20"})
  void recurringThemesLinkTheLettersAcrossYears(Theme theme, String starts) {
    assertThat(NottinghamshireSeeds.history().recurringThemes())
        .filteredOn(r -> r.theme() == theme)
        .singleElement()
        .satisfies(r -> assertThat(r.occurrences().stream()
            .map(o -> o.inspection().start().toString()).distinct())
            .containsExactly(starts.split(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      // activity, public address of the source (reports: the national outcomes table's
      // report_url; letters: none is recorded)
      "UNANNOUNCED_INSPECTION_2009, -",
      "SIF_INSPECTION_2015, https://files.ofsted.gov.uk/v1/file/50004299",
      "FOCUSED_VISIT_CARE_LEAVERS_2018, -",
      "ANNUAL_ENGAGEMENT_MEETING_2018, -",
      "FOCUSED_VISIT_FRONT_DOOR_2019, -",
      "STANDARD_INSPECTION_2019, https://files.ofsted.gov.uk/v1/file/50135440",
      "FOCUSED_VISIT_2022, -",
      "SHORT_INSPECTION_2024, https://files.ofsted.gov.uk/v1/file/50252254",
      "FOCUSED_VISIT_FRONT_DOOR_2025, -"})
  void documentRecordsTheAddressOfItsSourceOnlyWhereOneIsKnown(NottinghamshireActivity activity,
      String url) {
    assertThat(NottinghamshireSeeds.activity(activity).source())
        .hasValueSatisfying(s -> assertThat(s.url()).isEqualTo(Optional.ofNullable(url)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(nullValues = "-", value = {
      // activity, area, findings tied to it (counted by hand from the report's paragraph
      // references, or from the section a letter's finding belongs to)
      "SIF_INSPECTION_2015, SIF_CARE_LEAVERS, 5",
      "SIF_INSPECTION_2015, HELP_AND_PROTECTION, 5",
      "SIF_INSPECTION_2015, CHILDREN_LOOKED_AFTER, 1",
      "SIF_INSPECTION_2015, LSCB_REVIEW, 4",
      "SIF_INSPECTION_2015, -, 0",
      "FOCUSED_VISIT_FRONT_DOOR_2019, HELP_AND_PROTECTION, 3",
      "SHORT_INSPECTION_2024, HELP_AND_PROTECTION, 1",
      "SHORT_INSPECTION_2024, CHILDREN_IN_CARE, 1",
      "SHORT_INSPECTION_2024, CARE_LEAVERS, 1",
      "FOCUSED_VISIT_FRONT_DOOR_2025, HELP_AND_PROTECTION, 2"})
  void findingsAreTiedToTheAreasTheirSourceTiesThemTo(NottinghamshireActivity activity,
      JudgementArea area, int count) {
    assertThat(NottinghamshireSeeds.activity(activity).findings())
        .filteredOn(f -> f.area().equals(Optional.ofNullable(area)))
        .hasSize(count);
  }
}

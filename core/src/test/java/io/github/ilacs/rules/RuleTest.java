package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RuleTest {
  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasAWellFormedCodeADescriptionAndFrameworks(Rule rule) {
    assertThat(rule.code()).matches("R[1-6]\\d\\d");
    assertThat(rule.description()).isNotBlank();
    assertThat(rule.frameworks()).isNotEmpty();
    assertThat(Rule.find(rule.code())).contains(rule);
  }

  @Test
  void codesAreUniqueAndInCatalogueOrder() {
    List<String> codes = Arrays.stream(Rule.values()).map(Rule::code).toList();
    assertThat(codes).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void findIgnoresCaseAndSpacesAndIsEmptyForUnknownCodes() {
    assertThat(Rule.find(" r201 ")).contains(Rule.REQUIRED_AREAS_GRADED);
    assertThat(Rule.find("R999")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "R201, SLAC_2009 CSA_2009 LAC_2012 ILACS_2018 ILACS_2023 ILACS_2026",
      "R202, SIF_2013",
      "R301, SIF_2013 ILACS_2018 ILACS_2023",
      "R302, SIF_2013 ILACS_2018 ILACS_2023",
      "R402, ILACS_2018 ILACS_2023 ILACS_2026",
  })
  void frameworksComeFromTheFrameworkData(String code, String frameworks) {
    EnumSet<Framework> expected = EnumSet.noneOf(Framework.class);
    for (String f : frameworks.split(" ")) {
      expected.add(Framework.valueOf(f));
    }
    assertThat(Rule.find(code).orElseThrow().frameworks()).isEqualTo(expected);
  }

  @Test
  void missingAreasAreErrorsForIlacsButWarningsForTheSif() {
    assertThat(Rule.REQUIRED_AREAS_GRADED.severity()).isEqualTo(Severity.ERROR);
    assertThat(Rule.SIF_AREAS_GRADED.severity()).isEqualTo(Severity.WARNING);
    assertThat(Rule.REQUIRED_AREAS_GRADED.frameworks())
        .doesNotContainAnyElementsOf(Rule.SIF_AREAS_GRADED.frameworks());
  }

  @Test
  void historyRulesApplyToEveryFramework() {
    for (Rule r : Rule.values()) {
      if (r.scope() == Rule.Scope.HISTORY) {
        assertThat(r.frameworks()).as(r.code()).isEqualTo(EnumSet.allOf(Framework.class));
        assertThat(r.code()).startsWith("R6");
      } else {
        assertThat(r.code()).doesNotStartWith("R6");
      }
    }
  }

  /** Working days on the England and Wales calendar, both ends included. */
  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource({"2019-10-07, 2019-10-18, 10", "2019-10-12, 2019-10-13, 0",
      "2019-10-11, 2019-10-14, 2", "2019-10-07, 2019-10-07, 1", "2019-10-08, 2019-10-07, 0",
      // the spring bank holiday of 25 May 2015 is not an on-site day
      "2015-05-11, 2015-06-04, 18",
      // nor are Good Friday and Easter Monday 2020 or Christmas and Boxing Day 2023
      "2020-04-06, 2020-04-17, 8", "2023-12-18, 2023-12-29, 8",
      // a fortnight with no holiday in it
      "2023-11-06, 2023-11-17, 10"})
  void onSiteLengthCountsWorkingDaysBothEndsIncluded(String start, String end, int days) {
    assertThat(InspectionRules.workingDaysOnSite(java.time.LocalDate.parse(start),
        java.time.LocalDate.parse(end))).isEqualTo(days);
  }

  @Test
  void nullArgumentsAreRefusedNamingThem() {
    org.assertj.core.api.Assertions.assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Rule.find(null)).withMessageContaining("code");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Rule.USUAL_ON_SITE_LENGTH.appliesTo(null))
        .withMessageContaining("framework");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ValidationReport.empty().violationsOf(null))
        .withMessageContaining("rule");
    assertThat(Rule.find(" r401 ")).contains(Rule.USUAL_ON_SITE_LENGTH);
  }

  /** The focus rules read the kind roles of the vocabulary, as the pathway forecast does. */
  @Test
  void focusRulesReadTheKindRolesOfTheVocabulary() {
    assertThat(InspectionRules.FOCUS_REQUIRED_KINDS).containsExactlyInAnyOrder(
        io.github.ilacs.InspectionKind.FOCUSED_VISIT,
        io.github.ilacs.InspectionKind.JOINT_TARGETED_AREA_INSPECTION,
        io.github.ilacs.InspectionKind.FRONT_DOOR_JTAI);
    assertThat(InspectionRules.FOCUS_ALLOWED_KINDS)
        .contains(io.github.ilacs.InspectionKind.MONITORING_VISIT)
        .containsAll(InspectionRules.FOCUS_REQUIRED_KINDS);
  }

  /** Dates outside the calendar's years never make validation throw: R101 reports them. */
  @Test
  void validatingAnInspectionFromBeforeTheCalendarReportsRatherThanThrows() {
    io.github.ilacs.Inspection old = io.github.ilacs.Inspection.builder()
        .from(Fixtures.standard2023().build()).start(java.time.LocalDate.of(1900, 1, 1))
        .end(java.time.LocalDate.of(1900, 1, 12)).published(java.time.LocalDate.of(1900, 2, 20))
        .build();
    ValidationReport report = Validator.defaults().validate(old);
    assertThat(report.violations()).extracting(Violation::code).contains("R101")
        .doesNotContain("R401");
  }
}

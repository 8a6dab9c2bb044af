package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  /** Not in force (R101), missing care leavers (R201), starts on a Tuesday (R402). */
  private static final Inspection BROKEN = Inspection.builder()
      .from(Fixtures.standard2023().start(LocalDate.of(2022, 11, 8))
          .end(LocalDate.of(2022, 11, 21)).build())
      .judgements(Fixtures.standard2023().build().judgements().stream()
          .filter(j -> j.area() != JudgementArea.CARE_LEAVERS).toList())
      .build();

  @Test
  void defaultsCheckEveryRuleAndReportEveryBrokenOneAtOnce() {
    assertThat(Validator.defaults().rules()).containsExactly(Rule.values());
    ValidationReport report = Validator.defaults().validate(BROKEN);
    assertThat(report.violations()).extracting(Violation::code)
        .containsExactly("R201", "R101", "R402");
    assertThat(report.toString()).contains(
        "ERROR R201 /judgements: ILACS_2023 STANDARD_INSPECTION does not grade CARE_LEAVERS",
        "ERROR R101 /start: ILACS_2023 was in force from 2023-01-01 to 2026-03-31, not on"
            + " 2022-11-08",
        "WARNING R402 /start: the STANDARD_INSPECTION starts on TUESDAY 2022-11-08");
  }

  @Test
  void aValidInspectionGivesACleanReport() {
    assertThat(Validator.defaults().validate(Fixtures.standard2023().build()).hasNoViolations()).isTrue();
  }

  @Test
  void onlyChecksTheChosenRules() {
    Validator v = Validator.only(Rule.STARTS_ON_MONDAY);
    assertThat(v.validate(BROKEN).violations()).extracting(Violation::code)
        .containsExactly("R402");
    assertThat(v).hasToString("Validator[R402]");
  }

  @Test
  void ofTakesASetOfRules() {
    Validator v = Validator.of(EnumSet.of(Rule.FRAMEWORK_IN_FORCE, Rule.STARTS_ON_MONDAY));
    assertThat(v.validate(BROKEN).violations()).extracting(Violation::code)
        .containsExactly("R101", "R402");
    assertThat(Validator.of(Set.of()).validate(BROKEN).hasNoViolations()).isTrue();
  }

  @Test
  void allExceptLeavesRulesOut() {
    Validator v = Validator.allExcept(Rule.STARTS_ON_MONDAY, Rule.FRAMEWORK_IN_FORCE);
    assertThat(v.rules()).hasSize(Rule.values().length - 2)
        .doesNotContain(Rule.STARTS_ON_MONDAY, Rule.FRAMEWORK_IN_FORCE);
    assertThat(v.validate(BROKEN).violations()).extracting(Violation::code)
        .containsExactly("R201");
  }

  @Test
  void aRuleOnlyRunsForTheFrameworksItAppliesTo() {
    Inspection sifOverallOnly = Inspection.builder().from(Fixtures.sif2015().build())
        .judgements(List.of()).judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD).build();
    assertThat(Rule.REQUIRED_AREAS_GRADED.appliesTo(Framework.SIF_2013)).isFalse();
    assertThat(Validator.only(Rule.REQUIRED_AREAS_GRADED).validate(sifOverallOnly).hasNoViolations())
        .isTrue();
    assertThat(Validator.defaults().validate(sifOverallOnly).hasErrors()).isFalse();
  }

  @Test
  void aHistoryReportsItsInspectionsUnderTheirIndex() {
    Inspection good = Fixtures.full(Framework.ILACS_2018, InspectionKind.STANDARD_INSPECTION,
        LocalDate.of(2019, 1, 7), Grade.GOOD);
    InspectionHistory history = InspectionHistory.of(Fixtures.AUTHORITY, List.of(good, BROKEN));
    ValidationReport report = Validator.defaults().validate(history);
    assertThat(report.violations()).extracting(Violation::path).containsExactly(
        "/inspections/1/judgements", "/inspections/1/start", "/inspections/1/start");
    assertThat(report.violations()).extracting(Violation::code)
        .containsExactly("R201", "R101", "R402");
  }

  @Test
  void historyRulesDoNotRunOnASingleInspection() {
    Inspection monitoring = Fixtures.visit(Framework.ILACS_2018, InspectionKind.MONITORING_VISIT,
        LocalDate.of(2019, 6, 4));
    assertThat(Validator.defaults().validate(monitoring).hasNoViolations()).isTrue();
    assertThat(Validator.defaults().validate(
        InspectionHistory.of(Fixtures.AUTHORITY, List.of(monitoring))).violations())
        .extracting(Violation::code).containsExactly("R604");
  }

  @Test
  void activitiesOnSiteOnTheSameDayAreReportedOnceAsAGroup() {
    Inspection good = Fixtures.full(Framework.ILACS_2018, InspectionKind.STANDARD_INSPECTION,
        LocalDate.of(2019, 1, 7), Grade.GOOD);
    List<Inspection> list = new java.util.ArrayList<>(List.of(good));
    for (int n = 0; n < 12; n++) {
      list.add(Fixtures.visit(Framework.ILACS_2018, InspectionKind.ANNUAL_ENGAGEMENT_MEETING,
          LocalDate.of(2019, 6, 4)));
    }
    list.add(Fixtures.visit(Framework.ILACS_2018, InspectionKind.ANNUAL_ENGAGEMENT_MEETING,
        LocalDate.of(2019, 6, 5)));
    ValidationReport report = Validator.only(Rule.NO_OVERLAPPING_ACTIVITY)
        .validate(InspectionHistory.of(Fixtures.AUTHORITY, list));
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/inspections/2/start");
      assertThat(v.message()).startsWith("the ANNUAL_ENGAGEMENT_MEETING on site 2019-06-04 to"
          + " 2019-06-04 overlaps the ANNUAL_ENGAGEMENT_MEETING on site 2019-06-04 to 2019-06-04"
          + " (/inspections/1); 12 activities in all are on site between 2019-06-04 and"
          + " 2019-06-04: /inspections/1, /inspections/2, /inspections/3, /inspections/4,"
          + " /inspections/5 and 7 more");
    });
  }

  @Test
  void aRuleReportsAtMostAHundredViolationsAndSaysHowManyMore() {
    Inspection elsewhere = Inspection.builder().from(Fixtures.visit(Framework.ILACS_2018,
        InspectionKind.ANNUAL_ENGAGEMENT_MEETING, LocalDate.of(2019, 6, 4)))
        .authority(io.github.ilacs.LocalAuthority.of("Elsewhere", "999")).build();
    InspectionHistory history = InspectionHistory.of(Fixtures.AUTHORITY,
        java.util.Collections.nCopies(150, elsewhere));
    ValidationReport report = Validator.only(Rule.ONE_AUTHORITY).validate(history);
    assertThat(report.violationsOf(Rule.ONE_AUTHORITY)).hasSize(100);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.toString()).endsWith(
        "\nERROR R601: and 50 more violations of R601 not listed (at most 100 per rule)");
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Validator.defaults().validate((Inspection) nothing()))
        .withMessageContaining("inspection");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Validator.defaults().validate((InspectionHistory) nothing()))
        .withMessageContaining("history");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Validator.of(nothing())).withMessageContaining("rules");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Validator.only(Rule.ONE_AUTHORITY, null))
        .withMessageContaining("rules");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Validator.of(new java.util.HashSet<>(Arrays.asList((Rule) null))))
        .withMessageContaining("rules");
  }

  @SuppressWarnings("unchecked")
  private static <T> T nothing() {
    return (T) null;
  }
}

package io.github.ilacs;

import static io.github.ilacs.JudgementArea.ADOPTION_PERFORMANCE;
import static io.github.ilacs.JudgementArea.CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.CHILDREN_LOOKED_AFTER;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static io.github.ilacs.JudgementArea.SIF_CARE_LEAVERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FrameworkTest {

  @ParameterizedTest(name = "{1} starting {0} -> {2}")
  @CsvSource(nullValues = "none", value = {
      // 1 November 2013: the SIF begins
      "2013-10-31, SIF_INSPECTION, none",
      "2013-11-01, SIF_INSPECTION, SIF_2013",
      "2013-10-31, LAC_INSPECTION, LAC_2012",
      "2013-11-01, LAC_INSPECTION, none",
      // January 2018: ILACS begins; SIF re-inspections continue to August 2018
      "2017-12-31, STANDARD_INSPECTION, none",
      "2018-01-01, STANDARD_INSPECTION, ILACS_2018",
      "2018-01-30, FOCUSED_VISIT, ILACS_2018",
      "2018-06-11, SIF_INSPECTION, SIF_2013",
      "2018-09-01, SIF_INSPECTION, none",
      "2018-03-01, MONITORING_VISIT, ILACS_2018",
      "2017-03-01, MONITORING_VISIT, SIF_2013",
      // 1 January 2023: care leavers judged separately
      "2022-12-31, SHORT_INSPECTION, ILACS_2018",
      "2023-01-01, SHORT_INSPECTION, ILACS_2023",
      // 1 April 2026: no overall effectiveness
      "2026-03-31, STANDARD_INSPECTION, ILACS_2023",
      "2026-04-01, STANDARD_INSPECTION, ILACS_2026",
      "2030-01-01, FOCUSED_VISIT, ILACS_2026",
      // the earlier and parallel frameworks
      "2009-10-08, UNANNOUNCED_INSPECTION, UCRA_2009",
      "2010-03-01, SLAC_INSPECTION, SLAC_2009",
      "2016-01-31, JOINT_TARGETED_AREA_INSPECTION, none",
      "2016-02-01, JOINT_TARGETED_AREA_INSPECTION, JTAI_2016",
      "2020-10-01, INTERIM_VISIT, ILACS_2018",
      "2023-10-01, INTERIM_VISIT, none"})
  void inForceOnPicksTheVersionForTheDateAndKind(LocalDate date, InspectionKind kind,
      String expected) {
    assertThat(Framework.inForceOn(date, kind))
        .isEqualTo(Optional.ofNullable(expected).map(Framework::valueOf));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Framework.class)
  void frameworkIsInForceOnItsFirstDayAndNotTheDayBefore(Framework framework) {
    assertThat(framework.isInForceOn(framework.inForceFrom())).isTrue();
    assertThat(framework.isInForceOn(framework.inForceFrom().minusDays(1))).isFalse();
    framework.inForceUntil().ifPresent(until -> {
      assertThat(framework.isInForceOn(until)).isTrue();
      assertThat(framework.isInForceOn(until.plusDays(1))).isFalse();
    });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Framework.class)
  void eachKindOfAFrameworkResolvesToAFrameworkOnItsFirstDay(Framework framework) {
    for (InspectionKind kind : framework.kinds()) {
      assertThat(Framework.inForceOn(framework.inForceFrom(), kind)).isPresent();
    }
  }

  @org.junit.jupiter.api.Test
  void gradedAreasFollowEachVersion() {
    assertThat(Framework.ILACS_2018.gradedAreas()).containsExactly(OVERALL_EFFECTIVENESS,
        IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE_AND_CARE_LEAVERS);
    assertThat(Framework.ILACS_2023.gradedAreas()).containsExactly(OVERALL_EFFECTIVENESS,
        IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS);
    assertThat(Framework.ILACS_2026.gradedAreas()).containsExactly(IMPACT_OF_LEADERS,
        HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS);
    assertThat(Framework.SIF_2013.gradedAreas()).containsExactly(OVERALL_EFFECTIVENESS,
        HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER, ADOPTION_PERFORMANCE, SIF_CARE_LEAVERS,
        LEADERSHIP_MANAGEMENT_GOVERNANCE);
    assertThat(Framework.SIF_2013.optionalAreas()).containsExactly(JudgementArea.LSCB_REVIEW);
    assertThat(Framework.UCRA_2009.gradedAreas()).isEmpty();
    assertThat(Framework.JTAI_2016.gradedAreas()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void overallRulesFollowTheAreas() {
    assertThat(Framework.ILACS_2018.overallDrivers())
        .containsExactlyInAnyOrder(HELP_AND_PROTECTION, CHILDREN_IN_CARE_AND_CARE_LEAVERS);
    assertThat(Framework.ILACS_2023.overallDrivers())
        .containsExactlyInAnyOrder(HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS);
    assertThat(Framework.ILACS_2023.overallRangeAreas()).containsExactlyInAnyOrder(
        IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS);
    assertThat(Framework.SIF_2013.overallDrivers()).containsExactlyInAnyOrder(
        HELP_AND_PROTECTION, CHILDREN_LOOKED_AFTER, LEADERSHIP_MANAGEMENT_GOVERNANCE);
    assertThat(Framework.ILACS_2026.overallDrivers()).isEmpty();
    assertThat(Framework.ILACS_2026.isOverallEffectivenessGraded()).isFalse();
    assertThat(Framework.ILACS_2023.isOverallEffectivenessGraded()).isTrue();
  }

  @ParameterizedTest(name = "{0} labels grade 3 as {1}")
  @CsvSource({
      "UCRA_2009, Adequate",
      "SLAC_2009, Adequate",
      "LAC_2012, Adequate",
      "SIF_2013, Requires improvement to be good",
      "ILACS_2018, Requires improvement to be good",
      "ILACS_2023, Requires improvement to be good",
      "ILACS_2026, Requires improvement to be good"})
  void labelsDependOnTheFramework(Framework framework, String gradeThree) {
    assertThat(List.of(Grade.values()).stream().map(framework::label))
        .containsExactly("Outstanding", "Good", gradeThree, "Inadequate");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Framework.class)
  void findReadsConstantNamesInAnyCase(Framework framework) {
    assertThat(Framework.find(framework.name().toLowerCase(java.util.Locale.ROOT)))
        .contains(framework);
    assertThat(Framework.find("ILACS_1999")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void laterVersionsKeepWhatDidNotChange() {
    assertThat(Framework.ILACS_2023.findingKinds()).isEqualTo(Framework.ILACS_2018.findingKinds());
    assertThat(Framework.ILACS_2026.kinds()).isEqualTo(Framework.ILACS_2023.kinds());
    assertThat(Framework.ILACS_2018.kinds()).contains(InspectionKind.INTERIM_VISIT);
    assertThat(Framework.ILACS_2023.kinds()).doesNotContain(InspectionKind.INTERIM_VISIT);
    assertThat(Framework.ILACS_2026.inForceUntil()).isEmpty();
    assertThat(Framework.ILACS_2023.inForceUntil()).contains(LocalDate.of(2026, 3, 31));
  }
}

package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each framework version as data: its kinds, areas, scale, notices and the titles it prints. */
class FrameworkVersionsTest {
  private static <E extends Enum<E>> Set<E> set(Class<E> type, String names) {
    Set<E> out = EnumSet.noneOf(type);
    if (!names.isBlank()) {
      Arrays.stream(names.trim().split("\\s+")).map(n -> Enum.valueOf(type, n)).forEach(out::add);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "UCRA_2009  | 2009-06-01 | 2012-05-31 | UNANNOUNCED_INSPECTION | Adequate",
      "SLAC_2009  | 2009-04-01 | 2012-05-31 | SLAC_INSPECTION | Adequate",
      "CSA_2009   | 2009-01-01 | 2011-12-31 | ANNUAL_ASSESSMENT | Performs adequately",
      "LAC_2012   | 2012-06-01 | 2013-10-31 | LAC_INSPECTION | Adequate",
      "CP_2012    | 2012-06-01 | 2013-10-31 | CHILD_PROTECTION_INSPECTION | Adequate",
      "SIF_2013   | 2013-11-01 | 2018-08-31 | SIF_INSPECTION MONITORING_VISIT ACTION_PLANNING_VISIT"
          + " LSCB_REVIEW | Requires improvement to be good",
      "TLAI_2016  | 2016-01-01 | 2018-08-31 | TARGETED_INSPECTION | Requires improvement to be good",
      "JTAI_2016  | 2016-02-01 | 2020-03-16 | JOINT_TARGETED_AREA_INSPECTION"
          + " | Requires improvement to be good",
      "JTAI_2022  | 2022-01-01 | -          | JOINT_TARGETED_AREA_INSPECTION FRONT_DOOR_JTAI"
          + " | Requires improvement to be good",
      "ILACS_2018 | 2018-01-01 | 2022-12-31 | STANDARD_INSPECTION SHORT_INSPECTION FOCUSED_VISIT"
          + " MONITORING_VISIT ACTION_PLANNING_VISIT ANNUAL_ENGAGEMENT_MEETING INTERIM_VISIT"
          + " | Requires improvement to be good",
      "ILACS_2023 | 2023-01-01 | 2026-03-31 | STANDARD_INSPECTION SHORT_INSPECTION FOCUSED_VISIT"
          + " MONITORING_VISIT ACTION_PLANNING_VISIT ANNUAL_ENGAGEMENT_MEETING"
          + " | Requires improvement to be good",
      "ILACS_2026 | 2026-04-01 | -          | STANDARD_INSPECTION SHORT_INSPECTION FOCUSED_VISIT"
          + " MONITORING_VISIT ACTION_PLANNING_VISIT ANNUAL_ENGAGEMENT_MEETING"
          + " | Requires improvement to be good",
  })
  void periodKindsAndThirdGradeLabel(Framework f, LocalDate from, LocalDate until, String kinds,
      String thirdGrade) {
    assertThat(f.inForceFrom()).isEqualTo(from);
    assertThat(f.inForceUntil().orElse(null)).isEqualTo(until);
    assertThat(f.kinds()).isEqualTo(set(InspectionKind.class, kinds));
    assertThat(f.label(Grade.REQUIRES_IMPROVEMENT)).isEqualTo(thirdGrade);
    assertThat(f.parseGrade(thirdGrade)).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "SLAC_2009  | SLAC_INSPECTION | SAFEGUARDING_SERVICES LOOKED_AFTER_CHILDREN_SERVICES"
          + " | CAPACITY_TO_IMPROVE OUTCOMES_FOR_LOOKED_AFTER_CHILDREN QUALITY_OF_PROVISION"
          + " LEADERSHIP_AND_MANAGEMENT | true",
      "CSA_2009   | ANNUAL_ASSESSMENT | CHILDREN_SERVICES_RATING | | true",
      "LAC_2012   | LAC_INSPECTION | OVERALL_EFFECTIVENESS | CAPACITY_TO_IMPROVE"
          + " OUTCOMES_FOR_LOOKED_AFTER_CHILDREN QUALITY_OF_PROVISION LEADERSHIP_AND_MANAGEMENT"
          + " | true",
      "CP_2012    | CHILD_PROTECTION_INSPECTION | | | false",
      "SIF_2013   | SIF_INSPECTION | OVERALL_EFFECTIVENESS HELP_AND_PROTECTION"
          + " CHILDREN_LOOKED_AFTER ADOPTION_PERFORMANCE SIF_CARE_LEAVERS"
          + " LEADERSHIP_MANAGEMENT_GOVERNANCE | LSCB_REVIEW | true",
      "SIF_2013   | LSCB_REVIEW | LSCB_REVIEW | | true",
      "SIF_2013   | MONITORING_VISIT | | | true",
      "TLAI_2016  | TARGETED_INSPECTION | | | true",
      "JTAI_2022  | FRONT_DOOR_JTAI | | | true",
      "ILACS_2018 | STANDARD_INSPECTION | OVERALL_EFFECTIVENESS IMPACT_OF_LEADERS"
          + " HELP_AND_PROTECTION CHILDREN_IN_CARE_AND_CARE_LEAVERS | | true",
      "ILACS_2023 | SHORT_INSPECTION | OVERALL_EFFECTIVENESS IMPACT_OF_LEADERS"
          + " HELP_AND_PROTECTION CHILDREN_IN_CARE CARE_LEAVERS | | true",
      "ILACS_2026 | STANDARD_INSPECTION | IMPACT_OF_LEADERS HELP_AND_PROTECTION CHILDREN_IN_CARE"
          + " CARE_LEAVERS | | true",
      "ILACS_2026 | FOCUSED_VISIT | | | true",
  })
  void gradedAndOptionalAreasPerKind(Framework f, InspectionKind kind, String graded,
      String optional, boolean known) {
    assertThat(f.gradedAreas(kind)).containsExactlyElementsOf(
        set(JudgementArea.class, graded == null ? "" : graded));
    assertThat(f.optionalAreas(kind)).isEqualTo(
        set(JudgementArea.class, optional == null ? "" : optional));
    assertThat(f.areGradedAreasKnown(kind)).isEqualTo(known);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "ILACS_2018, STANDARD_INSPECTION, false",
      "ILACS_2023, SHORT_INSPECTION, false",
      "ILACS_2026, STANDARD_INSPECTION, false",
      "ILACS_2026, FOCUSED_VISIT, true",
      "ILACS_2026, MONITORING_VISIT, true",
      "SIF_2013, SIF_INSPECTION, false",
      "UCRA_2009, UNANNOUNCED_INSPECTION, true",
      "LAC_2012, LAC_INSPECTION, false",
  })
  void areasForPriorityActionBelongToLetters(Framework f, InspectionKind kind, boolean allowed) {
    assertThat(f.findingKinds(kind).contains(FindingKind.AREA_FOR_PRIORITY_ACTION))
        .isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "SLAC_2009  | IMMEDIATELY WITHIN_THREE_MONTHS WITHIN_SIX_MONTHS",
      "LAC_2012   | IMMEDIATELY WITHIN_THREE_MONTHS WITHIN_SIX_MONTHS",
      "CP_2012    | ''",
      "SIF_2013   | ''",
      "ILACS_2026 | ''",
  })
  void timescalesOfTheReportsOf2009To2013(Framework f, String timescales) {
    assertThat(f.findingTimescales()).isEqualTo(set(Timescale.class, timescales));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "UNANNOUNCED_INSPECTION         | UNANNOUNCED             | -",
      "SLAC_INSPECTION                | WORKING_DAYS            | 10",
      "SIF_INSPECTION                 | UNANNOUNCED             | -",
      "JOINT_TARGETED_AREA_INSPECTION | WORKING_DAYS            | 10",
      "FRONT_DOOR_JTAI                | WORKING_DAYS            | 10",
      "SHORT_INSPECTION               | CALL_IN_THE_WEEK_BEFORE | -",
      "STANDARD_INSPECTION            | CALL_IN_THE_WEEK_BEFORE | -",
      "FOCUSED_VISIT                  | UNKNOWN                 | -",
      "MONITORING_VISIT               | UNKNOWN                 | -",
      "ACTION_PLANNING_VISIT          | UNKNOWN                 | -",
      "ANNUAL_ENGAGEMENT_MEETING      | UNKNOWN                 | -",
      "LAC_INSPECTION                 | UNKNOWN                 | -",
      "CHILD_PROTECTION_INSPECTION    | UNKNOWN                 | -",
      "TARGETED_INSPECTION            | UNKNOWN                 | -",
      "LSCB_REVIEW                    | UNKNOWN                 | -",
      "INTERIM_VISIT                  | UNKNOWN                 | -",
      "ANNUAL_ASSESSMENT              | NOT_A_VISIT             | -",
  })
  void noticePerKindOrUnknown(InspectionKind kind, Notice.Type type, Integer days) {
    Notice n = kind.notice();
    assertThat(n.type()).isEqualTo(type);
    assertThat(n.workingDays().isPresent() ? n.workingDays().getAsInt() : null).isEqualTo(days);
    assertThat(n.isKnown()).isEqualTo(n.source().isPresent())
        .isEqualTo(type != Notice.Type.UNKNOWN && type != Notice.Type.NOT_A_VISIT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Children who need help and protection | HELP_AND_PROTECTION",
      "Review of the effectiveness of the Local Safeguarding Children Board | LSCB_REVIEW",
      "Review of the Local Safeguarding Children Board | LSCB_REVIEW",
      "Capacity to improve | CAPACITY_TO_IMPROVE",
      "capacity for improvement | CAPACITY_TO_IMPROVE",
      "Outcomes for looked after children and  young people | OUTCOMES_FOR_LOOKED_AFTER_CHILDREN",
      "Quality of provision | QUALITY_OF_PROVISION",
      "Leadership and management | LEADERSHIP_AND_MANAGEMENT",
      "Overall effectiveness of services for looked after children and young people"
          + " | LOOKED_AFTER_CHILDREN_SERVICES",
  })
  void realTitlesAreParsed(String title, JudgementArea area) {
    assertThat(JudgementArea.find(title)).contains(area);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "SIF_2013   | HELP_AND_PROTECTION | Children who need help and protection",
      "SIF_2013   | LSCB_REVIEW | Review of the effectiveness of the Local Safeguarding Children Board",
      "LAC_2012   | CAPACITY_TO_IMPROVE | Capacity to improve",
  })
  void eachVersionPrintsItsOwnTitles(Framework f, JudgementArea area, String title) {
    assertThat(f.areaTitle(area)).isEqualTo(title);
    assertThat(JudgementArea.find(title)).contains(area);
  }

  @Test
  void ilacsPrintsTheAreasOwnTitle() {
    JudgementArea help = JudgementArea.HELP_AND_PROTECTION;
    assertThat(Framework.ILACS_2018.areaTitle(help)).isEqualTo(help.title())
        .isNotEqualTo(Framework.SIF_2013.areaTitle(help));
  }

  @Test
  void aTitleNoReportPrintsIsNotParsed() {
    assertThat(JudgementArea.find("Children who need help")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Performs excellently | OUTSTANDING", "performs well | GOOD", "Adequate | REQUIRES_IMPROVEMENT",
      "Performs poorly | INADEQUATE", "poor | INADEQUATE",
  })
  void theAnnualAssessmentHasItsOwnScale(String label, Grade grade) {
    assertThat(Framework.CSA_2009.parseGrade(label)).isEqualTo(grade);
  }

  @Test
  void theAnnualAssessmentReadsNoNumbers() {
    assertThat(GradeScale.ASSESSMENT_SCALE.find("1")).isEmpty();
    assertThat(GradeScale.ADEQUATE_SCALE.find("1")).contains(Grade.OUTSTANDING);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Immediately: | IMMEDIATELY", "Within three months: | WITHIN_THREE_MONTHS",
      "within  six months | WITHIN_SIX_MONTHS", "WITHIN_SIX_MONTHS | WITHIN_SIX_MONTHS",
  })
  void timescaleHeadingsAreParsed(String text, Timescale due) {
    assertThat(Timescale.find(text)).contains(due);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "(outcome 3, national framework) | outcome 3",
      "Enabler 1 | enabler 1",
      "principle 12 | principle 12",
      "outcome 0 | -",
      "outcome three | -",
      "national framework | -",
  })
  void nationalFrameworkCrossReferences(String text, String label) {
    assertThat(NationalFrameworkReference.find(text).map(NationalFrameworkReference::label)
        .orElse(null)).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2016-03-15 | EXPLOITATION_AND_MISSING_2016",
      "2017-06-01 | NEGLECT_2017",
      "2020-06-01 | ''",
      "2021-11-30 | ''",
      "2022-02-01 | FRONT_DOOR_2022",
      "2022-10-03 | FRONT_DOOR_2022 CRIMINAL_EXPLOITATION_2022 EARLY_HELP_2022",
  })
  void jtaiSeriesByPeriodWithTheCovidPause(LocalDate day, String series) {
    assertThat(JtaiSeries.ranOnDay(day)).containsExactlyElementsOf(
        set(JtaiSeries.class, series));
  }

  @Test
  void hmiProbationLeftTheFrontDoorSeriesAndCameBackForLaterThemes() {
    assertThat(JtaiSeries.NEGLECT_2017.partners()).contains(Inspectorate.HMI_PROBATION);
    assertThat(JtaiSeries.FRONT_DOOR_2022.partners()).doesNotContain(Inspectorate.HMI_PROBATION)
        .contains(Inspectorate.OFSTED, Inspectorate.CQC, Inspectorate.HMICFRS);
    assertThat(JtaiSeries.SERIOUS_YOUTH_VIOLENCE_2023.partners())
        .contains(Inspectorate.HMI_PROBATION);
    assertThat(Framework.inForceOn(LocalDate.of(2020, 6, 1),
        InspectionKind.JOINT_TARGETED_AREA_INSPECTION)).isEmpty();
    assertThat(Framework.inForceOn(LocalDate.of(2022, 10, 3), InspectionKind.FRONT_DOOR_JTAI))
        .contains(Framework.JTAI_2022);
  }

  @Test
  void ilacs2026StaysInForceWithThe2027PlanNotedAndNothingElseAnnounced() {
    assertThat(Framework.ILACS_2026.inForceUntil()).isEmpty();
    assertThat(Framework.ILACS_2026.isInForceOn(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(Framework.ILACS_2026.announcedChange()).hasValueSatisfying(
        s -> assertThat(s).contains("2027").contains("not known"));
    List<Framework> others = Arrays.stream(Framework.values())
        .filter(f -> f != Framework.ILACS_2026 && f.announcedChange().isPresent()).toList();
    assertThat(others).isEmpty();
  }

  @Test
  void laterVersionsKeepWhatDidNotChange() {
    assertThat(Framework.LAC_2012.optionalAreas()).isEqualTo(Framework.SLAC_2009.optionalAreas());
    assertThat(Framework.JTAI_2022.findingKinds()).isEqualTo(Framework.JTAI_2016.findingKinds());
    assertThat(Framework.ILACS_2026.findingKinds(InspectionKind.STANDARD_INSPECTION))
        .isEqualTo(Framework.ILACS_2018.findingKinds(InspectionKind.STANDARD_INSPECTION));
    assertThat(Arrays.stream(InspectionKind.values()).filter(k -> !k.isOnSiteLengthKnown())
        .collect(Collectors.toSet())).containsExactlyInAnyOrder(
            InspectionKind.CHILD_PROTECTION_INSPECTION, InspectionKind.ANNUAL_ASSESSMENT,
            InspectionKind.TARGETED_INSPECTION, InspectionKind.LSCB_REVIEW);
  }
}

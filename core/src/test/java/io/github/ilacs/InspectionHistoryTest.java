package io.github.ilacs;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.INADEQUATE;
import static io.github.ilacs.Grade.OUTSTANDING;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectionHistoryTest {
  private static final LocalAuthority LA = LocalAuthority.of("Anyshire", "999");

  private static Inspection full(LocalDate start, Grade overall, Grade leaders, Grade help) {
    return Inspection.builder().authority(LA).framework(Framework.ILACS_2018)
        .kind(InspectionKind.STANDARD_INSPECTION).start(start).end(start.plusDays(11))
        .published(start.plusDays(60))
        .judgement(OVERALL_EFFECTIVENESS, overall).judgement(IMPACT_OF_LEADERS, leaders)
        .judgement(HELP_AND_PROTECTION, help)
        .judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, overall).build();
  }

  private static Inspection visit(LocalDate start, Finding... findings) {
    return Inspection.builder().authority(LA).framework(Framework.ILACS_2018)
        .kind(InspectionKind.FOCUSED_VISIT).start(start).end(start.plusDays(1))
        .published(start.plusDays(30)).addFindings(findings).build();
  }

  private static final Inspection FIRST = full(LocalDate.of(2018, 3, 5), REQUIRES_IMPROVEMENT,
      GOOD, REQUIRES_IMPROVEMENT);
  private static final Inspection VISIT = visit(LocalDate.of(2019, 6, 4),
      Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Supervision rarely sets direction.",
          Theme.SUPERVISION_AND_MANAGEMENT_OVERSIGHT, Theme.PLANNING),
      Finding.of(FindingKind.STRENGTH, "Audits are thorough.", Theme.AUDIT_AND_QUALITY_ASSURANCE));
  private static final Inspection SECOND = full(LocalDate.of(2021, 11, 1), GOOD,
      REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT);
  // given out of order on purpose: queries work in date order
  private static final InspectionHistory HISTORY =
      InspectionHistory.of(LA, List.of(SECOND, FIRST, VISIT));

  @Test
  void inspectionsKeepTheGivenOrderAndQueriesUseDateOrder() {
    assertThat(HISTORY.inspections()).containsExactly(SECOND, FIRST, VISIT);
    assertThat(HISTORY.chronological()).containsExactly(FIRST, VISIT, SECOND);
  }

  @ParameterizedTest(name = "as of {0}")
  @CsvSource(nullValues = "none", value = {
      "2018-03-01, none",
      "2018-03-15, none",
      "2018-03-16, 2018-03-05",
      "2021-11-11, 2018-03-05",
      "2021-11-12, 2021-11-01",
      "2030-01-01, 2021-11-01"})
  void lastFullInspectionCountsInspectionsWhoseLastDayHasPassed(LocalDate asOf,
      LocalDate expectedStart) {
    assertThat(HISTORY.lastFullInspection(asOf).map(Inspection::start))
        .isEqualTo(Optional.ofNullable(expectedStart));
  }

  @Test
  void activityBetweenIncludesBothEnds() {
    assertThat(HISTORY.activityBetween(LocalDate.of(2018, 3, 5), LocalDate.of(2019, 6, 4)))
        .containsExactly(FIRST, VISIT);
    assertThat(HISTORY.activityBetween(LocalDate.of(2018, 3, 6), LocalDate.of(2019, 6, 3)))
        .isEmpty();
    assertThat(HISTORY.activityBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2018, 1, 1)))
        .isEmpty();
  }

  @Test
  void gradeTrendComparesTheLastTwoGradesOfEachArea() {
    assertThat(HISTORY.gradeTrend(OVERALL_EFFECTIVENESS)).contains(Trend.IMPROVED);
    assertThat(HISTORY.gradeTrend(IMPACT_OF_LEADERS)).contains(Trend.DECLINED);
    assertThat(HISTORY.gradeTrend(HELP_AND_PROTECTION)).contains(Trend.UNCHANGED);
    assertThat(HISTORY.gradeTrend(JudgementArea.CARE_LEAVERS)).isEmpty();
    assertThat(HISTORY.gradeTrends()).containsOnlyKeys(OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS,
        HELP_AND_PROTECTION, JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS);
  }

  @Test
  void gradeTrendUsesOnlyTheLastTwoOfThree() {
    Inspection third = full(LocalDate.of(2024, 11, 4), INADEQUATE, INADEQUATE, INADEQUATE);
    InspectionHistory h = InspectionHistory.of(LA, List.of(FIRST, SECOND, third));
    assertThat(h.gradeTrend(OVERALL_EFFECTIVENESS)).contains(Trend.DECLINED);
    InspectionHistory single = InspectionHistory.of(LA, List.of(FIRST));
    assertThat(single.gradeTrends()).isEmpty();
  }

  @Test
  void recurringThemesAreThoseRaisedAsNeedingImprovementInMoreThanOneInspection() {
    Inspection later = visit(LocalDate.of(2022, 4, 26),
        Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Oversight does not drive progress.",
            Theme.SUPERVISION_AND_MANAGEMENT_OVERSIGHT),
        Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Too few audits.",
            Theme.AUDIT_AND_QUALITY_ASSURANCE));
    InspectionHistory h = InspectionHistory.of(LA, List.of(later, VISIT));

    List<RecurringTheme> recurring = h.recurringThemes();

    // audit was a strength in 2019, so it is raised for improvement only once
    assertThat(recurring).extracting(RecurringTheme::theme)
        .containsExactly(Theme.SUPERVISION_AND_MANAGEMENT_OVERSIGHT);
    RecurringTheme supervision = recurring.get(0);
    assertThat(supervision.inspectionCount()).isEqualTo(2);
    assertThat(supervision.occurrences()).extracting(RecurringTheme.Occurrence::inspection)
        .containsExactly(VISIT, later);
  }

  @Test
  void themeRaisedTwiceInOneLetterDoesNotRecur() {
    Inspection one = visit(LocalDate.of(2022, 4, 26),
        Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Plans lack precision.", Theme.PLANNING),
        Finding.of(FindingKind.AREA_FOR_PRIORITY_ACTION, "Plans drift.", Theme.PLANNING));
    assertThat(InspectionHistory.of(LA, List.of(one)).recurringThemes()).isEmpty();
  }

  @Test
  void emptyHistoryAnswersEveryQuery() {
    InspectionHistory empty = InspectionHistory.of(LA, List.of());
    assertThat(empty.lastFullInspection(LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(empty.recurringThemes()).isEmpty();
    assertThat(empty.gradeTrends()).isEmpty();
    assertThat(FIRST.grade(OVERALL_EFFECTIVENESS)).contains(REQUIRES_IMPROVEMENT);
    assertThat(VISIT.overallEffectiveness()).isEmpty();
    assertThat(OUTSTANDING.isBetterThan(GOOD)).isTrue();
  }
}

package io.github.ilacs;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.OUTSTANDING;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
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
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaTrendTest {
  private static final LocalAuthority NOTTS = LocalAuthority.of("Nottinghamshire", "891");

  private static Inspection graded(Framework framework, InspectionKind kind, LocalDate start,
      LocalDate end, LocalDate published, Map<JudgementArea, Grade> grades) {
    Inspection.Builder b = Inspection.builder().authority(NOTTS).framework(framework).kind(kind)
        .start(start).end(end).published(published);
    grades.forEach(b::judgement);
    return b.build();
  }

  /** The SIF inspection of 11 May to 4 June 2015, report published 20 July 2015. */
  private static final Inspection SIF_2015 = graded(Framework.SIF_2013,
      InspectionKind.SIF_INSPECTION, LocalDate.of(2015, 5, 11), LocalDate.of(2015, 6, 4),
      LocalDate.of(2015, 7, 20), Map.of(OVERALL_EFFECTIVENESS, GOOD, HELP_AND_PROTECTION, GOOD,
          CHILDREN_LOOKED_AFTER, GOOD, ADOPTION_PERFORMANCE, GOOD,
          SIF_CARE_LEAVERS, REQUIRES_IMPROVEMENT, LEADERSHIP_MANAGEMENT_GOVERNANCE, GOOD));
  /** The standard inspection of 7 to 18 October 2019, report published 19 December 2019. */
  private static final Inspection ILACS_2019 = graded(Framework.ILACS_2018,
      InspectionKind.STANDARD_INSPECTION, LocalDate.of(2019, 10, 7), LocalDate.of(2019, 10, 18),
      LocalDate.of(2019, 12, 19), Map.of(OVERALL_EFFECTIVENESS, GOOD, IMPACT_OF_LEADERS, GOOD,
          HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD));
  /** The short inspection of 20 to 24 May 2024, report published 12 July 2024. */
  private static final Inspection ILACS_2024 = graded(Framework.ILACS_2023,
      InspectionKind.SHORT_INSPECTION, LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 24),
      LocalDate.of(2024, 7, 12), Map.of(OVERALL_EFFECTIVENESS, GOOD, IMPACT_OF_LEADERS, OUTSTANDING,
          HELP_AND_PROTECTION, GOOD, CHILDREN_IN_CARE, GOOD, CARE_LEAVERS, GOOD));
  /** Nottinghamshire's graded inspections from 2015 to 2024, given out of order. */
  private static final InspectionHistory NOTTINGHAMSHIRE =
      InspectionHistory.of(NOTTS, List.of(ILACS_2024, SIF_2015, ILACS_2019));

  @Test
  void nottinghamshireCareLeaversImprovedFromTheSifToTheSeparateJudgementOf2024() {
    AreaTrend t = NOTTINGHAMSHIRE.areaTrend(CARE_LEAVERS);

    // the 2019 inspection judged care leavers only together with children in care
    assertThat(t.points()).extracting(AreaTrend.Point::inspection)
        .containsExactly(SIF_2015, ILACS_2024);
    assertThat(t.points()).extracting(AreaTrend.Point::area, AreaTrend.Point::grade)
        .containsExactly(tuple(SIF_CARE_LEAVERS, REQUIRES_IMPROVEMENT), tuple(CARE_LEAVERS, GOOD));
    assertThat(t.trend()).contains(Trend.IMPROVED);
    assertThat(t.crossesFrameworks()).isTrue();
    assertThat(t.end()).isEmpty();
    assertThat(NOTTINGHAMSHIRE.gradeTrend(SIF_CARE_LEAVERS)).contains(Trend.IMPROVED);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(nullValues = "none", value = {
      "OVERALL_EFFECTIVENESS, 'GOOD, GOOD, GOOD', UNCHANGED, false",
      "IMPACT_OF_LEADERS, 'GOOD, GOOD, OUTSTANDING', IMPROVED, false",
      "LEADERSHIP_MANAGEMENT_GOVERNANCE, 'GOOD, GOOD, OUTSTANDING', IMPROVED, false",
      "HELP_AND_PROTECTION, 'GOOD, REQUIRES_IMPROVEMENT, GOOD', IMPROVED, false",
      "CHILDREN_IN_CARE, 'GOOD, GOOD, GOOD', UNCHANGED, true",
      "ADOPTION_PERFORMANCE, GOOD, none, false",
      "LSCB_REVIEW, '', none, false"})
  void nottinghamshireGradesFollowedAcrossTheFrameworks(JudgementArea area, String grades,
      Trend trend, boolean crosses) {
    AreaTrend t = NOTTINGHAMSHIRE.areaTrend(area);
    assertThat(t.points()).extracting(p -> p.grade().name())
        .containsExactly(grades.isEmpty() ? new String[0] : grades.split(", "));
    assertThat(t.trend()).isEqualTo(Optional.ofNullable(trend));
    assertThat(t.crossesFrameworks()).isEqualTo(crosses);
  }

  @Test
  void aReportCountsFromItsPublicationDate() {
    assertThat(NOTTINGHAMSHIRE.knownOn(LocalDate.of(2024, 7, 11)).gradeTrend(CARE_LEAVERS))
        .isEmpty();
    assertThat(NOTTINGHAMSHIRE.knownOn(LocalDate.of(2024, 7, 12)).gradeTrend(CARE_LEAVERS))
        .contains(Trend.IMPROVED);
    assertThat(NOTTINGHAMSHIRE.knownOn(LocalDate.of(2019, 12, 18)).inspections())
        .containsExactly(SIF_2015);
  }

  @Test
  void gradeTrendsAreKeyedByTheAreaOfEachChainsLatestGrade() {
    assertThat(NOTTINGHAMSHIRE.gradeTrends()).containsExactlyInAnyOrderEntriesOf(Map.of(
        OVERALL_EFFECTIVENESS, Trend.UNCHANGED, IMPACT_OF_LEADERS, Trend.IMPROVED,
        HELP_AND_PROTECTION, Trend.IMPROVED, CHILDREN_IN_CARE, Trend.UNCHANGED,
        CARE_LEAVERS, Trend.IMPROVED));
  }

  /**
   * One history of two inspections per row: the first grades the first area, the second the
   * second area; the trend is asked of the area named last.
   */
  @ParameterizedTest(name = "{0} {1} {2} then {3} {4} {5}: {7} {6}")
  @CsvSource(nullValues = "none", value = {
      // SLAC safeguarding -> help and protection ("adequate" reads as requires improvement)
      "SLAC_2009, SAFEGUARDING_SERVICES, INADEQUATE, SIF_2013, HELP_AND_PROTECTION, GOOD,"
          + " HELP_AND_PROTECTION, IMPROVED",
      "SLAC_2009, SAFEGUARDING_SERVICES, REQUIRES_IMPROVEMENT, ILACS_2023, HELP_AND_PROTECTION,"
          + " REQUIRES_IMPROVEMENT, SAFEGUARDING_SERVICES, UNCHANGED",
      // looked-after services, the 2013 LAC inspections, the SIF, 2018 and 2023
      "SLAC_2009, LOOKED_AFTER_CHILDREN_SERVICES, GOOD, SIF_2013, CHILDREN_LOOKED_AFTER,"
          + " INADEQUATE, CHILDREN_IN_CARE, DECLINED",
      "LAC_2012, OVERALL_EFFECTIVENESS, INADEQUATE, SIF_2013, CHILDREN_LOOKED_AFTER,"
          + " REQUIRES_IMPROVEMENT, CHILDREN_IN_CARE, IMPROVED",
      "LAC_2012, OVERALL_EFFECTIVENESS, INADEQUATE, ILACS_2018, CHILDREN_IN_CARE_AND_CARE_LEAVERS,"
          + " INADEQUATE, LOOKED_AFTER_CHILDREN_SERVICES, UNCHANGED",
      "SIF_2013, CHILDREN_LOOKED_AFTER, GOOD, ILACS_2018, CHILDREN_IN_CARE_AND_CARE_LEAVERS,"
          + " REQUIRES_IMPROVEMENT, CHILDREN_IN_CARE_AND_CARE_LEAVERS, DECLINED",
      "ILACS_2018, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD, ILACS_2023, CHILDREN_IN_CARE,"
          + " OUTSTANDING, CHILDREN_IN_CARE, IMPROVED",
      "SIF_2013, CHILDREN_LOOKED_AFTER, REQUIRES_IMPROVEMENT, ILACS_2026, CHILDREN_IN_CARE,"
          + " GOOD, CHILDREN_LOOKED_AFTER, IMPROVED",
      // leadership, management and governance -> impact of leaders
      "SIF_2013, LEADERSHIP_MANAGEMENT_GOVERNANCE, INADEQUATE, ILACS_2018, IMPACT_OF_LEADERS,"
          + " REQUIRES_IMPROVEMENT, IMPACT_OF_LEADERS, IMPROVED",
      "SIF_2013, LEADERSHIP_MANAGEMENT_GOVERNANCE, GOOD, ILACS_2026, IMPACT_OF_LEADERS,"
          + " INADEQUATE, LEADERSHIP_MANAGEMENT_GOVERNANCE, DECLINED",
      // SIF care leavers -> care leavers from 2023
      "SIF_2013, SIF_CARE_LEAVERS, GOOD, ILACS_2023, CARE_LEAVERS, GOOD, CARE_LEAVERS, UNCHANGED",
      "ILACS_2023, CARE_LEAVERS, GOOD, ILACS_2026, CARE_LEAVERS, INADEQUATE, CARE_LEAVERS,"
          + " DECLINED",
      // overall effectiveness from the SIF to ILACS, until April 2026
      "SIF_2013, OVERALL_EFFECTIVENESS, GOOD, ILACS_2018, OVERALL_EFFECTIVENESS,"
          + " REQUIRES_IMPROVEMENT, OVERALL_EFFECTIVENESS, DECLINED",
      "ILACS_2018, OVERALL_EFFECTIVENESS, INADEQUATE, ILACS_2023, OVERALL_EFFECTIVENESS,"
          + " OUTSTANDING, OVERALL_EFFECTIVENESS, IMPROVED",
      // silent: grades outside the chain are not followed
      "LAC_2012, OVERALL_EFFECTIVENESS, INADEQUATE, SIF_2013, OVERALL_EFFECTIVENESS, GOOD,"
          + " OVERALL_EFFECTIVENESS, none",
      "SIF_2013, SIF_CARE_LEAVERS, GOOD, ILACS_2018, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD,"
          + " CARE_LEAVERS, none",
      "SIF_2013, CHILDREN_LOOKED_AFTER, GOOD, ILACS_2023, CARE_LEAVERS, GOOD,"
          + " CHILDREN_IN_CARE, none",
      "SIF_2013, ADOPTION_PERFORMANCE, GOOD, ILACS_2018, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD,"
          + " ADOPTION_PERFORMANCE, none",
      "SLAC_2009, SAFEGUARDING_SERVICES, GOOD, SIF_2013, LEADERSHIP_MANAGEMENT_GOVERNANCE, GOOD,"
          + " HELP_AND_PROTECTION, none"})
  void everyChainIsFollowedAcrossItsFrameworks(Framework first, JudgementArea firstArea,
      Grade firstGrade, Framework second, JudgementArea secondArea, Grade secondGrade,
      JudgementArea asked, Trend expected) {
    InspectionHistory h = InspectionHistory.of(NOTTS, List.of(
        inspection(first, firstArea, firstGrade), inspection(second, secondArea, secondGrade)));
    assertThat(h.gradeTrend(asked)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} after {1}")
  @CsvSource({
      "OVERALL_EFFECTIVENESS, ILACS_2023, ILACS_2026, 2026-03-31",
      "ADOPTION_PERFORMANCE, SIF_2013, ILACS_2018, 2018-08-31",
      "LSCB_REVIEW, SIF_2013, ILACS_2018, 2018-08-31"})
  void aChainThatEndedKeepsItsLastGradeAndSaysWhereItEnded(JudgementArea area,
      Framework lastFramework, Framework endedBy, LocalDate lastDay) {
    InspectionHistory h = InspectionHistory.of(NOTTS, List.of(
        inspection(lastFramework, area, REQUIRES_IMPROVEMENT),
        inspection(endedBy, HELP_AND_PROTECTION, GOOD)));
    AreaTrend t = h.areaTrend(area);
    assertThat(t.latest().map(AreaTrend.Point::grade)).contains(REQUIRES_IMPROVEMENT);
    assertThat(t.trend()).isEmpty();
    assertThat(t.end()).contains(new AreaChain.End(lastFramework, lastDay, endedBy));
    assertThat(h.areaTrend(HELP_AND_PROTECTION).end()).isEmpty();
  }

  /** An inspection of the framework's own kind, begun in the framework's first year. */
  private static Inspection inspection(Framework framework, JudgementArea area, Grade grade) {
    InspectionKind kind = framework.kinds().stream().filter(InspectionKind::isGraded)
        .findFirst().orElseThrow();
    LocalDate start = framework.inForceFrom().plusMonths(2);
    return graded(framework, kind, start, start.plusDays(4), start.plusDays(40),
        Map.of(area, grade));
  }
}

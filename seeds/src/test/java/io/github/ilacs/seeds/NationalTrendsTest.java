package io.github.ilacs.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.AreaTrend;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Trend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real sequences from the national outcomes to 2024, followed across changes of framework. The
 * expected grades were read from the authorities' rows of the table.
 */
class NationalTrendsTest {
  private static InspectionHistory history(String code) {
    return NationalOutcomes.histories().stream()
        .filter(h -> h.authority().code().equals(code)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0} {1}: {3} -> {4}")
  @CsvSource(delimiter = '|', value = {
      // care leavers: SIF 2015, then the separate judgement of 2024 (2019 judged them jointly)
      "891 | CARE_LEAVERS | SIF_CARE_LEAVERS CARE_LEAVERS | REQUIRES_IMPROVEMENT GOOD | IMPROVED",
      "887 | CARE_LEAVERS | SIF_CARE_LEAVERS CARE_LEAVERS | GOOD GOOD | UNCHANGED",
      // looked-after children: the 2013 inspection, the SIF, ILACS 2018, ILACS 2023
      "887 | CHILDREN_IN_CARE | LOOKED_AFTER_CHILDREN_SERVICES CHILDREN_LOOKED_AFTER"
          + " CHILDREN_IN_CARE_AND_CARE_LEAVERS CHILDREN_IN_CARE"
          + " | INADEQUATE REQUIRES_IMPROVEMENT REQUIRES_IMPROVEMENT GOOD | IMPROVED",
      "886 | CHILDREN_IN_CARE_AND_CARE_LEAVERS | LOOKED_AFTER_CHILDREN_SERVICES"
          + " CHILDREN_LOOKED_AFTER CHILDREN_IN_CARE_AND_CARE_LEAVERS"
          + " | REQUIRES_IMPROVEMENT GOOD OUTSTANDING | IMPROVED",
      // the 2013 inspection's judgement is not overall effectiveness in the SIF's sense
      "887 | OVERALL_EFFECTIVENESS | OVERALL_EFFECTIVENESS OVERALL_EFFECTIVENESS"
          + " OVERALL_EFFECTIVENESS | REQUIRES_IMPROVEMENT INADEQUATE GOOD | IMPROVED",
      // leadership, management and governance, then the impact of leaders
      "926 | IMPACT_OF_LEADERS | LEADERSHIP_MANAGEMENT_GOVERNANCE LEADERSHIP_MANAGEMENT_GOVERNANCE"
          + " IMPACT_OF_LEADERS | REQUIRES_IMPROVEMENT REQUIRES_IMPROVEMENT GOOD | IMPROVED",
      "333 | HELP_AND_PROTECTION | HELP_AND_PROTECTION HELP_AND_PROTECTION HELP_AND_PROTECTION"
          + " | INADEQUATE INADEQUATE REQUIRES_IMPROVEMENT | IMPROVED",
      // adoption performance ended with the SIF: Sandwell's last two SIF grades
      "333 | ADOPTION_PERFORMANCE | ADOPTION_PERFORMANCE ADOPTION_PERFORMANCE"
          + " | REQUIRES_IMPROVEMENT INADEQUATE | DECLINED"})
  void realGradesAreFollowedAcrossFrameworks(String code, JudgementArea area, String areas,
      String grades, Trend trend) {
    AreaTrend t = history(code).areaTrend(area);
    assertThat(t.points()).extracting(p -> p.area().name())
        .containsExactly(areas.split(" "));
    assertThat(t.points()).extracting(p -> p.grade().name())
        .containsExactly(grades.split(" "));
    assertThat(t.trend()).contains(trend);
  }
}

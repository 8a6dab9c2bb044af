package io.github.ilacs.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.AreaTrend;
import io.github.ilacs.Grade;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Trend;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nottinghamshire's seeded grades followed across the SIF and ILACS frameworks. */
class NottinghamshireTrendsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(nullValues = "none", value = {
      "CARE_LEAVERS, REQUIRES_IMPROVEMENT GOOD, IMPROVED",
      "CHILDREN_IN_CARE, GOOD GOOD GOOD, UNCHANGED",
      "IMPACT_OF_LEADERS, GOOD GOOD OUTSTANDING, IMPROVED",
      "HELP_AND_PROTECTION, GOOD REQUIRES_IMPROVEMENT GOOD, IMPROVED",
      "OVERALL_EFFECTIVENESS, GOOD GOOD GOOD, UNCHANGED",
      "ADOPTION_PERFORMANCE, GOOD, none"})
  void theSeededGradesAreFollowedAcrossFrameworks(JudgementArea area, String grades,
      Trend trend) {
    AreaTrend t = NottinghamshireSeeds.history().areaTrend(area);
    assertThat(t.points()).extracting(p -> p.grade().name())
        .containsExactly(grades.split(" "));
    assertThat(t.trend()).isEqualTo(Optional.ofNullable(trend));
    assertThat(t.latest().map(AreaTrend.Point::grade)).contains(Grade.valueOf(
        grades.substring(grades.lastIndexOf(' ') + 1)));
  }
}

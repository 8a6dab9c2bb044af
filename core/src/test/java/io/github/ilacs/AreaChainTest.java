package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AreaChainTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(nullValues = "none", delimiter = '|', value = {
      "OVERALL_EFFECTIVENESS | OVERALL_EFFECTIVENESS | ILACS_2023 | 2026-03-31 | ILACS_2026",
      "IMPACT_OF_LEADERS | LEADERSHIP_MANAGEMENT_GOVERNANCE -> IMPACT_OF_LEADERS"
          + " | none | none | none",
      "LEADERSHIP_MANAGEMENT_GOVERNANCE | LEADERSHIP_MANAGEMENT_GOVERNANCE -> IMPACT_OF_LEADERS"
          + " | none | none | none",
      "HELP_AND_PROTECTION | SAFEGUARDING_SERVICES -> HELP_AND_PROTECTION | none | none | none",
      "SAFEGUARDING_SERVICES | SAFEGUARDING_SERVICES -> HELP_AND_PROTECTION | none | none | none",
      "CHILDREN_IN_CARE | LOOKED_AFTER_CHILDREN_SERVICES -> CHILDREN_LOOKED_AFTER"
          + " -> CHILDREN_IN_CARE_AND_CARE_LEAVERS -> CHILDREN_IN_CARE | none | none | none",
      "CHILDREN_IN_CARE_AND_CARE_LEAVERS | LOOKED_AFTER_CHILDREN_SERVICES -> CHILDREN_LOOKED_AFTER"
          + " -> CHILDREN_IN_CARE_AND_CARE_LEAVERS -> CHILDREN_IN_CARE | none | none | none",
      "LOOKED_AFTER_CHILDREN_SERVICES | LOOKED_AFTER_CHILDREN_SERVICES -> CHILDREN_LOOKED_AFTER"
          + " -> CHILDREN_IN_CARE_AND_CARE_LEAVERS -> CHILDREN_IN_CARE | none | none | none",
      "CARE_LEAVERS | SIF_CARE_LEAVERS -> CARE_LEAVERS | none | none | none",
      "SIF_CARE_LEAVERS | SIF_CARE_LEAVERS -> CARE_LEAVERS | none | none | none",
      "ADOPTION_PERFORMANCE | ADOPTION_PERFORMANCE | SIF_2013 | 2018-08-31 | ILACS_2018",
      "LSCB_REVIEW | LSCB_REVIEW | SIF_2013 | 2018-08-31 | ILACS_2018"})
  void everyAreaBelongsToItsChainWhichEndsWhereNoFrameworkInForceJudgesIt(JudgementArea area,
      String chain, Framework lastFramework, LocalDate lastDay, Framework endedBy) {
    AreaChain c = AreaChain.of(area);
    assertThat(c).hasToString(chain);
    assertThat(c.contains(area)).isTrue();
    assertThat(c.end()).isEqualTo(lastFramework == null ? Optional.empty()
        : Optional.of(new AreaChain.End(lastFramework, lastDay, endedBy)));
  }

  @Test
  void theChainsCoverEveryAreaOnce() {
    List<JudgementArea> covered = AreaChain.all().stream()
        .flatMap(c -> c.areas().stream()).toList();
    assertThat(covered).containsExactlyInAnyOrder(JudgementArea.values());
    assertThat(AreaChain.all()).hasSize(7);
  }

  @ParameterizedTest
  @EnumSource(Framework.class)
  void noFrameworkJudgesTwoAreasOfOneChain(Framework framework) {
    for (AreaChain chain : AreaChain.all()) {
      assertThat(chain.areas().stream().filter(framework::judges).count())
          .as("%s judges %s", framework, chain).isLessThanOrEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(JudgementArea.class)
  void aSuccessorIsFirstJudgedNoEarlierThanItsPredecessorAndNamesItsSources(JudgementArea area) {
    area.succession().ifPresent(s -> {
      assertThat(firstJudged(s.successor())).isAfterOrEqualTo(firstJudged(area));
      assertThat(s.source()).contains("Ofsted, ");
      assertThat(s.successor().predecessor()).contains(area);
    });
  }

  @ParameterizedTest(name = "{0} judges {1}: {2}")
  @CsvSource({
      "LAC_2012, LOOKED_AFTER_CHILDREN_SERVICES, true",
      "LAC_2012, OVERALL_EFFECTIVENESS, false",
      "SIF_2013, OVERALL_EFFECTIVENESS, true",
      "SIF_2013, LSCB_REVIEW, true",
      "ILACS_2018, CARE_LEAVERS, false",
      "ILACS_2026, OVERALL_EFFECTIVENESS, false",
      "ILACS_2026, CARE_LEAVERS, true",
      "UCRA_2009, HELP_AND_PROTECTION, false"})
  void aFrameworkJudgesTheGroundItsGradesCover(Framework framework, JudgementArea area,
      boolean judged) {
    assertThat(framework.judges(area)).isEqualTo(judged);
  }

  @Test
  void theLookedAfterChildrenInspectionsRecordTheirJudgementAsOverallEffectiveness() {
    assertThat(Framework.LAC_2012.followedAs(JudgementArea.OVERALL_EFFECTIVENESS))
        .isEqualTo(JudgementArea.LOOKED_AFTER_CHILDREN_SERVICES);
    assertThat(Framework.SIF_2013.followedAs(JudgementArea.OVERALL_EFFECTIVENESS))
        .isEqualTo(JudgementArea.OVERALL_EFFECTIVENESS);
    assertThat(AreaChain.of(JudgementArea.CARE_LEAVERS).isJudgedBy(Framework.SIF_2013)).isTrue();
    assertThat(AreaChain.of(JudgementArea.CARE_LEAVERS).isJudgedBy(Framework.ILACS_2018))
        .isFalse();
  }

  private static LocalDate firstJudged(JudgementArea area) {
    return Arrays.stream(Framework.values()).filter(f -> f.judges(area))
        .map(Framework::inForceFrom).min(LocalDate::compareTo).orElseThrow();
  }
}

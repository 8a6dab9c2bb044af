package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each framework grades, may grade, writes as findings and whether it has full
 * inspections, as the catalogue holds it ({@code -} for none).
 */
class FrameworkCatalogueTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      UCRA_2009  | - | - | false | STRENGTH AREA_FOR_DEVELOPMENT AREA_FOR_PRIORITY_ACTION SATISFACTORY_AREA
      SLAC_2009  | SAFEGUARDING_SERVICES LOOKED_AFTER_CHILDREN_SERVICES | CAPACITY_TO_IMPROVE OUTCOMES_FOR_LOOKED_AFTER_CHILDREN QUALITY_OF_PROVISION LEADERSHIP_AND_MANAGEMENT | true | STRENGTH AREA_FOR_IMPROVEMENT RECOMMENDATION
      CSA_2009   | CHILDREN_SERVICES_RATING | - | false | -
      LAC_2012   | OVERALL_EFFECTIVENESS | CAPACITY_TO_IMPROVE OUTCOMES_FOR_LOOKED_AFTER_CHILDREN QUALITY_OF_PROVISION LEADERSHIP_AND_MANAGEMENT | false | STRENGTH AREA_FOR_IMPROVEMENT RECOMMENDATION
      CP_2012    | - | - | false | STRENGTH AREA_FOR_IMPROVEMENT RECOMMENDATION
      SIF_2013   | OVERALL_EFFECTIVENESS HELP_AND_PROTECTION CHILDREN_LOOKED_AFTER ADOPTION_PERFORMANCE SIF_CARE_LEAVERS LEADERSHIP_MANAGEMENT_GOVERNANCE | LSCB_REVIEW | true | STRENGTH AREA_FOR_IMPROVEMENT RECOMMENDATION
      TLAI_2016  | - | - | false | STRENGTH AREA_FOR_IMPROVEMENT RECOMMENDATION
      JTAI_2016  | - | - | false | STRENGTH AREA_FOR_IMPROVEMENT
      JTAI_2022  | - | - | false | STRENGTH AREA_FOR_IMPROVEMENT
      ILACS_2018 | OVERALL_EFFECTIVENESS IMPACT_OF_LEADERS HELP_AND_PROTECTION CHILDREN_IN_CARE_AND_CARE_LEAVERS | - | true | STRENGTH AREA_FOR_IMPROVEMENT AREA_FOR_PRIORITY_ACTION
      ILACS_2023 | OVERALL_EFFECTIVENESS IMPACT_OF_LEADERS HELP_AND_PROTECTION CHILDREN_IN_CARE CARE_LEAVERS | - | true | STRENGTH AREA_FOR_IMPROVEMENT AREA_FOR_PRIORITY_ACTION
      ILACS_2026 | IMPACT_OF_LEADERS HELP_AND_PROTECTION CHILDREN_IN_CARE CARE_LEAVERS | - | true | STRENGTH AREA_FOR_IMPROVEMENT AREA_FOR_PRIORITY_ACTION
      """)
  void catalogue(Framework framework, String graded, String optional, boolean full,
      String findingKinds) {
    assertThat(framework.gradedAreas()).containsExactlyElementsOf(
        names(graded, JudgementArea.class));
    assertThat(framework.optionalAreas()).containsExactlyInAnyOrderElementsOf(
        names(optional, JudgementArea.class));
    assertThat(framework.hasFullInspections()).isEqualTo(full);
    assertThat(framework.findingKinds()).containsExactlyInAnyOrderElementsOf(
        names(findingKinds, FindingKind.class));
  }

  private static <E extends Enum<E>> Set<E> names(String list, Class<E> type) {
    if (list.equals("-")) {
      return EnumSet.noneOf(type);
    }
    return Arrays.stream(list.split(" ")).map(n -> Enum.valueOf(type, n))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}

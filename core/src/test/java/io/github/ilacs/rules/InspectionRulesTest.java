package io.github.ilacs.rules;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.INADEQUATE;
import static io.github.ilacs.Grade.OUTSTANDING;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.JudgementArea;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the overall-effectiveness rules point, and the grades their messages list. */
class InspectionRulesTest {
  /** An ILACS 2018 inspection grading the areas in the order given: area, grade, area, ... */
  private static Inspection graded(Object... areasAndGrades) {
    Map<JudgementArea, Grade> grades = new LinkedHashMap<>();
    for (int n = 0; n < areasAndGrades.length; n += 2) {
      grades.put((JudgementArea) areasAndGrades[n], (Grade) areasAndGrades[n + 1]);
    }
    return Fixtures.ilacs2018(grades).build();
  }

  @Test
  void anOverallGradeOutsideItsRangePointsAtTheOverallJudgementAndListsTheOthers() {
    Inspection inspection = graded(IMPACT_OF_LEADERS, GOOD, HELP_AND_PROTECTION, GOOD,
        CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD, OVERALL_EFFECTIVENESS, OUTSTANDING);
    assertThat(Validator.only(Rule.OVERALL_WITHIN_RANGE).validate(inspection).violations())
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("/judgements/3/grade");
          assertThat(v.message()).startsWith(
              "overall effectiveness is OUTSTANDING, outside the range GOOD to GOOD of ")
              .matches(".* of [A-Z_]+ GOOD(, [A-Z_]+ GOOD)*");
        });
  }

  @Test
  void aRuleOnTheOverallGradePointsAtItWhenItIsTheFirstJudgement() {
    Inspection inspection = graded(OVERALL_EFFECTIVENESS, GOOD, IMPACT_OF_LEADERS, INADEQUATE,
        HELP_AND_PROTECTION, INADEQUATE, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD);
    assertThat(Validator.defaults().validate(inspection).violations())
        .filteredOn(v -> v.code().startsWith("R30"))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.path()).isEqualTo("/judgements/0/grade"));
  }
}

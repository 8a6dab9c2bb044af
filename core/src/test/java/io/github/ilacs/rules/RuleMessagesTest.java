package io.github.ilacs.rules;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.INADEQUATE;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Theme;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a rule points and what it says, for the cases whose path or wording depends on the
 * record: the overall grade's place among the judgements, an inspection grading nothing, one
 * working day on site, a deep-dive theme on a kind without one or outside its series.
 */
class RuleMessagesTest {
  private static Map<JudgementArea, Grade> grades(Object... pairs) {
    Map<JudgementArea, Grade> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((JudgementArea) pairs[i], (Grade) pairs[i + 1]);
    }
    return m;
  }

  static Stream<Arguments> cases() {
    LocalDate monday = LocalDate.of(2022, 10, 3);
    return Stream.of(
        Arguments.of("overall effectiveness third", Rule.INADEQUATE_DRIVER_MEANS_INADEQUATE_OVERALL,
            Fixtures.ilacs2018(grades(HELP_AND_PROTECTION, INADEQUATE, IMPACT_OF_LEADERS, GOOD,
                OVERALL_EFFECTIVENESS, GOOD, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD)).build(),
            "/judgements/2/grade", "HELP_AND_PROTECTION"),
        Arguments.of("overall effectiveness first", Rule.INADEQUATE_DRIVER_MEANS_INADEQUATE_OVERALL,
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, GOOD, HELP_AND_PROTECTION,
                INADEQUATE, IMPACT_OF_LEADERS, GOOD, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD))
                .build(),
            "/judgements/0/grade", "HELP_AND_PROTECTION"),
        Arguments.of("nothing graded", Rule.REQUIRED_AREAS_GRADED,
            Fixtures.ilacs2018(grades()).build(), "/judgements", "(graded: none)"),
        Arguments.of("one area graded", Rule.REQUIRED_AREAS_GRADED,
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, GOOD)).build(), "/judgements",
            "(graded: OVERALL_EFFECTIVENESS)"),
        Arguments.of("one day on site", Rule.USUAL_ON_SITE_LENGTH,
            Fixtures.standard2023().end(LocalDate.of(2023, 7, 10)).build(), "/end",
            "on site 1 working day from 2023-07-10 to 2023-07-10; a STANDARD_INSPECTION usually"
                + " lasts " + usual(InspectionKind.STANDARD_INSPECTION)),
        Arguments.of("three days on site", Rule.USUAL_ON_SITE_LENGTH,
            Fixtures.standard2023().end(LocalDate.of(2023, 7, 12)).build(), "/end",
            "on site 3 working days from 2023-07-10 to 2023-07-12"),
        Arguments.of("deep dive on a focused visit", Rule.FOCUS_ONLY_WHERE_KIND_HAS_ONE,
            Inspection.builder().from(Fixtures.focusedVisit2022().build())
                .deepDive(Theme.EXTRA_FAMILIAL_RISK).build(), "/deepDive",
            "a FOCUSED_VISIT has no deep-dive theme, but EXTRA_FAMILIAL_RISK is given"),
        Arguments.of("deep dive outside the series", Rule.JTAI_THEME_OF_ITS_SERIES,
            Inspection.builder().from(Fixtures.visit(Framework.JTAI_2022,
                InspectionKind.FRONT_DOOR_JTAI, monday)).focus(Theme.FRONT_DOOR_AND_THRESHOLDS)
                .deepDive(Theme.MENTAL_HEALTH).build(), "/deepDive", "MENTAL_HEALTH"),
        Arguments.of("focus outside the series", Rule.JTAI_THEME_OF_ITS_SERIES,
            Inspection.builder().from(Fixtures.visit(Framework.JTAI_2022,
                InspectionKind.FRONT_DOOR_JTAI, monday)).focus(Theme.MENTAL_HEALTH)
                .deepDive(Optional.empty()).build(), "/focus", "MENTAL_HEALTH"));
  }

  private static String usual(InspectionKind k) {
    return k.minOnSiteDays() == k.maxOnSiteDays() ? String.valueOf(k.minOnSiteDays())
        : k.minOnSiteDays() + " to " + k.maxOnSiteDays();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void pointsAndSays(String name, Rule rule, Inspection inspection, String path,
      String mentions) {
    List<Violation> found = Validator.defaults().validate(inspection).violations().stream()
        .filter(v -> v.rule() == rule).toList();

    assertThat(found).isNotEmpty();
    assertThat(found.get(0).path()).isEqualTo(path);
    assertThat(found.get(0).message()).contains(mentions);
  }
}

package io.github.ilacs.pathway;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.INADEQUATE;
import static io.github.ilacs.Grade.OUTSTANDING;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Pathway#of(Inspection)}: the one answer to which grade sets the pathway. */
class PathwayTest {
  private static Inspection.Builder full(Framework f, InspectionKind kind, String start) {
    return Inspection.builder().authority(Histories.SOMEWHERE).framework(f).kind(kind)
        .start(d(start)).end(d(start).plusDays(11)).published(d(start).plusDays(50));
  }

  private static Inspection ilacs2026(Grade leaders, Grade help, Grade care, Grade leavers) {
    return full(Framework.ILACS_2026, InspectionKind.STANDARD_INSPECTION, "2026-05-04")
        .judgement(JudgementArea.IMPACT_OF_LEADERS, leaders)
        .judgement(JudgementArea.HELP_AND_PROTECTION, help)
        .judgement(JudgementArea.CHILDREN_IN_CARE, care)
        .judgement(JudgementArea.CARE_LEAVERS, leavers).build();
  }

  static Stream<Arguments> inspections() {
    return Stream.of(
        // overall effectiveness decides, whatever the other grades
        Arguments.of("ILACS 2023 overall good, care leavers RI",
            full(Framework.ILACS_2023, InspectionKind.STANDARD_INSPECTION, "2023-06-05")
                .judgement(JudgementArea.OVERALL_EFFECTIVENESS, GOOD)
                .judgement(JudgementArea.CARE_LEAVERS, REQUIRES_IMPROVEMENT).build(),
            Pathway.GOOD_OR_OUTSTANDING),
        Arguments.of("SIF overall inadequate",
            full(Framework.SIF_2013, InspectionKind.SIF_INSPECTION, "2015-05-11")
                .judgement(JudgementArea.OVERALL_EFFECTIVENESS, INADEQUATE).build(),
            Pathway.INADEQUATE_UNDER_MONITORING),
        // no overall grade (April 2026 on): leaders plus two of three, not the worst grade
        Arguments.of("ILACS 2026 leaders, H&P, CiC good, care leavers RI",
            ilacs2026(GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT), Pathway.GOOD_OR_OUTSTANDING),
        Arguments.of("ILACS 2026 leaders outstanding, one practice judgement RI",
            ilacs2026(OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, GOOD), Pathway.GOOD_OR_OUTSTANDING),
        Arguments.of("ILACS 2026 two practice judgements RI",
            ilacs2026(GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT),
            Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD),
        Arguments.of("ILACS 2026 care leavers inadequate", ilacs2026(GOOD, GOOD, GOOD, INADEQUATE),
            Pathway.INADEQUATE_UNDER_MONITORING),
        // 2009 safeguarding and looked after children: no overall grade, so the worst area
        Arguments.of("SLAC 2009 worst area requires improvement",
            full(Framework.SLAC_2009, InspectionKind.SLAC_INSPECTION, "2010-03-01")
                .judgement(JudgementArea.SAFEGUARDING_SERVICES, GOOD)
                .judgement(JudgementArea.LOOKED_AFTER_CHILDREN_SERVICES, REQUIRES_IMPROVEMENT)
                .build(),
            Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("inspections")
  void theGradeThatSetsThePathway(String name, Inspection inspection, Pathway expected) {
    assertThat(Pathway.of(inspection)).isEqualTo(expected);
    // the forecast, under the default policy, gives the same answer
    assertThat(InspectionPathway.of(Histories.of(inspection),
        inspection.published().orElseThrow()).pathway()).isEqualTo(expected);
  }

  static Stream<Arguments> ungraded() {
    return Stream.of(
        Arguments.of(full(Framework.ILACS_2026, InspectionKind.STANDARD_INSPECTION, "2026-05-04")
            .build()),
        Arguments.of(full(Framework.ILACS_2023, InspectionKind.STANDARD_INSPECTION, "2023-06-05")
            .build()),
        Arguments.of(full(Framework.SLAC_2009, InspectionKind.SLAC_INSPECTION, "2010-03-01")
            .build()));
  }

  /** Checked before any rule: an ungraded ILACS 2026 inspection is not "requires improvement". */
  @ParameterizedTest(name = "{0}")
  @MethodSource("ungraded")
  void aFullInspectionWithoutGradesSetsNoPathwayUnderAnyFramework(Inspection inspection) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Pathway.of(inspection, i -> Pathway.GOOD_OR_OUTSTANDING))
        .withMessageContaining("has no grades")
        .withMessageContaining(inspection.framework().name());
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> InspectionPathway.of(Histories.of(inspection),
            inspection.published().orElseThrow()))
        .withMessageContaining("has no grades");
  }

  @Test
  void aRuleThatAnswersNullOrNotYetInspectedIsRefusedNamingRuleAndInspection() {
    Inspection i = ilacs2026(GOOD, GOOD, GOOD, GOOD);
    PathwayRule silent = new PathwayRule() {
      @Override
      public Pathway pathwayOf(Inspection inspection) {
        return null;
      }

      @Override
      public String toString() {
        return "SilentRule";
      }
    };
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> InspectionPathway.of(Histories.of(i), d("2026-07-01"),
            PathwayPolicy.defaults().withNoOverallGradeRule(silent)))
        .withMessageContaining("SilentRule").withMessageContaining("returned null")
        .withMessageContaining("ILACS_2026 STANDARD_INSPECTION of 2026-05-04");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Pathway.of(i, x -> Pathway.NOT_YET_INSPECTED))
        .withMessageContaining("returned NOT_YET_INSPECTED");
    // a rule that answers is used, and only for inspections without an overall grade
    assertThat(Pathway.of(i, x -> Pathway.INADEQUATE_UNDER_MONITORING)).isEqualTo(Pathway.INADEQUATE_UNDER_MONITORING);
  }

  @Test
  void onlyAFullInspectionSetsAPathway() {
    Inspection visit = Histories.visit(InspectionKind.FOCUSED_VISIT, "2022-04-26", "2022-06-01");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Pathway.of(visit)).withMessageContaining("not a full inspection");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Pathway.of(null)).withMessageContaining("fullInspection");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Pathway.of(visit, null)).withMessageContaining("rule");
  }
}

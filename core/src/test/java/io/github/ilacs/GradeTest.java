package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

  @ParameterizedTest(name = "''{1}'' under {0} is {2}")
  @CsvSource(ignoreLeadingAndTrailingWhitespace = false, value = {
      "ILACS_2018,Requires improvement to be good,REQUIRES_IMPROVEMENT",
      "ILACS_2018,requires improvement,REQUIRES_IMPROVEMENT",
      "ILACS_2023,RI,REQUIRES_IMPROVEMENT",
      "SIF_2013,ri,REQUIRES_IMPROVEMENT",
      "ILACS_2018, Good ,GOOD",
      "ILACS_2018,OUTSTANDING,OUTSTANDING",
      "ILACS_2026,  requires   IMPROVEMENT  to be good,REQUIRES_IMPROVEMENT",
      "ILACS_2018,REQUIRES_IMPROVEMENT,REQUIRES_IMPROVEMENT",
      "ILACS_2018,requires-improvement,REQUIRES_IMPROVEMENT",
      "ILACS_2018,inadequate,INADEQUATE",
      "ILACS_2018,4,INADEQUATE",
      "SLAC_2009,Adequate,REQUIRES_IMPROVEMENT",
      "LAC_2012,adequate,REQUIRES_IMPROVEMENT",
      "UCRA_2009, ADEQUATE,REQUIRES_IMPROVEMENT",
      "LAC_2012,Good,GOOD",
      "LAC_2012,3,REQUIRES_IMPROVEMENT",
      // constant names, as the JSON form writes them, read on every scale
      "SLAC_2009,REQUIRES_IMPROVEMENT,REQUIRES_IMPROVEMENT",
      "UCRA_2009,INADEQUATE,INADEQUATE"})
  void parsesLabelsAndVariants(Framework framework, String text, Grade expected) {
    assertThat(framework.parseGrade(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{1}'' is not a grade under {0}")
  @CsvSource(ignoreLeadingAndTrailingWhitespace = false, value = {
      "SIF_2013,Adequate",
      "ILACS_2018,adequate",
      "ILACS_2023,Adequate",
      "SLAC_2009,Requires improvement to be good",
      "LAC_2012,RI",
      "LAC_2012,requires improvement",
      "SLAC_2009,Requires_Improvement",
      "ILACS_2018,Excellent",
      "ILACS_2018,good-ish",
      "ILACS_2018,5",
      "ILACS_2018,''"})
  void rejectsAnythingElseWithTheAcceptedLabels(Framework framework, String text) {
    assertThatExceptionOfType(InvalidInspectionException.class)
        .isThrownBy(() -> framework.parseGrade(text))
        .withMessageStartingWith("[IV09] grade: '" + text + "' is not a grade")
        .withMessageContaining(framework.gradeScale().acceptedLabels())
        .satisfies(e -> assertThat(e.value()).isEqualTo(text));
  }

  @Test
  void nullLabelIsReportedAsMissing() {
    assertThatExceptionOfType(InvalidInspectionException.class)
        .isThrownBy(() -> Framework.ILACS_2018.parseGrade(null))
        .satisfies(e -> assertThat(e.invariant()).isEqualTo(Invariant.REQUIRED));
  }

  @Test
  void gradesAreNumberedAsOfstedNumbersThem() {
    assertThat(Grade.OUTSTANDING.number()).isEqualTo(1);
    assertThat(Grade.INADEQUATE.number()).isEqualTo(4);
    assertThat(Grade.ofNumber(3)).contains(Grade.REQUIRES_IMPROVEMENT);
    assertThat(Grade.ofNumber(0)).isEmpty();
    assertThat(Grade.ofNumber(5)).isEmpty();
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
      "OUTSTANDING, GOOD, true, false, true",
      "GOOD, GOOD, false, false, true",
      "REQUIRES_IMPROVEMENT, GOOD, false, true, false",
      "INADEQUATE, REQUIRES_IMPROVEMENT, false, true, false"})
  void orderingHelpersCompareByNumber(Grade a, Grade b, boolean better, boolean worse,
      boolean atLeast) {
    assertThat(a.isBetterThan(b)).isEqualTo(better);
    assertThat(a.isWorseThan(b)).isEqualTo(worse);
    assertThat(a.isAtLeast(b)).isEqualTo(atLeast);
  }
}

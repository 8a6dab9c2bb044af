package io.github.ilacs;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.INADEQUATE;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Withers, toBuilder, order-free equality of judgements and the renamed constants. */
class BuildersAndValuesTest {
  private static final Inspection INSPECTION = Samples.standard2019().build();

  @Test
  void withGradeReplacesOneAreaWhereItStands() {
    Inspection changed = INSPECTION.withGrade(HELP_AND_PROTECTION, INADEQUATE);
    assertThat(changed.judgements()).extracting(Judgement::area).containsExactly(
        OVERALL_EFFECTIVENESS, IMPACT_OF_LEADERS, HELP_AND_PROTECTION,
        CHILDREN_IN_CARE_AND_CARE_LEAVERS);
    assertThat(changed.grade(HELP_AND_PROTECTION)).contains(INADEQUATE);
    assertThat(INSPECTION.grade(HELP_AND_PROTECTION)).contains(REQUIRES_IMPROVEMENT);
    assertThat(changed.withGrade(HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT))
        .isEqualTo(INSPECTION);
  }

  @Test
  void withGradeAddsAnAreaNotYetGradedAtTheEnd() {
    Inspection ungraded = INSPECTION.withoutGrade(IMPACT_OF_LEADERS);
    assertThat(ungraded.grade(IMPACT_OF_LEADERS)).isEmpty();
    Inspection regraded = ungraded.withGrade(IMPACT_OF_LEADERS, GOOD);
    assertThat(regraded.judgements().get(3)).isEqualTo(Judgement.of(IMPACT_OF_LEADERS, GOOD));
    assertThat(regraded).isEqualTo(INSPECTION);
  }

  @Test
  void withGradeRejectsNullNamingTheField() {
    assertThatExceptionOfType(InvalidInspectionException.class)
        .isThrownBy(() -> INSPECTION.withGrade(HELP_AND_PROTECTION, null))
        .withMessageContaining("grade");
  }

  @Test
  void judgementsInAnotherOrderAreEqualButKeepTheirOrder() {
    List<Judgement> reversed = new ArrayList<>(INSPECTION.judgements());
    Collections.reverse(reversed);
    Inspection other = INSPECTION.withJudgements(reversed);
    assertThat(other).isEqualTo(INSPECTION).hasSameHashCodeAs(INSPECTION);
    assertThat(other.judgements()).containsExactlyElementsOf(reversed);
    assertThat(other.judgements()).isNotEqualTo(INSPECTION.judgements());
  }

  @Test
  void differentGradesAreNotEqual() {
    assertThat(INSPECTION.withGrade(OVERALL_EFFECTIVENESS, REQUIRES_IMPROVEMENT))
        .isNotEqualTo(INSPECTION);
  }

  @Test
  void toBuilderCopiesEveryValueAndWithersChangeOne() {
    assertThat(INSPECTION.toBuilder().build()).isEqualTo(INSPECTION);
    Inspection later = INSPECTION.toBuilder().published(LocalDate.of(2020, 1, 6)).build();
    assertThat(later.published()).contains(LocalDate.of(2020, 1, 6));
    assertThat(INSPECTION.withPublished(Optional.empty()).published()).isEmpty();
    assertThat(INSPECTION.withEnd(LocalDate.of(2019, 10, 19)).end())
        .isEqualTo(LocalDate.of(2019, 10, 19));
  }

  @Test
  void withersCheckTheInvariants() {
    assertThatExceptionOfType(InvalidInspectionException.class)
        .isThrownBy(() -> INSPECTION.withEnd(LocalDate.of(2019, 10, 1)))
        .withMessageContaining("[IV02] end");
  }

  @Test
  void toBuilderThenASecondGradeForAnAreaFailsOnBuild() {
    assertThatExceptionOfType(InvalidInspectionException.class)
        .isThrownBy(() -> INSPECTION.toBuilder().judgement(HELP_AND_PROTECTION, GOOD).build())
        .withMessageContaining("HELP_AND_PROTECTION is graded twice");
  }

  @Test
  void otherValuesHaveToBuilderAndWithers() {
    LocalAuthority notts = Samples.NOTTS;
    assertThat(notts.toBuilder().build()).isEqualTo(notts);
    assertThat(notts.withOnsCode("E10000024").onsCode()).contains("E10000024");
    Finding f = INSPECTION.findings().get(0);
    assertThat(f.toBuilder().build()).isEqualTo(f);
    assertThat(f.withSummary("Other words.").summary()).isEqualTo("Other words.");
    InspectionHistory h = InspectionHistory.of(notts, List.of(INSPECTION));
    assertThat(h.toBuilder().build()).isEqualTo(h);
    assertThat(h.withInspections(List.of()).inspections()).isEmpty();
  }

  @ParameterizedTest(name = "{0} vs {1}: equal {2}, same authority {3}")
  @CsvSource({
      "Nottinghamshire, 891, true, true",
      "NOTTINGHAMSHIRE, 891, false, true",
      "Nottinghamshire County Council, 891, false, true",
      "Nottinghamshire, 892, false, false"})
  void authorityEqualityIsExactButSameAuthorityIsByCode(String name, String code,
      boolean equal, boolean same) {
    LocalAuthority a = LocalAuthority.of("Nottinghamshire", "891");
    LocalAuthority b = LocalAuthority.of(name, code);
    assertThat(a.equals(b)).isEqualTo(equal);
    assertThat(a.isSameAuthorityAs(b)).isEqualTo(same);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "EXPERIENCES_OF_CHILDREN_IN_CARE, EXPERIENCES_OF_CHILDREN_IN_CARE",
      "CHILDREN_IN_CARE, EXPERIENCES_OF_CHILDREN_IN_CARE",
      "SUPPORT_FOR_CARE_LEAVERS, SUPPORT_FOR_CARE_LEAVERS",
      "CARE_LEAVERS, SUPPORT_FOR_CARE_LEAVERS",
      "NEGLECT, NEGLECT"})
  void themesAreFoundByNameOrFormerName(String name, Theme expected) {
    assertThat(Theme.byName(name)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"care_leavers", "CARE_LEAVER", "''"})
  void otherThemeNamesAreNotFound(String name) {
    assertThat(Theme.byName(name)).isEmpty();
  }

  @Test
  void renamedConstantsNoLongerShareNames() {
    for (Theme t : Theme.values()) {
      assertThat(java.util.Arrays.stream(JudgementArea.values()).map(Enum::name))
          .doesNotContain(t.name());
    }
    for (io.github.ilacs.pathway.Pathway p : io.github.ilacs.pathway.Pathway.values()) {
      assertThat(java.util.Arrays.stream(Grade.values()).map(Enum::name))
          .doesNotContain(p.name());
    }
  }
}

package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The words the catalogues carry, and finding a constant by its name or title. */
class CatalogueTextsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      overall effectiveness      | OVERALL_EFFECTIVENESS
      OVERALL_EFFECTIVENESS      | OVERALL_EFFECTIVENESS
      ' care_leavers '           | CARE_LEAVERS
      Adoption performance       | ADOPTION_PERFORMANCE
      Leadership, management and governance | LEADERSHIP_MANAGEMENT_GOVERNANCE
      """)
  void judgementAreasAreFoundByNameOrTitle(String text, JudgementArea area) {
    assertThat(JudgementArea.find(text)).contains(area);
  }

  @Test
  void anUnknownAreaIsNotFound() {
    assertThat(JudgementArea.find("Adoption")).isEmpty();
    assertThat(JudgementArea.CHILDREN_IN_CARE.title())
        .isEqualTo("The experiences and progress of children in care");
  }

  @ParameterizedTest
  @EnumSource(JudgementArea.class)
  void everyAreaIsFoundByItsOwnTitle(JudgementArea area) {
    assertThat(area.title()).isNotBlank();
    assertThat(JudgementArea.find(area.title().toUpperCase(java.util.Locale.ROOT)))
        .contains(area);
  }

  @Test
  void kindsThemesAndInvariantsCarryTheirWords() {
    assertThat(FindingKind.AREA_FOR_PRIORITY_ACTION.title()).isEqualTo("Area for priority action");
    assertThat(FindingKind.STRENGTH.title()).isEqualTo("Strength");
    assertThat(Theme.PLANNING.description())
        .isEqualTo("Quality and precision of plans and how progress is measured");
    assertThat(Invariant.NOT_BLANK.description())
        .isEqualTo("names, titles and summaries are not blank");
    assertThat(Invariant.DATE_IN_RANGE.description())
        .isEqualTo("dates lie in the years 1900 to 2199");
    assertThat(Invariant.LIST_SIZE.code()).isEqualTo("IV15");
  }

  @Test
  void gradeLabelErrorsNameTheScaleAndListItsLabels() {
    InvalidInspectionException old = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidInspectionException.class, () -> Framework.SLAC_2009.parseGrade("Excellent"));
    assertThat(old.getMessage()).contains("pre-November-2013 scale",
        "Outstanding, Good, Adequate, Inadequate");
    InvalidInspectionException now = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidInspectionException.class, () -> Framework.ILACS_2018.parseGrade("Excellent"));
    assertThat(now.getMessage()).contains("requires-improvement scale",
        "Outstanding, Good, Requires improvement to be good, Inadequate");
  }

  @Test
  void anInvariantExceptionCarriesItsCode() {
    InvalidInspectionException e = new InvalidInspectionException(Invariant.NOT_BLANK, "summary",
        "\"\"", "must not be blank");
    assertThat(e.code()).isEqualTo("IV05");
    assertThat(e.invariant()).isEqualTo(Invariant.NOT_BLANK);
  }
}

package io.github.ilacs.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.rules.Validator;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypicalHistoriesTest {
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("goodAuthority", (Supplier<InspectionHistory>) TypicalHistories::goodAuthority,
            TypicalHistories.GOOD_AS_OF, Grade.GOOD, InspectionKind.SHORT_INSPECTION),
        Arguments.of("requiresImprovementAuthority",
            (Supplier<InspectionHistory>) TypicalHistories::requiresImprovementAuthority,
            TypicalHistories.REQUIRES_IMPROVEMENT_AS_OF, Grade.REQUIRES_IMPROVEMENT,
            InspectionKind.STANDARD_INSPECTION),
        Arguments.of("inadequateWithMonitoring",
            (Supplier<InspectionHistory>) TypicalHistories::inadequateWithMonitoring,
            TypicalHistories.INADEQUATE_AS_OF, Grade.INADEQUATE,
            InspectionKind.STANDARD_INSPECTION),
        Arguments.of("notYetInspected",
            (Supplier<InspectionHistory>) TypicalHistories::notYetInspected,
            TypicalHistories.NOT_YET_INSPECTED_AS_OF, null, null),
        Arguments.of("ilacs2023Authority",
            (Supplier<InspectionHistory>) TypicalHistories::ilacs2023Authority,
            TypicalHistories.ILACS_2023_AS_OF, Grade.REQUIRES_IMPROVEMENT,
            InspectionKind.STANDARD_INSPECTION),
        Arguments.of("ilacs2026Authority",
            (Supplier<InspectionHistory>) TypicalHistories::ilacs2026Authority,
            TypicalHistories.ILACS_2026_AS_OF, Grade.GOOD, InspectionKind.STANDARD_INSPECTION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void lastFullInspectionAsOfTheFixtureDateHasTheExpectedPathwayGrade(String name,
      Supplier<InspectionHistory> fixture, LocalDate asOf, Grade overall, InspectionKind kind) {
    Optional<Inspection> last = fixture.get().lastFullInspection(asOf);
    assertThat(last.flatMap(Inspection::pathwayGrade)).isEqualTo(Optional.ofNullable(overall));
    assertThat(last.map(Inspection::kind)).isEqualTo(Optional.ofNullable(kind));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyActivityHappenedBeforeTheFixtureDate(String name,
      Supplier<InspectionHistory> fixture, LocalDate asOf, Grade overall, InspectionKind kind) {
    InspectionHistory history = fixture.get();
    assertThat(history.inspections()).isNotEmpty()
        .allSatisfy(i -> assertThat(i.published().orElse(i.end())).isBefore(asOf))
        .allSatisfy(i -> assertThat(i.authority()).isEqualTo(history.authority()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachCallBuildsAnEqualHistory(String name, Supplier<InspectionHistory> fixture,
      LocalDate asOf, Grade overall, InspectionKind kind) {
    assertThat(fixture.get()).isEqualTo(fixture.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureIsCleanForTheValidator(String name, Supplier<InspectionHistory> fixture,
      LocalDate asOf, Grade overall, InspectionKind kind) {
    assertThat(Validator.defaults().validate(fixture.get()).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("newerFrameworks")
  void newerFrameworkFixturesShowWhatChanged(String name, InspectionHistory history,
      LocalDate asOf, Framework framework, Pathway pathway, boolean overallGraded,
      InspectionKind next) {
    Inspection last = history.lastFullInspection(asOf).orElseThrow();
    assertThat(last.framework()).isEqualTo(framework);
    assertThat(last.gradesByArea().keySet()).containsExactlyInAnyOrderElementsOf(
        framework.gradedAreas());
    assertThat(last.overallEffectiveness().isPresent()).isEqualTo(overallGraded);
    IlacsAssertions.assertThat(InspectionPathway.of(history, asOf)).isOn(pathway)
        .restsOn(last).expectsNext(next);
  }

  static Stream<Arguments> newerFrameworks() {
    return Stream.of(
        Arguments.of("2023: care leavers apart", TypicalHistories.ilacs2023Authority(),
            TypicalHistories.ILACS_2023_AS_OF, Framework.ILACS_2023,
            Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD, true, InspectionKind.STANDARD_INSPECTION),
        Arguments.of("2026: no overall grade", TypicalHistories.ilacs2026Authority(),
            TypicalHistories.ILACS_2026_AS_OF, Framework.ILACS_2026,
            Pathway.GOOD_OR_OUTSTANDING, false, InspectionKind.SHORT_INSPECTION));
  }
}

package io.github.ilacs.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTest {
  private static final Window WINDOW = new Window(LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1));

  @Test
  void aWindowMeasuresItsWidthAndSaysWhereItLies() {
    assertThat(WINDOW.widthInDays()).isEqualTo(366);
    assertThat(WINDOW.widthInMonths()).isCloseTo(366 / (365.2425 / 12), within(1e-9));
    assertThat(WINDOW).hasToString("2024-01-01 to 2025-01-01 (expected 2024-07-01)");
    assertThat(WINDOW.shiftedBy(-1).earliest()).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource({"2023-12-31, false, ON_TRACK", "2024-01-01, true, DUE", "2025-01-01, true, DUE",
      "2025-01-02, false, OVERDUE"})
  void aWindowContainsBothEnds(LocalDate day, boolean inside, ActivityStatus status) {
    assertThat(WINDOW.contains(day)).isEqualTo(inside);
    assertThat(WINDOW.statusOn(day)).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({"2024-02-01, 2024-01-01, 2024-03-01", "2024-01-01, 2024-03-01, 2024-02-01"})
  void datesOutOfOrderAreRefused(LocalDate earliest, LocalDate expected, LocalDate latest) {
    assertThatIllegalArgumentException().isThrownBy(() -> new Window(earliest, expected, latest))
        .withMessageContaining("out of order");
  }

  @Test
  void policiesRulesAndAnswersDescribeThemselves() {
    assertThat(PathwayPolicy.defaults().toString()).isNotEmpty()
        .isEqualTo(PathwayPolicy.defaults().toString());
    assertThat(PathwayRule.leadersPlusTwoOfThree().toString()).isNotEmpty();
    InspectionPathway none = InspectionPathway.of(io.github.ilacs.InspectionHistory.of(
        io.github.ilacs.LocalAuthority.of("Kent", "886"), java.util.List.of()),
        LocalDate.of(2024, 1, 1));
    assertThat(none.toString()).contains("NOT_YET_INSPECTED");
  }
}

package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ilacs.Coverage;
import io.github.ilacs.InspectionHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entry points' refusals by argument, an answer's equality and hash code, and its one-line
 * summary.
 */
class InspectionPathwayArgumentsTest {
  private static final InspectionHistory NOTTS = Histories.nottinghamshire();

  static Stream<Arguments> refused() {
    LocalDate day = d("2023-01-10");
    PathwayPolicy policy = PathwayPolicy.defaults();
    NationalSchedule schedule = NationalSchedule.of(List.of(NOTTS), day);
    return Stream.of(
        Arguments.of("no history", (Executable) () -> InspectionPathway.of(null, day, policy),
            "history: is required but was null"),
        Arguments.of("no date", (Executable) () -> InspectionPathway.of(NOTTS, null, policy),
            "asOf: is required but was null"),
        Arguments.of("no policy", (Executable) () -> InspectionPathway.of(NOTTS, day, null),
            "policy: is required but was null"),
        Arguments.of("no history, scheduled",
            (Executable) () -> InspectionPathway.of(null, schedule),
            "history must not be null"),
        Arguments.of("no schedule",
            (Executable) () -> InspectionPathway.of(NOTTS, (NationalSchedule) null),
            "schedule must not be null"),
        Arguments.of("before the supported dates", (Executable) () -> InspectionPathway.of(NOTTS,
            InspectionPathway.FIRST_SUPPORTED_DATE.minusDays(1), policy), "is outside the"
            + " supported dates"),
        Arguments.of("after the supported dates", (Executable) () -> InspectionPathway.of(NOTTS,
            InspectionPathway.LAST_SUPPORTED_DATE.plusDays(1), policy), "is outside the"
            + " supported dates"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusesBadArguments(String name, Executable call, String message) {
    assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2023-01-10", "2024-06-01"})
  void theSupportedDatesThemselvesAreAnswered(LocalDate other) {
    assertThat(InspectionPathway.of(NOTTS, InspectionPathway.FIRST_SUPPORTED_DATE).asOf())
        .isEqualTo(InspectionPathway.FIRST_SUPPORTED_DATE);
    assertThat(InspectionPathway.of(NOTTS, InspectionPathway.LAST_SUPPORTED_DATE).asOf())
        .isEqualTo(InspectionPathway.LAST_SUPPORTED_DATE);
    assertThat(InspectionPathway.of(NOTTS, other).asOf()).isEqualTo(other);
  }

  /** Equal answers hash alike; answers on different dates differ in both. */
  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource({"2023-01-10, 2023-01-11", "2019-10-10, 2024-06-01"})
  void equalityAndHashCode(LocalDate one, LocalDate other) {
    InspectionPathway a = InspectionPathway.of(NOTTS, one);
    InspectionPathway b = InspectionPathway.of(Histories.nottinghamshire(), one);
    InspectionPathway c = InspectionPathway.of(NOTTS, other);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
  }

  @ParameterizedTest(name = "as of {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2023-01-10 | InspectionPathway[Nottinghamshire (891) as of 2023-01-10: GOOD_OR_OUTSTANDING, next SHORT_INSPECTION
      2025-06-01 | InspectionPathway[Nottinghamshire (891) as of 2025-06-01: GOOD_OR_OUTSTANDING, next SHORT_INSPECTION
      """)
  void summary(LocalDate asOf, String start) {
    InspectionPathway p = InspectionPathway.of(NOTTS, asOf);
    String s = p.toString();

    assertThat(s).startsWith(start + " " + p.nextInspection().window() + " "
        + p.nextInspection().status());
    assertThat(s.contains(" since ")).isEqualTo(p.nextInspection().overdueSince().isPresent());
    assertThat(s.contains(", something overdue")).isEqualTo(p.overdue());
    assertThat(s).endsWith(", " + p.deadlines().size() + " deadlines]");
  }

  /** A history of published activity only says so in the summary. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"PUBLISHED_ACTIVITY", "GRADED_INSPECTIONS"})
  void summaryNamesPartialCoverage(Coverage coverage) {
    InspectionHistory h = InspectionHistory.builder().from(NOTTS).coverage(coverage).build();
    String s = InspectionPathway.of(h, d("2023-01-10")).toString();

    assertThat(s).endsWith(", " + coverage.description() + "]");
    assertThat(InspectionPathway.of(NOTTS, d("2023-01-10")).toString())
        .doesNotContain(coverage.description());
  }
}

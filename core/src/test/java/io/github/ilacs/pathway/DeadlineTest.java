package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A deadline's own checks, its kinds' titles and the arguments of {@code following}. */
class DeadlineTest {
  private static final Inspection REPORT = Histories.graded(InspectionKind.STANDARD_INSPECTION,
      "2022-01-10", Grade.GOOD);

  static Stream<Arguments> values() {
    List<Reason> reasons = List.of(Reason.ACTION_PLAN);
    return Stream.of(
        Arguments.of(0, "2022-03-01", "2022-03-01", reasons, null),
        Arguments.of(70, "2022-03-01", "2022-06-13", reasons, null),
        Arguments.of(-1, "2022-03-01", "2022-03-01", reasons,
            "workingDays -1 is negative"),
        Arguments.of(1, "2022-03-02", "2022-03-01", reasons,
            "due 2022-03-01 is before from 2022-03-02"),
        Arguments.of(1, "2022-03-01", "2022-03-02", List.of(),
            "reasons must be a non-empty list without nulls"),
        Arguments.of(1, "2022-03-01", "2022-03-02", Arrays.asList(Reason.ACTION_PLAN, null),
            "reasons must be a non-empty list without nulls"));
  }

  @ParameterizedTest(name = "{0} days from {1} due {2}: {4}")
  @MethodSource("values")
  void checksItsValues(int days, String from, String due, List<Reason> reasons, String refusal) {
    if (refusal == null) {
      Deadline deadline = deadline(days, from, due, reasons);
      assertThat(deadline.workingDays()).isEqualTo(days);
      assertThat(deadline.due()).isEqualTo(d(due));
      assertThat(deadline.reasons()).isEqualTo(reasons);
    } else {
      assertThatThrownBy(() -> deadline(days, from, due, reasons))
          .isInstanceOf(IllegalArgumentException.class).hasMessage(refusal);
    }
  }

  private static Deadline deadline(int days, String from, String due, List<Reason> reasons) {
    return new Deadline(Deadline.Kind.ACTION_PLAN, REPORT, Deadline.CountedFrom.PUBLISHED,
        d(from), days, d(due), Deadline.Status.OPEN, reasons);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ACTION_PLAN, Action plan",
      "EARLY_DRAFT_ACTION_PLAN, Early draft of the action plan",
      "REPORT_PUBLICATION, Publication of the report by the authority"})
  void kindsHaveTitles(Deadline.Kind kind, String title) {
    assertThat(kind.title()).isEqualTo(title);
  }

  static Stream<Arguments> missingArguments() {
    PathwayPolicy policy = PathwayPolicy.defaults();
    LocalDate asOf = d("2022-06-01");
    return Stream.of(Arguments.of(null, asOf, policy), Arguments.of(REPORT, null, policy),
        Arguments.of(REPORT, asOf, null));
  }

  @ParameterizedTest
  @MethodSource("missingArguments")
  void followingRefusesANullArgument(Inspection document, LocalDate asOf, PathwayPolicy policy) {
    assertThatThrownBy(() -> Deadline.following(document, asOf, policy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document, asOf and policy must not be null");
  }

  /** A published full inspection's report starts two deadlines, returned in due-date order. */
  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({"2022-03-10, OPEN", "2023-01-01, PASSED"})
  void followingAReport(LocalDate asOf, Deadline.Status status) {
    List<Deadline> deadlines = Deadline.following(REPORT, asOf, PathwayPolicy.defaults());

    assertThat(deadlines).extracting(Deadline::kind)
        .containsExactly(Deadline.Kind.REPORT_PUBLICATION, Deadline.Kind.ACTION_PLAN);
    assertThat(deadlines).extracting(Deadline::status).containsOnly(status);
    assertThat(deadlines).extracting(Deadline::from).containsOnly(REPORT.published().get());
  }
}

package io.github.ilacs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.PathwayPolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deadlines plans rely on, from {@link Deadline#following}: what the pathway gives for a
 * history of the one report.
 */
class PlanDeadlinesTest {
  private static final PathwayPolicy POLICY = PathwayPolicy.defaults();

  @ParameterizedTest
  @CsvSource({
      "2019-12-18, ''",
      "2019-12-19, ACTION_PLAN 2020-03-31; REPORT_PUBLICATION 2020-02-04",
      "2020-06-01, ACTION_PLAN 2020-03-31; REPORT_PUBLICATION 2020-02-04",
  })
  void aStandardInspectionSetsThePlanAndPublicationDeadlines(LocalDate asOf, String expected) {
    assertThat(describe(Deadline.following(Plans.standard2019(), asOf, POLICY)))
        .isEqualTo(expected);
  }

  @Test
  void priorityActionsSetAnEarlyDraftAndAFinalPlan() {
    assertThat(describe(Deadline.following(Plans.priorityVisit2021(),
        LocalDate.of(2021, 12, 8), POLICY)))
        .isEqualTo("ACTION_PLAN 2022-03-21; EARLY_DRAFT_ACTION_PLAN 2022-01-10");
  }

  @Test
  void aVisitWithoutPriorityActionsSetsNone() {
    assertThat(Deadline.following(Plans.laterVisit2022(), LocalDate.of(2022, 7, 1), POLICY))
        .isEmpty();
  }

  @Test
  void theDeadlinesAreThePathwaysOwn() {
    LocalDate asOf = LocalDate.of(2020, 1, 6);
    assertThat(Deadline.following(Plans.standard2019(), asOf, POLICY))
        .containsExactlyInAnyOrderElementsOf(InspectionPathway.of(io.github.ilacs.InspectionHistory.of(Plans.AUTHORITY,
            List.of(Plans.standard2019())), asOf).deadlines());
  }

  @Test
  void aNullReportIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Deadline.following(null, LocalDate.of(2020, 1, 1), POLICY))
        .withMessageContaining("document");
  }

  /** The deadlines as {@code KIND due}, in alphabetical order. */
  private static String describe(List<Deadline> deadlines) {
    return String.join("; ", deadlines.stream().map(d -> d.kind() + " " + d.due()).sorted()
        .toList());
  }
}

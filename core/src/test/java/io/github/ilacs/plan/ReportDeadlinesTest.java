package io.github.ilacs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.ReportDeadlines;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ReportDeadlines gives what the pathway gives for a history of the one report. */
class ReportDeadlinesTest {

  @ParameterizedTest
  @CsvSource({
      "2019-12-18, ''",
      "2019-12-19, REPORT_PUBLICATION 2020-02-04; ACTION_PLAN 2020-03-31",
      "2020-06-01, REPORT_PUBLICATION 2020-02-04; ACTION_PLAN 2020-03-31",
  })
  void aStandardInspectionSetsThePlanAndPublicationDeadlines(LocalDate asOf, String expected) {
    assertThat(describe(ReportDeadlines.following(Plans.standard2019(), asOf)))
        .isEqualTo(expected);
  }

  @Test
  void priorityActionsSetAnEarlyDraftAndAFinalPlan() {
    assertThat(describe(ReportDeadlines.following(Plans.priorityVisit2021(),
        LocalDate.of(2021, 12, 8))))
        .isEqualTo("EARLY_DRAFT_ACTION_PLAN 2022-01-10; ACTION_PLAN 2022-03-21");
  }

  @Test
  void aVisitWithoutPriorityActionsSetsNone() {
    assertThat(ReportDeadlines.following(Plans.laterVisit2022(), LocalDate.of(2022, 7, 1)))
        .isEmpty();
  }

  @Test
  void theDeadlinesAreThePathwaysOwn() {
    LocalDate asOf = LocalDate.of(2020, 1, 6);
    assertThat(ReportDeadlines.following(Plans.standard2019(), asOf))
        .isEqualTo(InspectionPathway.of(io.github.ilacs.InspectionHistory.of(Plans.AUTHORITY,
            List.of(Plans.standard2019())), asOf).deadlines());
  }

  @Test
  void aNullReportIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportDeadlines.following(null, LocalDate.of(2020, 1, 1)))
        .withMessageContaining("report");
  }

  private static String describe(List<Deadline> deadlines) {
    return String.join("; ", deadlines.stream().map(d -> d.kind() + " " + d.due()).toList());
  }
}

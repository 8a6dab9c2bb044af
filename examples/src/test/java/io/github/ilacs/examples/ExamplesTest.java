package io.github.ilacs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs each example program and checks what it prints. */
@Isolated
class ExamplesTest {

  interface Program {
    void run() throws Exception;
  }

  static String output(Program program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      program.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildAnInspectionPrintsTheGradeAndTheRejection() throws Exception {
    assertThat(output(() -> BuildAnInspection.main(new String[0])))
        .contains("ILACS_2023 SHORT_INSPECTION from 2023-03-06: overall Good")
        .contains("Rejected: [IV02] end: 2023-03-05 is before start 2023-03-06");
  }

  @Test
  void validateAnInspectionReportsBothProblems() throws Exception {
    assertThat(output(() -> ValidateAnInspection.main(new String[0])))
        .contains("ERROR R101", "R301")
        .contains("The record contradicts the framework.");
  }

  @Test
  void seedsPathwayPrintsPathwayOne() throws Exception {
    assertThat(output(() -> SeedsPathway.main(new String[0])))
        .contains("As of 2019-12-20: GOOD_OR_OUTSTANDING, next SHORT_INSPECTION");
  }

  @Test
  void jsonRoundTripIsEqualAndRefusesTheBrokenDocument() throws Exception {
    assertThat(output(() -> JsonRoundTrip.main(new String[0])))
        .contains("round trip equal: true")
        .contains("Refused: ", "/inspections/0/end", "IV02");
  }

  @Test
  void recurringThemesListsTheThemesOfNottinghamshire() throws Exception {
    assertThat(output(() -> RecurringThemesExample.main(new String[0])))
        .contains("SUPERVISION_AND_MANAGEMENT_OVERSIGHT raised in");
  }

  @Test
  void planProgressShowsTheOverduePlanThenTheReportNotYetDue() throws Exception {
    assertThat(output(() -> PlanProgressExample.main(new String[0])))
        .contains("As of 2020-04-01, submitted (not recorded):\n  overdue: SUBMISSION the plan "
            + "answering the STANDARD_INSPECTION of 2019-10-07, due 2020-03-31\n"
            + "  next progress report: none until the plan is submitted")
        .contains("As of 2020-07-01, submitted 2020-03-30:\n"
            + "  next progress report: 2020-09-30 (not yet due)");
  }
}

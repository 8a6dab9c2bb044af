package io.github.ilacs.examples.cli;

import static io.github.ilacs.examples.cli.IlacsCommandTest.assertOneLineError;
import static io.github.ilacs.examples.cli.IlacsCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.examples.cli.IlacsCommandTest.Run;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.seeds.NottinghamshirePlan;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ilacs plan}: its answers as of dates, its exit status, and its one-line errors. */
class PlanCommandTest {
  private static final ImprovementPlan EXAMPLE = NottinghamshirePlan.example();

  @TempDir
  static Path dir;

  private static Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static Path planFile(String name, ImprovementPlan plan) throws IOException {
    return write(name, Inputs.MAPPER.writeValueAsString(plan));
  }

  private static ImprovementPlan submitted30March() {
    return ImprovementPlan.builder().from(EXAMPLE).submitted(LocalDate.of(2020, 3, 30)).build();
  }

  @Test
  void withoutAFileTheExamplePlanIsOverdueOnTheFirstOfApril2020() {
    Run run = run("plan", "--as-of", "2020-04-01");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Improvement plan of Nottinghamshire (DfE code 891), as of"
        + " 2020-04-01\n").contains(
        "  Action plan: due 2020-03-31 (70 working days from 2019-12-19); not met, OVERDUE\n",
        "Overdue\n  SUBMISSION the plan answering the STANDARD_INSPECTION of 2019-10-07, due "
            + "2020-03-31\n",
        "Next progress report: every 6 months to Children and Young People's Committee, "
            + "counted from the submission, which is not recorded by then\n",
        "Findings with no action\n  none\n",
        "Plan rules\n  no violations\n");
  }

  @Test
  void submittedOn30MarchTheReportIsNotYetDueOnTheFirstOfJuly2020() throws IOException {
    Run run = run("plan", planFile("submitted.json", submitted30March()).toString(),
        "--as-of", "2020-07-01");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(
        "  Action plan: due 2020-03-31 (70 working days from 2019-12-19); met 2020-03-30\n",
        "Overdue\n  nothing\n",
        "Next progress report: due 2020-09-30 to Children and Young People's Committee "
            + "(not yet due)\n",
        "  A1 Not started, due 2020-12-31, owner Head of service, assessment and "
            + "safeguarding\n");
  }

  @ParameterizedTest
  @CsvSource({
      "2022-05-31, '  none\n'",
      "2022-06-01, '  A1 (STANDARD_INSPECTION 2019-10-07 #0), complete since 2020-12-18: "
          + "RECORDING raised again by the Focused visit of 2022-04-26\n'",
  })
  void aThemeRaisedAgainAfterACompletedActionIsShown(String asOf, String expected)
      throws IOException {
    Action a1 = Action.builder().from(EXAMPLE.action("A1").orElseThrow())
        .completed(LocalDate.of(2020, 12, 18)).build();
    ImprovementPlan plan = ImprovementPlan.builder().from(submitted30March())
        .actions(EXAMPLE.actions().stream().map(a -> a.id().equals("A1") ? a1 : a).toList())
        .build();
    Path history = write("notts-history.json",
        Inputs.MAPPER.writeValueAsString(NottinghamshireSeeds.history()));
    Run run = run("plan", planFile("complete.json", plan).toString(), "--history",
        history.toString(), "--as-of", asOf);
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Raised again after a completed action\n" + expected);
  }

  @Test
  void aPlanBreakingAnErrorRuleExitsOne() throws IOException {
    ImprovementPlan plan = ImprovementPlan.builder().from(EXAMPLE)
        .actions(EXAMPLE.actions().subList(0, 3)).build();
    Run run = run("plan", planFile("three.json", plan).toString(), "--as-of", "2020-02-01");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("Findings with no action\n  STANDARD_INSPECTION 2019-10-07"
        + " #3 Area for improvement: ", "  ERROR R702 /answers/0/findings/3: no action answers");
  }

  @Test
  void aLateSubmissionIsAWarningAndExitsZero() throws IOException {
    ImprovementPlan plan = ImprovementPlan.builder().from(EXAMPLE)
        .submitted(LocalDate.of(2020, 4, 2)).build();
    Run run = run("plan", planFile("late.json", plan).toString(), "--as-of", "2020-05-01");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("met 2020-04-02, late",
        "  WARNING R703 /submitted: sent 2020-04-02, after the action plan deadline 2020-03-31");
  }

  @Test
  void aMissingFileIsOneLine() {
    assertOneLineError(run("plan", "no-such-plan.json"), "no-such-plan.json: no such file");
  }

  @Test
  void aBrokenInvariantNamesThePathAndCode() throws IOException {
    String json = Inputs.MAPPER.writeValueAsString(EXAMPLE)
        .replace("\"finding\":3", "\"finding\":9");
    assertOneLineError(run("plan", write("broken.json", json).toString()),
        "/actions/3/answers/0: [IV22]");
  }

  @Test
  void anEmptyFileIsOneLine() throws IOException {
    assertOneLineError(run("plan", write("empty.json", "").toString()),
        "empty file, expected a JSON improvement plan");
  }

  @Test
  void aHistoryOfAnotherAuthorityIsOneLine() throws IOException {
    Path kent = write("kent.json", "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},"
        + "\"inspections\":[]}");
    assertOneLineError(run("plan", "--history", kent.toString(), "--as-of", "2020-01-01"),
        "kent.json: [IV23] history.authority: the history is of Kent (886)");
  }

  @Test
  void aDateOutOfRangeIsOneLine() {
    Run run = run("plan", "--as-of", "1989-12-31");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        "ilacs: --as-of: 1989-12-31 is outside 1990-01-01 to 2199-12-31");
  }

  @Test
  void planHasHelp() {
    Run run = run("plan", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: ilacs plan").contains("--as-of", "--history");
  }
}

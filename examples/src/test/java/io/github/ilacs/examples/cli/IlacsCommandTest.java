package io.github.ilacs.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.seeds.NationalOutcomes;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IlacsCommandTest {
  @TempDir
  static Path dir;
  static Path outcomes;
  static Path seedsJson;

  /** What one run of the command line printed and returned. */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = IlacsCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
        .execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeAll
  static void files() throws IOException {
    outcomes = dir.resolve("outcomes.csv");
    try (InputStream in = NationalOutcomes.class.getResourceAsStream(NationalOutcomes.RESOURCE)) {
      Files.copy(in, outcomes);
    }
    seedsJson = dir.resolve("notts.json");
    Files.writeString(seedsJson, Inputs.MAPPER.writeValueAsString(NottinghamshireSeeds.history()));
  }

  static Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static void assertOneLineError(Run run, String... fragments) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("ilacs: ").contains(fragments).doesNotContain("\tat ");
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"timeline", "validate", "forecast", "compare"})
  void everyCommandHasHelp(String command) {
    Run run = run(command, "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: ilacs " + command);
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Run run = run("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("timeline", "validate", "forecast", "compare");
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = run();
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing a command", "Usage: ilacs");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run run = run("predict");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument", "Usage: ilacs");
  }

  @Test
  void timelineWithoutAFileShowsTheNottinghamshireSeeds() {
    Run run = run("timeline", "--as-of", "2020-02-01");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Nottinghamshire", "as of 2020-02-01")
        .contains("2009-10-08", "2015-05-11", "2019-10-07")
        .contains("Pathway: good or outstanding (pathway 1)")
        .contains("Next full inspection: Short inspection")
        .contains("Action plan due 2020-03-31")
        .contains("Publication of the report by the authority due 2020-02-04");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void timelineOnTheFirstOfDecember2026RestsOnThe2024InspectionWithNothingOverdue() {
    Run run = run("timeline", "--as-of", "2026-12-01");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("resting on the Short inspection of 2024-05-20 to 2024-05-24")
        .contains("Next full inspection: Short inspection, DUE")
        .contains("SATISFIED by the Focused visit of 2025-11-26")
        .doesNotContain("OVERDUE");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void timelineReadsAJsonHistory() {
    Run fromFile = run("timeline", seedsJson.toString(), "--as-of", "2022-07-01");
    Run fromSeeds = run("timeline", "--as-of", "2022-07-01");
    assertThat(fromFile.status()).isZero();
    assertThat(fromFile.out()).isEqualTo(fromSeeds.out()).contains("SATISFIED by the Focused visit of 2022-04-26");
  }

  @Test
  void timelineOfAMissingFileIsOneLine() {
    assertOneLineError(run("timeline", dir.resolve("nope.json").toString()),
        "nope.json: no such file");
  }

  @Test
  void timelineOfTruncatedJsonNamesThePlace() throws IOException {
    Path bad = write("truncated.json", "{\"authority\": {\"name\": \"A\", \"code\": \"999\"},\n"
        + "  \"inspections\": [");
    assertOneLineError(run("timeline", bad.toString()), "truncated.json: line 2");
  }

  @Test
  void timelineOfABrokenInvariantNamesThePathAndCode() throws IOException {
    Path bad = write("broken.json", "{\"authority\":{\"name\":\"A\",\"code\":\"999\"},"
        + "\"inspections\":[{\"authority\":{\"name\":\"A\",\"code\":\"999\"},"
        + "\"framework\":\"ILACS_2023\",\"kind\":\"FOCUSED_VISIT\","
        + "\"start\":\"2024-03-05\",\"end\":\"2024-03-04\"}]}");
    assertOneLineError(run("timeline", bad.toString()), "broken.json", "/inspections/0/end",
        "IV02");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"null", "[]", "42", "\"text\""})
  void timelineOfJsonThatIsNotAnObjectIsOneLine(String json) throws IOException {
    Path bad = write("not-object.json", json);
    assertOneLineError(run("timeline", bad.toString()), "not-object.json: line 1",
        "expected a JSON object");
  }

  @Test
  void timelineRefusesTextAfterTheDocument() throws IOException {
    Path bad = write("trailing.json", Files.readString(seedsJson) + "\n trailing");
    assertOneLineError(run("timeline", bad.toString()), "trailing.json: line 2");
  }

  @Test
  void timelineWithADateOutOfRangeIsAUsageError() {
    Run run = run("timeline", "--as-of", "+999999999-12-31");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--as-of", "outside 1990-01-01 to 2199-12-31")
        .doesNotContain("\tat ");
  }

  @Test
  void timelineWithABadDateIsAUsageError() {
    Run run = run("timeline", "--as-of", "31/12/2023");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--as-of", "31/12/2023", "Usage: ilacs timeline");
  }

  @Test
  void validateOfTheSeedsFindsNoError() {
    Run run = run("validate", seedsJson.toString());
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(run.outLines().size() - 1)).startsWith("0 errors, ");
  }

  @Test
  void validateExitsOneOnAnError() throws IOException {
    // a standard inspection dated 2015 under ILACS_2018: the framework was not yet in force
    Path bad = write("early.json", "{\"authority\":{\"name\":\"A\",\"code\":\"999\"},"
        + "\"framework\":\"ILACS_2018\",\"kind\":\"FOCUSED_VISIT\","
        + "\"start\":\"2015-03-03\",\"end\":\"2015-03-04\",\"published\":\"2015-04-01\","
        + "\"focus\":\"CARE_LEAVERS\"}");
    Run run = run("validate", bad.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("ERROR R101").contains("1 errors");
  }

  @Test
  void validateOfTheNationalOutcomesAcceptsEveryRowWithNoError() {
    Run run = run("validate", outcomes.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("427 rows, 427 accepted, 153 authorities")
        .doesNotContain("ERROR");
    assertThat(run.outLines().get(run.outLines().size() - 1)).startsWith("0 errors, ");
  }

  @Test
  void validateWarnsOfASpellingTheDirectoryDoesNotKnowAndExitsZero() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(outcomes));
    lines.set(1, lines.get(1).replace("barking and dagenham,", "barking & dagnam,"));
    Path odd = write("odd-spelling.csv", String.join("\n", lines) + "\n");
    Run run = run("validate", odd.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("427 rows, 427 accepted")
        .contains("WARNING " + odd + ":2 column local_authority 'barking & dagnam': is not a"
            + " spelling the directory knows; imported as la_code 301 is Barking and Dagenham"
            + " (301)")
        .doesNotContain("ERROR");
  }

  @Test
  void validateReportsEveryRejectedRowAndExitsOne() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(outcomes));
    lines.set(2, lines.get(2).replace("2019-02-18", "2019-02-30"));
    lines.set(10, lines.get(10).replace(",good,", ",brilliant,"));
    Path bad = write("two-bad-rows.csv", String.join("\n", lines) + "\n");
    Run run = run("validate", bad.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("427 rows, 425 accepted")
        .contains("two-bad-rows.csv:3 column", "2019-02-30")
        .contains("two-bad-rows.csv:11 column", "brilliant");
  }

  @Test
  void validateOfATableWithAnUnknownHeaderIsOneLine() throws IOException {
    Path bad = write("header.csv", "name,score\nAnyshire,3\n");
    assertOneLineError(run("validate", bad.toString()), "header.csv: line 1");
  }

  @Test
  void validateNeedsAFile() {
    Run run = run("validate");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter", "Usage: ilacs validate");
  }

  @Test
  void forecastPrintsOneRowPerAuthority() {
    Run run = run("forecast", "--as-of", "2023-12-31", "--csv", outcomes.toString());
    assertThat(run.status()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines.get(0))
        .isEqualTo("la_code,local_authority,pathway,basis_end,next_kind,earliest,expected,latest");
    assertThat(lines).hasSize(1 + 153);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("891,Nottinghamshire,"
        + "GOOD_OR_OUTSTANDING,2019-10-18,SHORT_INSPECTION,"));
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .startsWith("839,\"Bournemouth, Christchurch and Poole\","));
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l)
        .matches("\\d{3},.+,[A-Z_]+,(\\d{4}-\\d{2}-\\d{2})?,[A-Z_]+,"
            + "\\d{4}-\\d{2}-\\d{2},\\d{4}-\\d{2}-\\d{2},\\d{4}-\\d{2}-\\d{2}"));
  }

  @Test
  void forecastReadsTheBuiltInNationalOutcomesByDefault() {
    Run run = run("forecast", "--as-of", "2024-12-31");
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(1 + 153);
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l)
        .startsWith("891,Nottinghamshire,GOOD_OR_OUTSTANDING,2024-05-24,"));
  }

  @Test
  void forecastWritesToAFile() throws IOException {
    Path out = dir.resolve("forecast.csv");
    Run run = run("forecast", "--as-of", "2023-12-31", "--csv", outcomes.toString(),
        "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(154);
  }

  @Test
  void forecastNeedsTheDateAndTable() {
    Run run = run("forecast", "--csv", outcomes.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option", "--as-of");
  }

  @Test
  void forecastOfAMissingTableIsOneLine() {
    assertOneLineError(run("forecast", "--as-of", "2023-12-31", "--csv",
        dir.resolve("none.csv").toString()), "none.csv: no such file");
  }

  @Test
  void forecastReportsAnAuthorityItCannotForecastAndKeepsTheOthers() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(outcomes));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("nottinghamshire,") && lines.get(i).contains("2019-10-07")) {
        lines.set(i, lines.get(i).replace(",good,good,requires improvement,good,,,", ",,,,,,,"));
      }
    }
    Path ungraded = write("ungraded.csv", String.join("\n", lines) + "\n");
    Run run = run("forecast", "--as-of", "2023-12-31", "--csv", ungraded.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("ilacs: ").contains("ungraded.csv", "authority 891")
        .doesNotContain("\tat ");
    assertThat(run.outLines()).hasSize(153);
  }

  @Test
  void forecastReportsRejectedRowsAndKeepsTheOthers() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(outcomes));
    lines.set(1, lines.get(1).replace(",301,", ",30,"));
    Path bad = write("one-bad-row.csv", String.join("\n", lines) + "\n");
    Run run = run("forecast", "--as-of", "2023-12-31", "--csv", bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("ilacs: ").contains("one-bad-row.csv:2");
    assertThat(run.outLines()).hasSize(154);
  }
}

package io.github.ilacs.examples.cli;

import static io.github.ilacs.examples.cli.IlacsCommandTest.assertOneLineError;
import static io.github.ilacs.examples.cli.IlacsCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.examples.cli.IlacsCommandTest.Run;
import io.github.ilacs.seeds.NationalOutcomes;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's polish: version, dates, validate going on, timeline from a table, colour. */
class CliPolishTest {
  @TempDir
  static Path dir;
  static Path outcomes;
  static Path seedsJson;

  @BeforeAll
  static void files() throws IOException {
    outcomes = dir.resolve("outcomes.csv");
    try (InputStream in = NationalOutcomes.class.getResourceAsStream(NationalOutcomes.RESOURCE)) {
      Files.copy(in, outcomes);
    }
    seedsJson = write("notts.json",
        Inputs.MAPPER.writeValueAsString(NottinghamshireSeeds.history()));
  }

  static Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void theVersionIsTheBuildsVersion() throws IOException {
    Run run = run("--version");
    assertThat(run.status()).isZero();
    String pom = Files.readString(Path.of("pom.xml"));
    int parent = pom.indexOf("<parent>");
    String version = pom.substring(pom.indexOf("<version>", parent) + 9,
        pom.indexOf("</version>", parent));
    assertThat(run.out().strip()).isEqualTo("ilacs " + version)
        .doesNotContain("development", "unknown", "${");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2026-06-01     | 2026-06-01",
      "01/06/2026     | 2026-06-01",
      "1/6/2026       | 2026-06-01",
      "1 June 2026    | 2026-06-01",
      "1 Jun 2026     | 2026-06-01",
      "31 December 2024 | 2024-12-31",
      "29/02/2024     | 2024-02-29"})
  void datesAreAcceptedInThreeForms(String text, LocalDate expected) {
    assertThat(Dates.parse(text)).isEqualTo(expected);
    Run run = run("timeline", "--as-of", text);
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("as of " + expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"06/31/2026", "29/02/2023", "2026-13-01", "June 1 2026", "tomorrow",
      "1 Juin 2026", ""})
  void otherDatesAreOnePlainLine(String text) {
    Run run = run("compare", "891", "--as-of", text);
    assertOneLineError(run, "is not a date", "2026-06-01, 01/06/2026 or 1 June 2026");
    assertThat(run.err()).doesNotContain("Usage", "DateTimeParseException", "Text '");
  }

  @Test
  void validateReportsEveryFileAndGoesOn() throws IOException {
    Path good = seedsJson;
    Path broken = write("broken.json", "{\"authority\":");
    Run run = run("validate", broken.toString(), good.toString(), "missing.json",
        good.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith("ilacs: " + broken))
        .anySatisfy(l -> assertThat(l).startsWith("ilacs: missing.json: no such file"));
    assertThat(run.out().lines().filter(l -> l.startsWith(good + ": Nottinghamshire")))
        .hasSize(2);
    assertThat(run.out()).endsWith("0 errors, 0 warnings, 2 of 4 files could not be read\n");
  }

  @Test
  void validateOfReadableFilesKeepsItsStatus() {
    assertThat(run("validate", seedsJson.toString()).status()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"380", "Bradford", "bradford"})
  void timelineTakesOneAuthorityOutOfATable(String authority) {
    Run run = run("timeline", "--csv", outcomes.toString(), "--authority", authority,
        "--as-of", "2024-12-31");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Bradford (DfE code 380), as of 2024-12-31")
        .contains("Pathway: inadequate");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--csv | outcomes | --as-of | 2024-12-31 | go together",
      "--authority | 380 | --as-of | 2024-12-31 | go together"})
  void theTableAndTheAuthorityGoTogether(String o1, String v1, String o2, String v2,
      String message) {
    Run run = run("timeline", o1, v1.equals("outcomes") ? outcomes.toString() : v1, o2, v2);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }

  @Test
  void timelineOfAnAuthorityTheTableDoesNotHoldIsOneLine() {
    assertOneLineError(run("timeline", "--csv", outcomes.toString(), "--authority", "Atlantis",
        "--as-of", "2024-12-31"), "authority 'Atlantis': no authority has this name");
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2019-11-01", "2020-01-10", "2024-06-01", "2024-07-20",
      "2026-06-01"})
  void theTimelineShowsOneWindowForTheNextInspection(String asOf) {
    Run run = run("timeline", "--as-of", asOf);
    assertThat(run.out().lines().filter(l -> l.startsWith("Next full inspection"))).hasSize(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("  window "))).hasSize(1);
  }

  @Test
  void colourOnlyWhenAskedOrOnATerminal() {
    String piped = run("timeline", "--as-of", "2020-02-01").out();
    String always = run("timeline", "--as-of", "2020-02-01", "--colour=always").out();
    String never = run("timeline", "--as-of", "2020-02-01", "--color=never").out();
    assertThat(piped).doesNotContain("\u001B[").isEqualTo(never);
    assertThat(always).contains("\u001B[32m", "\u001B[0m");
    assertThat(always.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(piped);
  }

  @Test
  void briefingAndOverviewWriteTheirPages() throws IOException {
    Path page = dir.resolve("notts.html");
    Run run = run("briefing", "891", "--as-of", "1 December 2026", "--out", page.toString());
    assertThat(run.status()).isZero();
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>")
        .contains("Nottinghamshire (891)");
    Path all = dir.resolve("all.html");
    run = run("overview", "--as-of", "01/12/2026", "--out", all.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains(NationalOutcomes.histories().size() + " authorities");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"briefing", "overview"})
  void aPageFromATableWithARejectedRowIsWrittenAndExitsTwo(String command) throws IOException {
    java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(outcomes));
    lines.set(1, lines.get(1).replace(",301,", ",30,"));
    Path bad = write("bad-row-" + command + ".csv", String.join("\n", lines) + "\n");
    Path page = dir.resolve(command + "-from-table.html");
    Run run = command.equals("briefing")
        ? run(command, "380", "--csv", bad.toString(), "--as-of", "2024-12-31", "--out",
            page.toString())
        : run(command, "--csv", bad.toString(), "--as-of", "2024-12-31", "--out",
            page.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1)
        .allSatisfy(l -> assertThat(l).startsWith("ilacs: " + bad + ":2"));
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void aBriefingByNameOrFromAFile() throws IOException {
    Path page = dir.resolve("byname.html");
    assertThat(run("briefing", "Nottinghamshire", "--as-of", "2026-12-01", "--out",
        page.toString()).status()).isZero();
    Path fromFile = dir.resolve("fromfile.html");
    assertThat(run("briefing", seedsJson.toString(), "--as-of", "2026-12-01",
        "--out", fromFile.toString()).status()).isZero();
    assertThat(Files.readString(fromFile).replaceAll("Made by ilacs [^ ]+", ""))
        .isEqualTo(Files.readString(page).replaceAll("Made by ilacs [^ ]+", ""));
  }

  @Test
  void aBriefingOfAnUnknownAuthorityIsOneLine() {
    assertOneLineError(run("briefing", "999", "--out", dir.resolve("x.html").toString()),
        "authority '999'", "no record for DfE code 999");
  }

  @Test
  void aBriefingNeedsAPlaceToWrite() {
    Run run = run("briefing", "891");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--out");
  }
}

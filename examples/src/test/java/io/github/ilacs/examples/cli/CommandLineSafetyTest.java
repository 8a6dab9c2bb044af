package io.github.ilacs.examples.cli;

import static io.github.ilacs.examples.cli.IlacsCommandTest.assertOneLineError;
import static io.github.ilacs.examples.cli.IlacsCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.examples.cli.IlacsCommandTest.Run;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line against hostile input and output: formulas, devices, pipes, escapes. */
class CommandLineSafetyTest {
  /** The documented cap on a JSON input, 32 MiB. */
  private static final long JSON_CAP = 32L * 1024 * 1024;

  @TempDir
  Path dir;

  /** OWASP's advice for CSV injection: a cell that could start a formula starts with a quote. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      =HYPERLINK("http://x";"y")  | `"'=HYPERLINK(""http://x"";""y"")"`
      +1+2                        | '+1+2
      -1+2                        | '-1+2
      @SUM(A1)                    | '@SUM(A1)
      Kent                        | Kent
      Bath, and NE Somerset       | `"Bath, and NE Somerset"`
      """)
  void forecastCellsThatCouldStartAFormulaAreNeutralised(String value, String cell) {
    assertThat(ForecastCommand.csvField(value)).isEqualTo(cell);
  }

  @Test
  void forecastCellsStartingWithTabOrCarriageReturnAreNeutralised() {
    assertThat(ForecastCommand.csvField("\t=1")).isEqualTo("'\t=1");
    assertThat(ForecastCommand.csvField("\r=1")).isEqualTo("\"'\r=1\"");
  }

  /** A history whose authority's name carries a terminal escape sequence and a bell. */
  @Test
  void controlCharactersInDataAreEscapedInWhatIsPrinted() throws IOException {
    InspectionHistory seeds = NottinghamshireSeeds.history();
    LocalAuthority evil = LocalAuthority.of("Notts\u001b[2J\u0007\u202e", "891");
    String json = Inputs.MAPPER.writeValueAsString(InspectionHistory.of(evil,
        seeds.inspections().stream().map(i -> io.github.ilacs.Inspection.builder().from(i)
            .authority(evil).build()).toList()));
    Path file = Files.writeString(dir.resolve("evil.json"), json, StandardCharsets.UTF_8);
    for (Run run : List.of(run("timeline", file.toString(), "--as-of", "2023-01-01"),
        run("validate", file.toString()))) {
      assertThat(run.out() + run.err()).doesNotContain("\u001b", "\u0007", "\u202e")
          .contains("Notts\\u001B[2J\\u0007\\u202E");
    }
  }

  @Test
  void anAtFileIsAFileNameNotAnExpansion() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "hunter2-password\n");
    Run run = run("validate", "@" + secret);
    assertOneLineError(run, "@" + secret);
    assertThat(run.out() + run.err()).doesNotContain("hunter2");
  }

  /** /dev/zero never ends: it is refused at once, as anything that is not a regular file. */
  @Test
  void anEndlessDeviceIsRefusedInOneLine() {
    assumeTrue(new File("/dev/zero").exists(), "no /dev/zero on this system");
    assertOneLineError(run("validate", "/dev/zero"), "/dev/zero", "not a regular file");
    assertOneLineError(run("timeline", "/dev/zero"), "/dev/zero", "not a regular file");
    assertOneLineError(run("forecast", "--as-of", "2023-12-31", "--csv", "/dev/zero"),
        "/dev/zero", "not a regular file");
  }

  /** A named pipe nobody writes to would block the first open: it is refused before that. */
  @Test
  void aNamedPipeIsRefusedWithoutHanging() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo on this system");
      return;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    assertOneLineError(run("validate", fifo.toString()), "pipe.json", "not a regular file");
  }

  /** Bigger than the cap for JSON: refused before it is read, naming the cap. */
  @Test
  void aJsonFileOverTheSizeCapIsRefusedNamingTheCap() throws IOException {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(JSON_CAP + 1);
    }
    assertOneLineError(run("validate", big.toString()), "big.json", "larger than",
        "32 MiB");
  }

  @Test
  void aDashReadsStandardInput() throws IOException {
    byte[] json = Inputs.MAPPER.writeValueAsBytes(NottinghamshireSeeds.history());
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(json));
      Run run = run("validate", "-");
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("-: Nottinghamshire (891)");
    } finally {
      System.setIn(saved);
    }
  }

  /** The real program, forked, with standard output on a full device: it must not exit 0. */
  @Test
  void aFullStandardOutputGivesANonZeroExit() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full on this system");
    String classPath = String.join(File.pathSeparator, List.of(
        System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", "")));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
        IlacsCommand.class.getName(), "timeline", "--as-of", "2023-01-01"));
    Process p = new ProcessBuilder(command).redirectOutput(full).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isNotZero();
    assertThat(err).contains("cannot write").doesNotContain("\tat ");
  }
}

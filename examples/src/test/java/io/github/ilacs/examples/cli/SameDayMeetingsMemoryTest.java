package io.github.ilacs.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.examples.bench.LongHistories;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defect that ran {@code ilacs validate} out of memory: 10,000 meetings on one day, a
 * 1.6 MB file within every documented limit. The command runs in its own JVM with a 256 MB
 * heap and must finish with a report of bounded size; what is asserted is memory (no
 * OutOfMemoryError under {@code -Xmx256m}) and the report's size, not time.
 */
class SameDayMeetingsMemoryTest {
  @TempDir
  Path dir;

  @Test
  void tenThousandSameDayMeetingsValidateInA256MegabyteHeapToABoundedReport()
      throws Exception {
    Path file = dir.resolve("meetings.json");
    Inputs.MAPPER.writeValue(file.toFile(), LongHistories.sameDay(10_000));
    assertThat(Files.size(file)).isBetween(1_000_000L, Inputs.MAX_JSON_BYTES);

    String classPath = String.join(File.pathSeparator, List.of(
        System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", "")));
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", classPath, IlacsCommand.class.getName(), "validate", file.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(p.exitValue()).as(output).isEqualTo(1);
    // one overlapping group, reported once; nothing else to say about a meeting
    assertThat(output.lines()).hasSizeLessThan(10);
    assertThat(output).contains("ERROR R603", "10000 activities in all",
        "1 errors, 0 warnings");
  }
}

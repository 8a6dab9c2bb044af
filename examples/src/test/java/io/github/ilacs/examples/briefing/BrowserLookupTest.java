package io.github.ilacs.examples.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the browser test finds Chromium, and when its absence fails rather than skips. */
class BrowserLookupTest {
  @TempDir
  Path dir;

  @Test
  void findsAnExecutableChromiumOnThePathAndNothingElse() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path notExecutable = Files.createDirectory(dir.resolve("plain"));
    Files.writeString(notExecutable.resolve("chromium"), "");
    Path browser = Files.writeString(bin.resolve("chromium"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(BrowserTest.locate(empty + ":" + notExecutable)).isEmpty();
    assertThat(BrowserTest.locate("")).isEmpty();
    assertThat(BrowserTest.locate(empty + "::" + notExecutable + ":" + bin)).contains(browser);
  }

  @ParameterizedTest(name = "CI={0}: {1}")
  @CsvSource(value = {"true, true", "TRUE, true", "false, false", "1, false", "NULL, false"},
      nullValues = "NULL")
  void aMissingBrowserFailsOnlyOnCi(@Nullable String ci, boolean fails) {
    assertThat(BrowserTest.mustRun(ci)).isEqualTo(fails);
  }
}

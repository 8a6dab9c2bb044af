package io.github.ilacs.directory;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Finds the project's shared folder (beside the repository) for tests that read real data. */
final class SharedData {
  private SharedData() {}

  /** Returns a file under {@code shared/data}, or skips the calling test when it is absent. */
  static Path data(String file) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(file);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, "skipped: shared/data/" + file + " is not beside this checkout");
    throw new AssertionError("unreachable");
  }

  static List<Map<String, String>> rows(String file) throws IOException {
    return CsvTable.read(Files.newBufferedReader(data(file), StandardCharsets.UTF_8), file);
  }
}

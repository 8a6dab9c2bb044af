package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever cells of a valid outcomes table are changed into, the import never throws;
 * every data row is either accepted or rejected with a line, a column and a reason, and every
 * history it gives is written as JSON and read back unchanged, validating the same. Seeded, so a
 * failure can be repeated from the seed in its message.
 */
class MutatedTablesTest {
  private static final String[] CELLS = {"", " ", "x", "\"", "\"a,b\"", "2019-02-30",
      "31/02/19", "1/1/1", "2019-13-01", "2030-01-01", "good", "Adequate", "RI", "9", "ILACS",
      "SIF", "LAC_2012", "ILACS_2099", "short", "standard", "12", "8911", "891", "80a", "80534",
      "nan", "data_unreadable", "\uFFFD", "https://example.org/x"};

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMutatedTableRejectsRowsButNeverThrows(long seed) throws IOException {
    Random random = new Random(seed);
    List<String> lines = Files.readAllLines(
        Fixtures.resource("la-inspection-outcomes-to-2023.csv"), StandardCharsets.UTF_8);
    List<String> table = new ArrayList<>(lines.subList(0, 1));
    int start = 1 + random.nextInt(lines.size() - 20);
    for (String line : lines.subList(start, start + 15)) {
      String[] cells = line.split(",", -1);
      if (random.nextInt(3) == 0) {
        cells[random.nextInt(cells.length)] = CELLS[random.nextInt(CELLS.length)];
      }
      table.add(String.join(",", Arrays.asList(cells)));
    }
    String csv = String.join("\n", table) + "\n";
    try {
      OutcomesImport result = OutcomesCsv.read(new StringReader(csv), "seed " + seed);
      assertThat(result.rows()).as("seed %d", seed).isEqualTo(15);
      assertThat(result.accepted() + result.rejected().size()).as("seed %d", seed)
          .isEqualTo(15);
      assertThat(result.histories().stream().mapToInt(h -> h.inspections().size()).sum())
          .as("seed %d", seed).isEqualTo(result.accepted());
      assertThat(result.rejected()).as("seed %d", seed)
          .allSatisfy(r -> assertThat(r.line()).isBetween(2L, 16L));
      for (io.github.ilacs.InspectionHistory history : result.histories()) {
        MutatedDocumentsTest.assertRoundTripsAndValidatesTheSame(history, "seed " + seed);
      }
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ":\n" + csv, e);
    }
  }
}

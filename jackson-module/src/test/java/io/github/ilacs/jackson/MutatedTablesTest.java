package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever cells of a valid outcomes table are changed into, the import never throws;
 * every data row is either accepted or rejected with a line, a column and a reason, and every
 * history it gives is written as JSON and read back unchanged, validating the same. The table is
 * written as RFC 4180 CSV (a changed cell holding a comma, quote or line break is quoted), so it
 * still has 15 rows; damage to the quoting itself is tested in {@link OutcomesCsvTest}. Seeded,
 * so a failure can be repeated from the seed in its message.
 */
class MutatedTablesTest {
  private static final String[] CELLS = {"", " ", "x", "\"", "\"a,b\"", "2019-02-30",
      "31/02/19", "1/1/1", "2019-13-01", "2030-01-01", "good", "Adequate", "RI", "9", "ILACS",
      "SIF", "LAC_2012", "ILACS_2099", "short", "standard", "12", "8911", "891", "80a", "80534",
      "nan", "data_unreadable", "\uFFFD", "https://example.org/x", "kent", "dorset", "80476",
      "2532287", "a\nb", "good\r\n", "x\"y", "local_authority", "E10000024"};

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
  private static final ObjectWriter WRITER = CSV.writerFor(List.class)
      .with(CsvSchema.emptySchema());
  private static final List<String[]> ROWS = rows();

  private static List<String[]> rows() {
    try {
      return CSV.readerFor(String[].class).<String[]>readValues(Fixtures.NATIONAL.toFile())
          .readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMutatedTableRejectsRowsButNeverThrows(long seed) throws IOException {
    Random random = new Random(seed);
    List<String[]> table = new ArrayList<>(ROWS.subList(0, 1));
    int start = 1 + random.nextInt(ROWS.size() - 20);
    for (String[] line : ROWS.subList(start, start + 15)) {
      String[] cells = line.clone();
      if (random.nextInt(3) == 0) {
        cells[random.nextInt(cells.length)] = CELLS[random.nextInt(CELLS.length)];
      }
      table.add(cells);
    }
    String csv = WRITER.writeValueAsString(table);
    try {
      OutcomesImport result = OutcomesCsv.read(new StringReader(csv), "seed " + seed);
      assertThat(result.rows()).as("seed %d", seed).isEqualTo(15);
      assertThat(result.accepted() + result.rejected().size()).as("seed %d", seed)
          .isEqualTo(15);
      assertThat(result.histories().stream().mapToInt(h -> h.inspections().size()).sum())
          .as("seed %d", seed).isEqualTo(result.accepted());
      long lines = csv.lines().count();
      assertThat(result.rejected()).as("seed %d", seed)
          .allSatisfy(r -> assertThat(r.line()).isBetween(2L, lines));
      for (io.github.ilacs.InspectionHistory history : result.histories()) {
        MutatedDocumentsTest.assertRoundTripsAndValidatesTheSame(history, "seed " + seed);
      }
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ":\n" + csv, e);
    }
  }

  /** What a structural mutation inserts into the raw text: quoting, separators, line ends. */
  private static final String[] BREAKS = {"\"", "\"\"", ",", "\n", "\r", "\r\n", "\"x\"",
      "\uFFFD", ""};

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void damagedQuotingRejectsRowsButNeverThrows(long seed) throws IOException {
    Random random = new Random(seed);
    List<String> lines = Fixtures.nationalLines();
    int start = 1 + random.nextInt(lines.size() - 20);
    StringBuilder body = new StringBuilder();
    for (String line : lines.subList(start, start + 15)) {
      body.append(line).append('\n');
    }
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      int at = random.nextInt(body.length());
      String insert = BREAKS[random.nextInt(BREAKS.length)];
      if (insert.isEmpty()) {
        body.deleteCharAt(at);
      } else {
        body.insert(at, insert);
      }
    }
    String csv = lines.get(0) + "\n" + body;
    try {
      OutcomesImport result = OutcomesCsv.read(new StringReader(csv), "seed " + seed);
      long physical = csv.lines().count();
      assertThat(result.rows()).as("seed %d", seed).isBetween(1, (int) physical);
      assertThat(result.accepted() + result.rejected().size()).as("seed %d", seed)
          .isEqualTo(result.rows());
      assertThat(result.histories().stream().mapToInt(h -> h.inspections().size()).sum())
          .as("seed %d", seed).isEqualTo(result.accepted());
      assertThat(result.rejected()).as("seed %d", seed)
          .allSatisfy(r -> assertThat(r.line()).isBetween(2L, physical));
      for (io.github.ilacs.InspectionHistory history : result.histories()) {
        MutatedDocumentsTest.assertRoundTripsAndValidatesTheSame(history, "seed " + seed);
      }
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ":\n" + csv, e);
    }
  }
}

package io.github.ilacs.examples.bench;

import io.github.ilacs.jackson.OutcomesCsv;
import io.github.ilacs.jackson.OutcomesImport;
import io.github.ilacs.seeds.NationalOutcomes;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing the national outcomes table with {@link OutcomesCsv}, once and as 10 and 100 copies
 * one after another (4,270 and 42,700 rows), to show the cost growing in line with the input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CsvBenchmarks {
  /** How many copies of the table's 427 rows are read, after one header. */
  @Param({"1", "10", "100"})
  public int copies;

  String table;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public CsvBenchmarks() {}

  /** Builds the table: the header, then the rows {@link #copies} times. */
  @Setup
  public void setUp() {
    String text;
    try (InputStream in = NationalOutcomes.class.getResourceAsStream(NationalOutcomes.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int body = text.indexOf('\n') + 1;
    table = text.substring(0, body) + text.substring(body).repeat(copies);
  }

  /**
   * Imports the table.
   *
   * @return the import
   * @throws IOException never, the table being in memory
   */
  @Benchmark
  public OutcomesImport importOutcomesTable() throws IOException {
    return OutcomesCsv.read(new StringReader(table), "national x" + copies);
  }
}

package io.github.ilacs.examples.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson3.IlacsModule;
import io.github.ilacs.seeds.NationalOutcomes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link JsonBenchmarks} on Jackson 3: reading and writing every national history with the
 * {@code ilacs-jackson3} {@link IlacsModule} into the validated core types, and with plain
 * Jackson 3 data binding into the same {@link PlainRecords}. Both read the same bytes, written
 * by the module.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Jackson3Benchmarks {
  private static final TypeReference<List<InspectionHistory>> HISTORIES =
      new TypeReference<>() {};
  private static final TypeReference<List<PlainRecords.History>> PLAIN =
      new TypeReference<>() {};

  ObjectMapper ilacs;
  ObjectMapper plain;
  List<InspectionHistory> histories;
  List<PlainRecords.History> plainHistories;
  byte[] json;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public Jackson3Benchmarks() {}

  /** Loads the national histories and writes them once as JSON with the module. */
  @Setup
  public void setUp() {
    ilacs = JsonMapper.builder().addModule(new IlacsModule()).build();
    // what a developer would configure for the same format: ISO dates (Jackson 3 reads and
    // writes java.time without a module), absent optionals
    plain = JsonMapper.builder()
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
    histories = NationalOutcomes.histories();
    json = ilacs.writeValueAsBytes(histories);
    plainHistories = plain.readValue(json, PLAIN);
  }

  /**
   * Reads every history with the Jackson 3 module.
   *
   * @return the histories
   */
  @Benchmark
  public List<InspectionHistory> readWithIlacsJackson3() {
    return ilacs.readValue(json, HISTORIES);
  }

  /**
   * Reads every history into plain records with Jackson 3.
   *
   * @return the records
   */
  @Benchmark
  public List<PlainRecords.History> readPlainRecordsJackson3() {
    return plain.readValue(json, PLAIN);
  }

  /**
   * Writes every history with the Jackson 3 module.
   *
   * @return the JSON bytes
   */
  @Benchmark
  public byte[] writeWithIlacsJackson3() {
    return ilacs.writeValueAsBytes(histories);
  }

  /**
   * Writes every plain record history with Jackson 3.
   *
   * @return the JSON bytes
   */
  @Benchmark
  public byte[] writePlainRecordsJackson3() {
    return plain.writeValueAsBytes(plainHistories);
  }
}

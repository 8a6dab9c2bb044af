package io.github.ilacs.examples.bench;

import io.github.ilacs.seeds.NationalOutcomes;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.IlacsModule;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing every national history as JSON: with {@link IlacsModule} into the
 * validated core types, and with plain Jackson data binding into {@link PlainRecords}.
 * Both read the same bytes, written by the module.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmarks {
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
  public JsonBenchmarks() {}

  /**
   * Loads the national histories and writes them once as JSON.
   *
   * @throws IOException never in practice: the data are in memory
   */
  @Setup
  public void setUp() throws IOException {
    ilacs = JsonMapper.builder().addModule(new IlacsModule()).build();
    // what a developer would configure for the same format: ISO dates, absent optionals
    plain = JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
    histories = NationalOutcomes.histories();
    json = ilacs.writeValueAsBytes(histories);
    plainHistories = plain.readValue(json, PLAIN);
  }

  /**
   * Reads every history with the module.
   *
   * @return the histories
   * @throws IOException never for these bytes
   */
  @Benchmark
  public List<InspectionHistory> readWithIlacsModule() throws IOException {
    return ilacs.readValue(json, HISTORIES);
  }

  /**
   * Reads every history into plain records.
   *
   * @return the records
   * @throws IOException never for these bytes
   */
  @Benchmark
  public List<PlainRecords.History> readPlainRecords() throws IOException {
    return plain.readValue(json, PLAIN);
  }

  /**
   * Writes every history with the module.
   *
   * @return the JSON bytes
   * @throws IOException never for these values
   */
  @Benchmark
  public byte[] writeWithIlacsModule() throws IOException {
    return ilacs.writeValueAsBytes(histories);
  }

  /**
   * Writes every plain record history.
   *
   * @return the JSON bytes
   * @throws IOException never for these values
   */
  @Benchmark
  public byte[] writePlainRecords() throws IOException {
    return plain.writeValueAsBytes(plainHistories);
  }
}

package io.github.ilacs.examples.bench;

import io.github.ilacs.seeds.NationalOutcomes;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.NationalSchedule;
import io.github.ilacs.rules.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Validating every national inspection, and forecasting every authority, on one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DomainBenchmarks {
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  List<InspectionHistory> histories;
  Validator validator;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public DomainBenchmarks() {}

  /** Loads the national histories. */
  @Setup
  public void setUp() {
    histories = NationalOutcomes.histories();
    validator = Validator.defaults();
  }

  /**
   * Validates every inspection of every history, one inspection at a time.
   *
   * @param sink receives each report
   * @return how many inspections were validated
   */
  @Benchmark
  public int validateEveryInspection(Blackhole sink) {
    int validated = 0;
    for (InspectionHistory h : histories) {
      for (Inspection i : h.inspections()) {
        sink.consume(validator.validate(i));
        validated++;
      }
    }
    return validated;
  }

  /**
   * Forecasts the pathway and next inspection of every authority as of 31 December 2024, without
   * rendering the English explanation (answers render it only when asked).
   *
   * @param sink receives each answer
   * @return how many authorities were forecast
   */
  @Benchmark
  public int forecastEveryAuthority(Blackhole sink) {
    int forecast = 0;
    for (InspectionHistory h : histories) {
      sink.consume(InspectionPathway.of(h, AS_OF));
      forecast++;
    }
    return forecast;
  }

  /**
   * Builds the national schedule of every authority as of 31 December 2024 and forecasts every
   * authority with it (the sharper windows), without rendering English.
   *
   * @param sink receives each answer
   */
  @Benchmark
  public void scheduleAndForecastEveryAuthority(Blackhole sink) {
    NationalSchedule schedule = NationalSchedule.of(histories, AS_OF);
    for (InspectionHistory h : histories) {
      sink.consume(InspectionPathway.of(h, schedule));
    }
  }
}

package io.github.ilacs.examples.bench;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
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
 * Validation time against history length (1,000, 3,000 and 10,000 activities): a history with
 * an activity every few days, and one with every activity on the same day. Linear validation
 * shows as time per activity that stays flat as the history grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationScalingBenchmarks {
  /** How many activities the history holds. */
  @Param({"1000", "3000", "10000"})
  public int activities;

  InspectionHistory spread;
  InspectionHistory sameDay;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public ValidationScalingBenchmarks() {}

  /** Builds the two histories. */
  @Setup
  public void setUp() {
    spread = LongHistories.spread(activities);
    sameDay = LongHistories.sameDay(activities);
  }

  /**
   * Validates the history with an activity every few days.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateSpreadHistory() {
    return Validator.defaults().validate(spread);
  }

  /**
   * Validates the history with every activity on the same day.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateSameDayHistory() {
    return Validator.defaults().validate(sameDay);
  }
}

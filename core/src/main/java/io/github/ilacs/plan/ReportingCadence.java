package io.github.ilacs.plan;

import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import org.immutables.value.Value;

/**
 * How often the plan promised to report its progress, and to whom: for example every six
 * months to a named council committee.
 *
 * <p>Built with {@link #builder()} or {@link #of(int, String)}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportingCadence {
  /** The longest interval a cadence may promise, in months. */
  public static final int MAX_MONTHS = 24;

  ReportingCadence() {}

  /**
   * Returns the interval between progress reports, in months.
   *
   * @return 1 to {@link #MAX_MONTHS}
   */
  public abstract int months();

  /**
   * Returns who receives the reports, such as a committee's name; never blank.
   *
   * @return the recipient
   */
  public abstract String to();

  @Value.Check
  void check() {
    if (months() < 1 || months() > MAX_MONTHS) {
      throw new InvalidInspectionException(Invariant.PLAN_IN_RANGE, "months", months(),
          months() + " is not between 1 and " + MAX_MONTHS);
    }
    PlanChecks.notBlank(to(), "to");
  }

  /**
   * Creates a cadence.
   *
   * @param months the interval in months, 1 to {@link #MAX_MONTHS}
   * @param to who receives the reports, not blank
   * @return the cadence
   * @throws InvalidInspectionException when the interval is out of range or the recipient
   *     null or blank
   */
  public static ReportingCadence of(int months, String to) {
    return builder().months(months).to(to).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReportingCadence}; {@code build()} throws
   * {@link InvalidInspectionException} for a missing, blank or out-of-range value.
   */
  public static final class Builder extends ImmutableReportingCadence.Builder {
    Builder() {}
  }
}

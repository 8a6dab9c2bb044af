package io.github.ilacs.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated step on the way to completing an action: what will be in place, by when, and when it
 * was reached.
 *
 * <p>Built with {@link #builder()} or {@link #of(String, LocalDate)}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Milestone {
  Milestone() {}

  /**
   * Returns what will be in place, never blank.
   *
   * @return the description
   */
  public abstract String what();

  /**
   * Returns the day by which it is due.
   *
   * @return the date, never null
   */
  public abstract LocalDate due();

  /**
   * Returns the day it was reached, where it has been.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> reached();

  @Value.Check
  void check() {
    PlanChecks.notBlank(what(), "what");
  }

  /**
   * Creates a milestone not yet reached.
   *
   * @param what what will be in place, not blank
   * @param due the day it is due, not null
   * @return the milestone
   * @throws io.github.ilacs.InvalidInspectionException when a value is null or blank
   */
  public static Milestone of(String what, LocalDate due) {
    return builder().what(what).due(due).build();
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
   * Builds a {@link Milestone}; {@code build()} throws
   * {@link io.github.ilacs.InvalidInspectionException} for a missing or blank value.
   */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}

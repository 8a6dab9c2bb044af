package io.github.ilacs.plan;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated statement of an action's progress: a status on the closed scale and a short note.
 *
 * <p>Built with {@link #builder()} or {@link #of(LocalDate, ProgressStatus, String)}. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class ProgressUpdate {
  ProgressUpdate() {}

  /**
   * Returns the day of the update.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * Returns the status reported.
   *
   * @return the status, never null
   */
  public abstract ProgressStatus status();

  /**
   * Returns the note, never blank.
   *
   * @return the note
   */
  public abstract String note();

  @Value.Check
  void check() {
    PlanChecks.notBlank(note(), "note");
  }

  /**
   * Creates an update.
   *
   * @param date the day, not null
   * @param status the status, not null
   * @param note the note, not blank
   * @return the update
   * @throws io.github.ilacs.InvalidInspectionException when a value is null or the note blank
   */
  public static ProgressUpdate of(LocalDate date, ProgressStatus status, String note) {
    return builder().date(date).status(status).note(note).build();
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
   * Builds a {@link ProgressUpdate}; {@code build()} throws
   * {@link io.github.ilacs.InvalidInspectionException} for a missing value or a blank note.
   */
  public static final class Builder extends ImmutableProgressUpdate.Builder {
    Builder() {}
  }
}

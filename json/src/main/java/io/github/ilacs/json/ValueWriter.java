package io.github.ilacs.json;

import java.io.IOException;
import java.io.Serializable;

/**
 * Writes values of one type to a {@link JsonOutput} in the format: camelCase names, ISO-8601
 * dates, enums as constant names, optional values omitted when empty, lists always written.
 * {@link JsonFormat#writers()} lists one per type written.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param <T> the type written
 */
public final class ValueWriter<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Writes one value; serializable, as the reader's body is. */
  interface Body<T> extends Serializable {
    void write(T value, JsonOutput out) throws IOException;
  }

  /** The type written. */
  private final Class<T> type;
  /** Writes the value. */
  private final Body<T> body;

  ValueWriter(Class<T> type, Body<T> body) {
    this.type = type;
    this.body = body;
  }

  /**
   * Returns the type written.
   *
   * @return the type, such as {@code InspectionPathway.class}
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Writes one value.
   *
   * @param value the value
   * @param out the generator, as an output
   * @throws IOException when the generator fails (passed through unchanged)
   */
  public void write(T value, JsonOutput out) throws IOException {
    body.write(value, out);
  }

  /**
   * Returns the type's simple name.
   *
   * @return such as {@code ValueWriter[Inspection]}
   */
  @Override
  public String toString() {
    return "ValueWriter[" + type.getSimpleName() + "]";
  }
}

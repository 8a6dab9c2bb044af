package io.github.ilacs.json;

import java.io.Serializable;

/**
 * What a reader is told by the module that calls it. Immutable.
 */
public final class ReadSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default settings: unknown properties are refused. */
  public static final ReadSettings STRICT = new ReadSettings(false);

  /** The settings that skip unknown properties. */
  public static final ReadSettings IGNORE_UNKNOWN_PROPERTIES = new ReadSettings(true);

  /** Whether unknown properties are skipped. */
  private final boolean ignoreUnknownProperties;

  private ReadSettings(boolean ignoreUnknownProperties) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
  }

  /**
   * Returns the settings.
   *
   * @param ignoreUnknownProperties true to skip properties a type does not know, false to
   *     refuse them with {@link FormatRule#UNKNOWN_PROPERTY}
   * @return {@link #STRICT} or {@link #IGNORE_UNKNOWN_PROPERTIES}
   */
  public static ReadSettings of(boolean ignoreUnknownProperties) {
    return ignoreUnknownProperties ? IGNORE_UNKNOWN_PROPERTIES : STRICT;
  }

  /**
   * Tells whether unknown properties are skipped.
   *
   * @return false for {@link #STRICT}
   */
  public boolean ignoreUnknownProperties() {
    return ignoreUnknownProperties;
  }

  /**
   * Keeps the two settings unique after JDK serialization.
   *
   * @return {@link #STRICT} or {@link #IGNORE_UNKNOWN_PROPERTIES}
   */
  private Object readResolve() {
    return of(ignoreUnknownProperties);
  }

  /**
   * Names the setting.
   *
   * @return such as {@code ReadSettings[ignoreUnknownProperties=false]}
   */
  @Override
  public String toString() {
    return "ReadSettings[ignoreUnknownProperties=" + ignoreUnknownProperties + "]";
  }
}

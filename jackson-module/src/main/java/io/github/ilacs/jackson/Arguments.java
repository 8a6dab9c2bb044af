package io.github.ilacs.jackson;

import org.jspecify.annotations.Nullable;

/** The null policy of {@code docs/null-policy.md} for the module's own types. */
final class Arguments {
  private Arguments() {}

  /** Returns the value, or refuses null with the parameter's name. */
  static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + ": is required but was null");
    }
    return value;
  }
}

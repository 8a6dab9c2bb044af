package io.github.ilacs.pathway;

import org.jspecify.annotations.Nullable;

/**
 * The null policy for the pathway's records: a null component is refused with an
 * {@link IllegalArgumentException} naming it. Allocates nothing, as answers are built often.
 */
final class Required {
  private Required() {}

  static void check(@Nullable Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + ": is required but was null");
    }
  }
}

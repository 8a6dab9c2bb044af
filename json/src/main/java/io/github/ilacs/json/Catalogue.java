package io.github.ilacs.json;

import java.util.function.Consumer;

/** Which types the format reads and writes, and with which readers and writers. */
final class Catalogue {
  private Catalogue() {}

  /** Hands every reader and writer of the format to the given sinks, in a stable order. */
  static void register(Consumer<ValueReader<?>> readers, Consumer<ValueWriter<?>> writers) {
    // filled as the readers and writers move in from ilacs-jackson
  }
}

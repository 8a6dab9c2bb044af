package io.github.ilacs.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the command line's output files, turning every failure into a one-line error. */
final class Outputs {
  private Outputs() {}

  /** Writes the text to the file as UTF-8, replacing it. */
  static void write(Path file, String text) {
    if (Files.isDirectory(file)) {
      throw new UserError(file + ": is a directory, expected a file to write");
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(file + ": cannot write: " + e.getMessage());
    }
  }
}

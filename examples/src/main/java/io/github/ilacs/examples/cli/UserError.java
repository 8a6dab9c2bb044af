package io.github.ilacs.examples.cli;

/**
 * A problem with the user's input (a missing file, bad JSON, bad CSV) that the command line
 * reports in one line, without a stack trace, with exit status 2.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message, null, false, false);
  }
}

package io.github.ilacs.examples.boot;

/** A DfE code for which the built-in data hold no history. */
final class UnknownAuthorityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  UnknownAuthorityException(String code) {
    super("no built-in history for DfE code '" + code + "'");
    this.code = code;
  }

  String code() {
    return code;
  }
}

package io.github.ilacs.examples.boot;

/** A query parameter the service refuses: its name, the value sent and the rule it breaks. */
final class BadParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String value;
  private final String rule;

  BadParameterException(String parameter, String value, String rule) {
    super(parameter + ": '" + value + "' is refused: " + rule);
    this.parameter = parameter;
    this.value = value;
    this.rule = rule;
  }

  String parameter() {
    return parameter;
  }

  String value() {
    return value;
  }

  String rule() {
    return rule;
  }
}

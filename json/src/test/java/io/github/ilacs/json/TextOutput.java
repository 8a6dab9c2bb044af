package io.github.ilacs.json;

/** Compact JSON text for tests, with no Jackson: the engine's output as a string. */
final class TextOutput implements JsonOutput {
  private final StringBuilder b = new StringBuilder();
  /** Whether the next value or name needs a comma before it. */
  private boolean comma;

  private void before() {
    if (comma) {
      b.append(',');
    }
  }

  @Override
  public void startObject() {
    before();
    b.append('{');
    comma = false;
  }

  @Override
  public void endObject() {
    b.append('}');
    comma = true;
  }

  @Override
  public void startArray() {
    before();
    b.append('[');
    comma = false;
  }

  @Override
  public void endArray() {
    b.append(']');
    comma = true;
  }

  @Override
  public void name(PropertyName name) {
    name(name.text());
  }

  @Override
  public void name(String name) {
    before();
    quote(name);
    b.append(':');
    comma = false;
  }

  @Override
  public void string(String value) {
    before();
    quote(value);
    comma = true;
  }

  @Override
  public void string(char[] buffer, int offset, int length) {
    string(new String(buffer, offset, length));
  }

  @Override
  public void number(int value) {
    before();
    b.append(value);
    comma = true;
  }

  @Override
  public void bool(boolean value) {
    before();
    b.append(value);
    comma = true;
  }

  private void quote(String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    b.append('"');
  }

  @Override
  public String toString() {
    return b.toString();
  }
}

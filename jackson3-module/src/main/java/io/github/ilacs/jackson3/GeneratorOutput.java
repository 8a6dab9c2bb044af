package io.github.ilacs.jackson3;

import io.github.ilacs.json.JsonOutput;
import io.github.ilacs.json.PropertyName;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A Jackson 3 generator as the engine's {@link JsonOutput}. The format's property names are
 * encoded once, as Jackson's own serializers keep theirs.
 */
final class GeneratorOutput implements JsonOutput {
  /** Each {@link PropertyName}, encoded, by ordinal. */
  private static final SerializableString[] NAMES = names();

  private final JsonGenerator g;

  GeneratorOutput(JsonGenerator g) {
    this.g = g;
  }

  private static SerializableString[] names() {
    PropertyName[] all = PropertyName.values();
    SerializableString[] out = new SerializableString[all.length];
    for (PropertyName n : all) {
      out[n.ordinal()] = new SerializedString(n.text());
    }
    return out;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(PropertyName name) {
    g.writeName(NAMES[name.ordinal()]);
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void string(char[] buffer, int offset, int length) {
    g.writeString(buffer, offset, length);
  }

  @Override
  public void number(int value) {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }
}

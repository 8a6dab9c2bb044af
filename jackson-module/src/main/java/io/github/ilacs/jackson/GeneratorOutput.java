package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.ilacs.json.JsonOutput;
import io.github.ilacs.json.PropertyName;
import java.io.IOException;

/**
 * A Jackson 2 generator as the engine's output; the format's property names are encoded once,
 * as Jackson's own bean serializers keep theirs.
 */
final class GeneratorOutput implements JsonOutput {
  /** Each property name encoded, by ordinal. */
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
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(PropertyName name) throws IOException {
    g.writeFieldName(NAMES[name.ordinal()]);
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void string(char[] buffer, int offset, int length) throws IOException {
    g.writeString(buffer, offset, length);
  }

  @Override
  public void number(int value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }
}

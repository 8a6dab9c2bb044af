package io.github.ilacs.jackson3;

import io.github.ilacs.json.JsonFormat;
import io.github.ilacs.json.ValueWriter;
import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one type with the engine's {@link ValueWriter}. */
final class IlacsSerializer<T> extends StdSerializer<T> {
  private final ValueWriter<T> writer;

  IlacsSerializer(ValueWriter<T> writer) {
    super(writer.type());
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    try {
      writer.write(value, new GeneratorOutput(g));
    } catch (IOException e) {
      // GeneratorOutput throws no checked exception; the writer's signature allows one
      throw JacksonIOException.construct(e, g);
    }
  }

  /** Type ids are refused: the format has none. */
  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializationContext ctxt,
      TypeSerializer typeSer) {
    throw Failures.noTypeIds(g, ctxt.constructType(handledType()), JsonFormat.noTypeIds("/"));
  }
}

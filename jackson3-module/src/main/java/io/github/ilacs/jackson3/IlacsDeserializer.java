package io.github.ilacs.jackson3;

import io.github.ilacs.json.JsonFormat;
import io.github.ilacs.json.JsonProblemException;
import io.github.ilacs.json.ReadSettings;
import io.github.ilacs.json.ValueReader;
import java.io.IOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * Reads one type with the engine's {@link ValueReader}; every failure becomes one of the
 * exception types of {@link Failures}.
 */
final class IlacsDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;
  private final ValueReader<T> reader;
  private final ReadSettings settings;

  IlacsDeserializer(ValueReader<T> reader, ReadSettings settings) {
    super(reader.type());
    this.reader = reader;
    this.settings = settings;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    try {
      return reader.read(new ParserInput(p), settings);
    } catch (JsonProblemException e) {
      throw Failures.of(p, ctxt, e);
    } catch (StreamReadException | StreamConstraintsException e) {
      throw Failures.parser(p, e);
    } catch (IOException e) {
      // ParserInput throws no checked exception; the reader's signature allows one
      throw Failures.parser(p, tools.jackson.core.exc.JacksonIOException.construct(e, p));
    }
  }

  /** JSON null where one of the format's values is expected fails instead of reading null. */
  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    throw Failures.of(p, reader.nullNotAllowed(Failures.pointer(p)));
  }

  /** An "empty" value (a coerced empty string, say) fails as null does. */
  @Override
  public Object getEmptyValue(DeserializationContext ctxt) {
    return getNullValue(ctxt);
  }

  /** Jackson must ask {@link #getNullValue} each time: it throws. */
  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }

  /** Jackson must ask {@link #getEmptyValue} each time: it throws. */
  @Override
  public AccessPattern getEmptyAccessPattern() {
    return AccessPattern.DYNAMIC;
  }

  /** Type ids are refused: the format has none. */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) {
    throw Failures.noTypeIds(p, ctxt.constructType(handledType()),
        JsonFormat.noTypeIds(Failures.pointer(p)));
  }
}

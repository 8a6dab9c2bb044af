package io.github.ilacs.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Shared test helpers: a mapper with the module, resources, the schema. */
final class Fixtures {
  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new IlacsModule()).build();
  static final JsonSchema SCHEMA = loadSchema();

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static OutcomesImport realOutcomes() {
    try {
      return OutcomesCsv.read(resource("la-inspection-outcomes-to-2023.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = IlacsModule.historySchema()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates a history document against the shipped schema; returns the messages. */
  static Set<String> schemaErrors(JsonNode history) {
    Set<String> out = new TreeSet<>();
    for (ValidationMessage m : SCHEMA.validate(history)) {
      out.add(m.getMessage());
    }
    return out;
  }
}

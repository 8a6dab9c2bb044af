package io.github.ilacs.jackson3;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Shared test helpers: a mapper with the module, the shared cases, the schema. */
final class Fixtures {
  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new IlacsModule()).build();

  /**
   * The body of cases both Jackson modules pass, kept once in the json module's test resources
   * and read by path from this module's directory (Maven runs the tests there).
   */
  static final Path CASES = Path.of("..", "json", "src", "test", "resources", "io", "github",
      "ilacs", "json", "cases");

  /** The Nottinghamshire seed documents, in the format, read by path (seeds is on Jackson 2). */
  static final Path SEEDS = Path.of("..", "seeds", "src", "main", "resources", "io", "github",
      "ilacs", "seeds", "nottinghamshire");

  private static final Schema SCHEMA = loadSchema(false);
  private static final Schema PLAN_SCHEMA = loadSchema(true);

  private Fixtures() {}

  /** The JSON files of a directory, sorted by name. */
  static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of the shared cases, such as {@code golden/history-minimal.json}. */
  static Path caseFile(String name) {
    return CASES.resolve(name);
  }

  /** The text of a file. */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document written compactly, as the module writes: the canonical bytes of a file. */
  static String compact(Path file) {
    return MAPPER.writeValueAsString(MAPPER.readTree(read(file)));
  }

  /** The shipped schema, for a history or (its root pointed at the plan's $defs) a plan. */
  private static Schema loadSchema(boolean plan) {
    ObjectNode schema;
    try (InputStream in = IlacsModule.historySchema()) {
      schema = (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (plan) {
      schema.remove(List.of("properties", "required", "additionalProperties", "type"));
      schema.put("$ref", "#/$defs/improvementPlan");
    }
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema);
  }

  /** Validates a history document against the shipped schema; returns the messages. */
  static Set<String> schemaErrors(JsonNode history) {
    return errors(SCHEMA, history);
  }

  /** Validates an improvement plan against the shipped schema's plan; returns the messages. */
  static Set<String> planSchemaErrors(JsonNode plan) {
    return errors(PLAN_SCHEMA, plan);
  }

  private static Set<String> errors(Schema schema, JsonNode document) {
    Set<String> out = new TreeSet<>();
    for (Error e : schema.validate(document)) {
      out.add(e.toString());
    }
    return out;
  }
}

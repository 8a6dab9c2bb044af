package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each golden file is in the canonical form: reading it and writing the value again gives the
 * same document, property order included, and it validates against the shipped schema.
 */
class GoldenFilesTest {
  static Stream<Path> goldenFiles() throws IOException {
    Path dir = Fixtures.resource("golden");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  private static Class<?> typeOf(Path file) {
    return file.getFileName().toString().startsWith("history-") ? InspectionHistory.class
        : Inspection.class;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFileIsWrittenBackUnchanged(Path file) throws IOException {
    JsonNode expected = Fixtures.MAPPER.readTree(file.toFile());
    Object value = Fixtures.MAPPER.readValue(file.toFile(), typeOf(file));
    assertThat(Fixtures.MAPPER.writeValueAsString(value))
        .isEqualTo(Fixtures.MAPPER.writeValueAsString(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFileValidatesAgainstTheSchema(Path file) throws IOException {
    JsonNode node = Fixtures.MAPPER.readTree(file.toFile());
    if (typeOf(file) == Inspection.class) {
      ObjectNode history = JsonNodeFactory.instance.objectNode();
      history.set("authority", node.get("authority"));
      history.putArray("inspections").add(node);
      node = history;
    }
    assertThat(Fixtures.schemaErrors(node)).isEmpty();
  }
}

package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.plan.ImprovementPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each golden file of the shared test body ({@code cases/golden} of ilacs-json) is in the
 * canonical form: reading it and writing the value again gives the
 * same document, property order included, and it validates against the shipped schema.
 */
class GoldenFilesTest {
  static Stream<Path> goldenFiles() throws IOException {
    Path dir = Fixtures.cases("golden");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /** The type a golden file holds, by the start of its name: history-, plan- or inspection-. */
  private static Class<?> typeOf(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("history-") ? InspectionHistory.class
        : name.startsWith("plan-") ? ImprovementPlan.class : Inspection.class;
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
  void goldenFileValidatesAgainstTheSchema(Path file) throws Exception {
    JsonNode node = Fixtures.MAPPER.readTree(file.toFile());
    if (typeOf(file) == ImprovementPlan.class) {
      assertThat(PlanJsonTest.planSchemaErrors(node)).isEmpty();
      return;
    }
    if (typeOf(file) == Inspection.class) {
      ObjectNode history = JsonNodeFactory.instance.objectNode();
      history.set("authority", node.get("authority"));
      history.putArray("inspections").add(node);
      node = history;
    }
    assertThat(Fixtures.schemaErrors(node)).isEmpty();
  }
}

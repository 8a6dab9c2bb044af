package io.github.ilacs.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.plan.ImprovementPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The golden files of the shared test body ({@code cases/golden} of ilacs-json) under Jackson 3:
 * reading each and writing the value again gives the file's bytes, property order included (the
 * same bytes ilacs-jackson writes), every history in them survives a round trip, and each
 * validates against the shipped schema.
 */
class GoldenFilesTest {
  static List<Path> goldenFiles() {
    return Fixtures.jsonFiles(Fixtures.caseFile("golden"));
  }

  /** The type a golden file holds, by the start of its name: history-, plan- or inspection-. */
  private static Class<?> typeOf(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("history-") ? InspectionHistory.class
        : name.startsWith("plan-") ? ImprovementPlan.class : Inspection.class;
  }

  @Test
  void theSharedBodyHasEveryKindOfGoldenFile() {
    assertThat(goldenFiles()).extracting(GoldenFilesTest::typeOf)
        .contains(InspectionHistory.class, Inspection.class, ImprovementPlan.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFileIsWrittenBackByteForByte(Path file) {
    Object value = Fixtures.MAPPER.readValue(Fixtures.read(file), typeOf(file));
    assertThat(Fixtures.MAPPER.writeValueAsString(value)).isEqualTo(Fixtures.compact(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void theValueReadSurvivesARoundTrip(Path file) {
    Object value = Fixtures.MAPPER.readValue(Fixtures.read(file), typeOf(file));
    assertThat(Fixtures.MAPPER.readValue(Fixtures.MAPPER.writeValueAsBytes(value), typeOf(file)))
        .isEqualTo(value);
  }

  /** Each inspection of each golden history, read and written on its own. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void everyInspectionOfAGoldenHistoryRoundTripsOnItsOwn(Path file) {
    if (typeOf(file) != InspectionHistory.class) {
      return;
    }
    InspectionHistory history = Fixtures.MAPPER.readValue(Fixtures.read(file),
        InspectionHistory.class);
    JsonNode tree = Fixtures.MAPPER.readTree(Fixtures.read(file));
    for (int i = 0; i < history.inspections().size(); i++) {
      Inspection inspection = history.inspections().get(i);
      String json = Fixtures.MAPPER.writeValueAsString(inspection);
      assertThat(json).as(file + " #" + i)
          .isEqualTo(Fixtures.MAPPER.writeValueAsString(tree.get("inspections").get(i)));
      assertThat(Fixtures.MAPPER.readValue(json, Inspection.class)).isEqualTo(inspection);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFileValidatesAgainstTheSchema(Path file) {
    JsonNode node = Fixtures.MAPPER.readTree(Fixtures.read(file));
    if (typeOf(file) == ImprovementPlan.class) {
      assertThat(Fixtures.planSchemaErrors(node)).isEmpty();
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

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() {
    String[] bad = {
        "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},\"inspections\":[],\"x\":1}",
        "{\"authority\":{\"name\":\"Kent\",\"code\":\"88\"},\"inspections\":[]}",
        "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"}}"};
    for (String doc : bad) {
      assertThat(Fixtures.schemaErrors(Fixtures.MAPPER.readTree(doc))).as(doc).isNotEmpty();
    }
  }
}

package io.github.ilacs.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.Theme;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.rules.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The Nottinghamshire seed documents (ilacs-seeds reads them with the Jackson 2 module) read
 * and written by the Jackson 3 module: the same values, the same documents, a clean history.
 */
class SeedsTest {
  private static final String PLAN = "2019-improvement-plan-example.json";

  static List<Path> inspections() {
    return Fixtures.jsonFiles(Fixtures.SEEDS).stream()
        .filter(f -> !f.getFileName().toString().equals(PLAN)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inspections")
  void eachSeedInspectionIsWrittenAsTheDocumentSays(Path file) {
    Inspection read = Fixtures.MAPPER.readValue(Fixtures.read(file), Inspection.class);
    String written = Fixtures.MAPPER.writeValueAsString(read);
    assertThat(Fixtures.MAPPER.readTree(written))
        .isEqualTo(Fixtures.MAPPER.readTree(Fixtures.read(file)));
    assertThat(Fixtures.MAPPER.readValue(written, Inspection.class)).isEqualTo(read);
  }

  @Test
  void theSeedHistoryIsCleanUnderTheDefaultValidator() {
    List<Inspection> all = inspections().stream()
        .map(f -> Fixtures.MAPPER.readValue(Fixtures.read(f), Inspection.class)).toList();
    InspectionHistory history = InspectionHistory.of(all.get(0).authority(), all);
    assertThat(history.inspections()).hasSize(9);
    assertThat(Validator.defaults().validate(history).violations()).isEmpty();
    InspectionHistory again = Fixtures.MAPPER.readValue(
        Fixtures.MAPPER.writeValueAsString(history), InspectionHistory.class);
    assertThat(again).isEqualTo(history);
  }

  @Test
  void theSeedPlanIsReadAndWrittenBack() {
    Path file = Fixtures.SEEDS.resolve(PLAN);
    ImprovementPlan plan = Fixtures.MAPPER.readValue(Fixtures.read(file), ImprovementPlan.class);
    JsonNode written = Fixtures.MAPPER.valueToTree(plan);
    // the document still uses a theme's former name, which is read as an alias
    String current = Fixtures.read(file);
    for (Theme t : Theme.values()) {
      if (t.formerName().isPresent()) {
        current = current.replace('"' + t.formerName().get() + '"', '"' + t.name() + '"');
      }
    }
    assertThat(written).isEqualTo(Fixtures.MAPPER.readTree(current));
    assertThat(Fixtures.MAPPER.treeToValue(written, ImprovementPlan.class)).isEqualTo(plan);
  }
}

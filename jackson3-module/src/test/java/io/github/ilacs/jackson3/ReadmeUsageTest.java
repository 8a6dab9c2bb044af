package io.github.ilacs.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.json.JsonProblem;
import io.github.ilacs.pathway.InspectionPathway;
import java.io.File;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The README's Jackson 3 usage snippet, as a user would run it, with the values it shows. */
class ReadmeUsageTest {
  @Test
  void theSnippetReadsWritesAndFindsTheProblem() {
    File file = Fixtures.caseFile("golden/history-nottinghamshire.json").toFile();
    String text = Fixtures.compact(file.toPath()).replace("\"end\":\"2019-10-18\"",
        "\"end\":\"2019-10-01\"");

    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();   // finds IlacsModule
    InspectionHistory history = mapper.readValue(file, InspectionHistory.class);
    String answer = mapper.writeValueAsString(InspectionPathway.of(history, LocalDate.now()));
    JsonProblem found = null;
    try {
      mapper.readValue(text, InspectionHistory.class);
    } catch (JacksonException e) {            // unchecked in Jackson 3
      JsonProblem problem = JsonProblem.find(e).orElseThrow();
      found = problem;
    }

    assertThat(answer).startsWith("{\"asOf\":\"" + LocalDate.now() + "\"");
    assertThat(found).isNotNull();
    assertThat(found.pointer()).isEqualTo("/inspections/1/end");
    assertThat(found.code()).isEqualTo("IV02");
    assertThat(Fixtures.read(java.nio.file.Path.of("..", "README.md")))
        .contains("problem.pointer();   // \"/inspections/1/end\"",
            "problem.code();      // \"IV02\"");
  }
}

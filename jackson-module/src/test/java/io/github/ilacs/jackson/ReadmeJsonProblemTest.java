package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.json.JsonProblem;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The README's example of reading the problem behind a refusal, with what its comments say. */
class ReadmeJsonProblemTest {
  @Test
  void theProblemBehindARefusalIsFoundWithoutReadingTheMessage() throws Exception {
    ObjectMapper mapper = MapperBehaviourTest.README_MAPPER;
    String body = Files.readString(Fixtures.cases("golden/history-nottinghamshire.json"))
        .replace("\"end\": \"2019-10-18\"", "\"end\": \"2019-10-01\"");
    JsonProblem p = null;
    try {
      mapper.readValue(body, InspectionHistory.class);
    } catch (JsonProcessingException e) {
      p = JsonProblem.find(e).orElseThrow();
    }
    assertThat(p).isNotNull();
    assertThat(p.pointer()).isEqualTo("/inspections/1/end");
    assertThat(p.code()).isEqualTo("IV02");
    assertThat(p.text()).startsWith("end: 2019-10-01 is before start 2019-10-07 (")
        .endsWith(") in Inspection");
  }
}

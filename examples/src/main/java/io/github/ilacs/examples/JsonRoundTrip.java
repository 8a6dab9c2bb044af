package io.github.ilacs.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.seeds.NottinghamshireSeeds;

/**
 * Writes the Nottinghamshire history as JSON, reads it back, and shows that a document with a
 * broken invariant is refused with a message naming the path and the rule.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws JsonProcessingException never for the seeds; the broken document is caught
   */
  public static void main(String[] args) throws JsonProcessingException {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules()
        .enable(SerializationFeature.INDENT_OUTPUT).build();

    InspectionHistory history = NottinghamshireSeeds.history();
    String json = mapper.writeValueAsString(history);
    InspectionHistory back = mapper.readValue(json, InspectionHistory.class);
    System.out.println(json.length() + " characters of JSON; round trip equal: "
        + back.equals(history));

    String broken = "{\"authority\":{\"name\":\"Anyshire\",\"code\":\"999\"},\"inspections\":"
        + "[{\"authority\":{\"name\":\"Anyshire\",\"code\":\"999\"},\"framework\":\"ILACS_2023\","
        + "\"kind\":\"FOCUSED_VISIT\",\"start\":\"2024-03-05\",\"end\":\"2024-03-04\"}]}";
    try {
      mapper.readValue(broken, InspectionHistory.class);
    } catch (JsonProcessingException e) {
      System.out.println("Refused: " + e.getOriginalMessage());
    }
  }
}

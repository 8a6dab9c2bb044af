package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ilacs.InspectionHistory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever a valid history is changed into, reading it either fails with a Jackson
 * exception whose message starts with a JSON pointer, or gives a history that is written and
 * read back unchanged and validates the same; never another exception (a NullPointerException,
 * say) and never a message without a place. Seeded, so a failure can be repeated from the seed
 * in its message.
 */
class MutatedDocumentsTest {
  private static final ObjectMapper MAPPER = Fixtures.MAPPER;
  private static final String[] VALUES = {"null", "0", "-1", "3.5", "1e400", "true", "\"\"",
      "\" \"", "\"x\"", "\"GOOD\"", "\"Adequate\"", "\"2019-13-01\"", "\"2019-02-30\"",
      "\"2019-10-01\"", "\"PLANNING\"", "\"OVERALL_EFFECTIVENESS\"", "\"891\"", "[]", "{}",
      "[null]", "[[]]", "{\"a\":1}", "[\"HEALTH\",\"HEALTH\"]", "\"" + "y".repeat(10_001) + "\""};

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMutatedHistoryFailsOnlyWithAPlacedJacksonError(long seed) throws IOException {
    Random random = new Random(seed);
    JsonNode doc = MAPPER.readTree(Fixtures.cases("golden/history-nottinghamshire.json")
        .toFile());
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      mutate(doc, random);
    }
    String json = doc.toString();
    try {
      InspectionHistory read = MAPPER.readValue(json, InspectionHistory.class);
      assertRoundTripsAndValidatesTheSame(read, "seed " + seed + ": " + json);
    } catch (JsonParseException e) {
      throw new AssertionError("seed " + seed + ": the tree was written as valid JSON", e);
    } catch (JsonProcessingException e) {
      assertThat(e.getOriginalMessage()).as("seed %d: %s", seed, json).startsWith("/");
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + json, e);
    }
  }

  /**
   * What was read is written again, and the JSON read back is the same history and gets the
   * same validation report.
   */
  static void assertRoundTripsAndValidatesTheSame(InspectionHistory history, String label)
      throws IOException {
    InspectionHistory again = MAPPER.readValue(MAPPER.writeValueAsString(history),
        InspectionHistory.class);
    assertThat(again).as(label).isEqualTo(history);
    assertThat(io.github.ilacs.rules.Validator.defaults().validate(again)).as(label)
        .isEqualTo(io.github.ilacs.rules.Validator.defaults().validate(history));
  }

  /** Replaces, removes or copies one node chosen at random. */
  private static void mutate(JsonNode root, Random random) throws IOException {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode parent = containers.get(random.nextInt(containers.size()));
    if (parent.isEmpty()) {
      return;
    }
    JsonNode value = MAPPER.readTree(VALUES[random.nextInt(VALUES.length)]);
    int action = random.nextInt(3);
    if (parent instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) parent;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      if (action == 0) {
        o.remove(name);
      } else {
        o.set(name, value);
      }
    } else {
      ArrayNode a = (ArrayNode) parent;
      int i = random.nextInt(a.size());
      if (action == 0) {
        a.remove(i);
      } else if (action == 1) {
        a.set(i, value);
      } else {
        a.add(a.get(i).deepCopy());
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          collect(e.getValue(), out);
        }
      } else {
        node.forEach(child -> collect(child, out));
      }
    }
  }
}

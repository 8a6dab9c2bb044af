package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.compare.Group;
import io.github.ilacs.compare.LatestGrade;
import io.github.ilacs.compare.Position;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonWritersTest {
  private static final AuthorityEntry NOTTS =
      AuthorityDirectory.builtIn().byCode("891").orElseThrow();
  /** Nottinghamshire beside its neighbours on the eve of 2024, from the 2023 outcomes table. */
  private static final Comparison COMPARISON = Comparison.of(NOTTS,
      Fixtures.realOutcomes().histories(), LocalDate.of(2023, 12, 31));

  @Test
  void aLatestGradeNamesTheAreaItWasGradedInAndTheInspectionByReference() throws Exception {
    LatestGrade children = COMPARISON.authority().grade(JudgementArea.CHILDREN_IN_CARE)
        .orElseThrow();
    assertThat(Fixtures.MAPPER.writeValueAsString(children)).isEqualTo("{\"area\":"
        + "\"CHILDREN_IN_CARE\",\"status\":\"GRADED\",\"grade\":\"GOOD\",\"gradedAs\":"
        + "\"CHILDREN_IN_CARE_AND_CARE_LEAVERS\",\"inspection\":{\"framework\":\"ILACS_2018\","
        + "\"kind\":\"STANDARD_INSPECTION\",\"start\":\"2019-10-07\",\"end\":\"2019-10-18\","
        + "\"published\":\"2019-12-19\"}}");
    LatestGrade careLeavers = COMPARISON.authority().grade(JudgementArea.CARE_LEAVERS)
        .orElseThrow();
    assertThat(Fixtures.MAPPER.writeValueAsString(careLeavers)).isEqualTo("{\"area\":"
        + "\"CARE_LEAVERS\",\"status\":\"NOT_GRADED\",\"inspection\":{\"framework\":"
        + "\"ILACS_2018\",\"kind\":\"STANDARD_INSPECTION\",\"start\":\"2019-10-07\",\"end\":"
        + "\"2019-10-18\",\"published\":\"2019-12-19\"}}");
  }

  @Test
  void countsAreWrittenByName() throws Exception {
    assertThat(Fixtures.MAPPER.writeValueAsString(new Position(1, 2, 3, 4)))
        .isEqualTo("{\"ahead\":1,\"level\":2,\"behind\":3,\"notGraded\":4}");
    assertThat(Fixtures.MAPPER.writeValueAsString(List.of(Group.REGION,
        LatestGrade.Status.NO_LONGER_GRADED))).isEqualTo("[\"REGION\",\"NO_LONGER_GRADED\"]");
  }

  @Test
  void theComparisonIsWrittenWithEveryPart() {
    JsonNode node = Fixtures.MAPPER.valueToTree(COMPARISON);
    assertThat(node.get("asOf").asText()).isEqualTo("2023-12-31");
    assertThat(node.get("framework").asText()).isEqualTo("ILACS_2023");
    assertThat(node.get("region").asText()).isEqualTo("EAST_MIDLANDS");
    assertThat(node.get("areas")).hasSize(5);
    assertThat(node.at("/authority/authority/code").asText()).isEqualTo("891");
    assertThat(node.at("/authority/grades")).hasSize(5);
    assertThat(node.get("neighbours")).hasSize(10);
    assertThat(node.at("/neighbours/0/authority/name").asText()).isEqualTo("Derbyshire");
    assertThat(node.get("groups")).extracting(g -> g.get("group").asText())
        .containsExactly("NEIGHBOURS", "REGION", "ENGLAND");
    for (JsonNode group : node.get("groups")) {
      for (JsonNode area : group.get("areas")) {
        JsonNode d = area.get("distribution");
        int sum = d.get("outstanding").asInt() + d.get("good").asInt()
            + d.get("requiresImprovement").asInt() + d.get("inadequate").asInt()
            + d.get("notGraded").asInt();
        assertThat(d.get("total").asInt()).isEqualTo(sum);
        // Nottinghamshire had no separate care-leavers grade at the end of 2023
        assertThat(area.has("position"))
            .isEqualTo(!area.get("area").asText().equals("CARE_LEAVERS"));
      }
    }
    assertThat(node.at("/groups/2/areas/0/distribution/total").asInt()).isEqualTo(153);
  }
}

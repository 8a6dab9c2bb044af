package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ilacs.Coverage;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The letter dates (issued, received) and a history's coverage in JSON. */
class LetterDatesAndCoverageTest {
  private static Inspection visit() throws Exception {
    return Fixtures.MAPPER.readValue(
        Fixtures.cases("golden/inspection-focused-visit.json").toFile(), Inspection.class);
  }

  @Test
  void issuedAndReceivedRoundTripAndAreOmittedWhenEmpty() throws Exception {
    Inspection plain = visit();
    JsonNode without = Fixtures.MAPPER.valueToTree(plain);
    assertThat(without.has("issued")).isFalse();
    assertThat(without.has("received")).isFalse();
    Inspection dated = Inspection.builder().from(plain).issued(LocalDate.of(2022, 5, 30))
        .received(LocalDate.of(2022, 5, 31)).build();
    String json = Fixtures.MAPPER.writeValueAsString(dated);
    assertThat(json).contains("\"issued\":\"2022-05-30\"", "\"received\":\"2022-05-31\"");
    assertThat(Fixtures.MAPPER.readValue(json, Inspection.class)).isEqualTo(dated);
  }

  @Test
  void aReceiptBeforeTheLetterIsRefusedWithItsInvariant() throws Exception {
    String json = Fixtures.MAPPER.writeValueAsString(visit()).replace("\"published\"",
        "\"issued\":\"2022-05-30\",\"received\":\"2022-05-29\",\"published\"");
    assertThatExceptionOfType(JsonMappingException.class)
        .isThrownBy(() -> Fixtures.MAPPER.readValue(json, Inspection.class))
        .withMessageContaining("[IV11] received");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Coverage.class)
  void coverageRoundTripsAndAllActivityIsTheDefault(Coverage coverage) throws Exception {
    InspectionHistory h = InspectionHistory.builder().authority(visit().authority())
        .coverage(coverage).addInspection(visit()).build();
    String json = Fixtures.MAPPER.writeValueAsString(h);
    assertThat(json.contains("\"coverage\"")).isEqualTo(coverage != Coverage.ALL_ACTIVITY);
    assertThat(Fixtures.MAPPER.readValue(json, InspectionHistory.class)).isEqualTo(h);
    InspectionHistory plain = InspectionHistory.of(visit().authority(), List.of(visit()));
    assertThat(Fixtures.MAPPER.readValue(Fixtures.MAPPER.writeValueAsString(plain),
        InspectionHistory.class).coverage()).isEqualTo(Coverage.ALL_ACTIVITY);
  }

  @ParameterizedTest(name = "recorded until {0}")
  @CsvSource({"2024-12-31", "''"})
  void recordedUntilRoundTripsAndIsOmittedWhenEmpty(String until) throws Exception {
    InspectionHistory.Builder b = InspectionHistory.builder().authority(visit().authority())
        .addInspections(visit());
    if (!until.isEmpty()) {
      b.recordedUntil(java.time.LocalDate.parse(until));
    }
    InspectionHistory h = b.build();
    String json = Fixtures.MAPPER.writeValueAsString(h);
    assertThat(json.contains("\"recordedUntil\":\"" + until + "\"")).isEqualTo(!until.isEmpty());
    assertThat(json.contains("recordedUntil")).isEqualTo(!until.isEmpty());
    assertThat(Fixtures.MAPPER.readValue(json, InspectionHistory.class)).isEqualTo(h);
  }

  @Test
  void outcomesTableHistoriesCoverGradedInspectionsOnly() throws Exception {
    assertThat(Fixtures.realOutcomes().histories()).extracting(InspectionHistory::coverage)
        .containsOnly(Coverage.GRADED_INSPECTIONS);
  }
}

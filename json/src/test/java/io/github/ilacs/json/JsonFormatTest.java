package io.github.ilacs.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.Limits;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.rules.ValidationReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the format reads and writes, its limits and schema, and how pointers are built. */
class JsonFormatTest {
  @Test
  void everyTypeReadIsWrittenToo() {
    Set<Class<?>> written = JsonFormat.writers().stream().map(ValueWriter::type)
        .collect(Collectors.toSet());
    assertThat(JsonFormat.readers()).allSatisfy(r -> assertThat(written).contains(r.type()));
  }

  @Test
  void readersAndWritersAreFoundByType() {
    assertThat(JsonFormat.reader(InspectionHistory.class).orElseThrow().expected())
        .isEqualTo("an inspection history object");
    assertThat(JsonFormat.reader(Grade.class)).isPresent();
    assertThat(JsonFormat.writer(InspectionPathway.class)).isPresent();
    assertThat(JsonFormat.writer(ValidationReport.class)).isPresent();
    // answers are written only
    assertThat(JsonFormat.reader(InspectionPathway.class)).isEmpty();
    assertThat(JsonFormat.reader(String.class)).isEmpty();
    assertThat(JsonFormat.writer(String.class)).isEmpty();
  }

  @Test
  void theLimitsAreTheCores() {
    assertThat(JsonFormat.MAX_TEXT_LENGTH).isEqualTo(Limits.MAX_TEXT_LENGTH);
    assertThat(JsonFormat.MAX_ITEMS).isEqualTo(Limits.MAX_ITEMS);
  }

  @Test
  void theSchemaOpens() throws Exception {
    try (InputStream in = JsonFormat.historySchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"improvementPlan\"").contains("2020-12");
    }
  }

  @Test
  void aNullValueIsRefusedAsIv01() {
    JsonProblem p = JsonFormat.reader(Inspection.class).orElseThrow()
        .nullNotAllowed("/inspections/1").problem();
    assertThat(p.message()).isEqualTo(
        "/inspections/1: [IV01] null is not allowed here; expected an inspection object");
    assertThat(p.kind()).isEqualTo(JsonProblem.Kind.MISMATCHED_INPUT);
  }

  @Test
  void typeIdsAreRefusedAsJs09() {
    JsonProblem p = JsonFormat.noTypeIds("/");
    assertThat(p.code()).isEqualTo("JS09");
    assertThat(p.kind()).isEqualTo(JsonProblem.Kind.BAD_DEFINITION);
    assertThat(p.text()).contains("activateDefaultTyping");
  }

  @ParameterizedTest
  @CsvSource({
      "/, end, /end",
      "/inspections/0, end, /inspections/0/end",
      "/inspections/0, judgements[1].area, /inspections/0/judgements/1/area",
      "/, actions[0].answers[12], /actions/0/answers/12",
      "/answers/0, authority.code, /answers/0/authority/code"})
  void aCoreFieldPathBecomesAPointerBelowItsObject(String object, String field,
      String pointer) {
    assertThat(JsonIn.child(object, field)).isEqualTo(pointer);
  }

  @Test
  void everyPropertyNameIsCamelCaseAndUnique() {
    Set<String> texts = java.util.Arrays.stream(PropertyName.values()).map(PropertyName::text)
        .collect(Collectors.toSet());
    assertThat(texts).hasSize(PropertyName.values().length)
        .allSatisfy(t -> assertThat(t).matches("[a-z][A-Za-z]*"));
    assertThat(PropertyName.RECORDED_UNTIL.text()).isEqualTo("recordedUntil");
  }

  @Test
  void constantNamesAndDatesAreTheFormats() {
    assertThat(JsonFormat.constantNames(Grade.class))
        .isEqualTo("[OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE]");
    assertThat(JsonFormat.calendarDate("2024-02-29")).contains(java.time.LocalDate.of(2024, 2,
        29));
    assertThat(JsonFormat.calendarDate("2023-02-29")).isEmpty();
    assertThat(JsonFormat.isIsoDateShape("2023-02-29")).isTrue();
    assertThat(JsonFormat.isIsoDateShape("29/02/2023")).isFalse();
  }
}

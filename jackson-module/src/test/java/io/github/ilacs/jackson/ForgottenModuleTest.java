package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.rules.Validator;
import io.github.ilacs.pathway.InspectionPathway;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A mapper without the ilacs module fails on every core value instead of writing nonsense. */
class ForgottenModuleTest {
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();

  static Stream<Object> values() throws Exception {
    InspectionHistory h = Fixtures.MAPPER.readValue(
        Fixtures.cases("golden/history-nottinghamshire.json").toFile(), InspectionHistory.class);
    Inspection i = h.inspections().get(h.inspections().size() - 1);
    return Stream.of(h, i, i.authority(), Validator.defaults().validate(h),
        InspectionPathway.of(h, LocalDate.of(2026, 2, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void writingFailsNamingTheType(Object value) {
    assertThatExceptionOfType(JsonMappingException.class)
        .isThrownBy(() -> PLAIN.writeValueAsString(value))
        .withMessageContaining("io.github.ilacs");
  }

  @Test
  void readingFailsNamingTheType() {
    assertThatExceptionOfType(JsonMappingException.class)
        .isThrownBy(() -> PLAIN.readValue("{\"kind\":\"STANDARD_INSPECTION\"}", Inspection.class))
        .withMessageContaining("io.github.ilacs.Inspection");
  }
}

package io.github.ilacs.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.rules.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 3 mapper without the ilacs module finds nothing bean-like in the core values: it
 * cannot read them, and writes them as {@code {}} under Jackson 3's defaults (which, unlike
 * Jackson 2's, do not fail on a value without properties) or fails when
 * {@code FAIL_ON_EMPTY_BEANS} is on. It never writes made-up properties such as
 * {@code {"fullInspection":true}}.
 */
class ForgottenModuleTest {
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();
  private static final ObjectMapper STRICT_PLAIN = JsonMapper.builder()
      .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

  static Stream<Object> values() {
    List<Inspection> all = SeedsTest.inspections().stream()
        .map(f -> Fixtures.MAPPER.readValue(Fixtures.read(f), Inspection.class)).toList();
    InspectionHistory h = InspectionHistory.of(all.get(0).authority(), all);
    Inspection i = all.get(all.size() - 1);
    ImprovementPlan plan = Fixtures.MAPPER.readValue(
        Fixtures.read(Fixtures.SEEDS.resolve("2019-improvement-plan-example.json")),
        ImprovementPlan.class);
    return Stream.of(h, i, i.authority(), Validator.defaults().validate(h),
        InspectionPathway.of(h, LocalDate.of(2026, 2, 1)), plan);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void writingWithJackson3DefaultsGivesAnEmptyObjectNeverMadeUpProperties(Object value) {
    assertThat(PLAIN.writeValueAsString(value)).isEqualTo("{}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void writingFailsNamingTheTypeWhenEmptyBeansFail(Object value) {
    assertThatExceptionOfType(InvalidDefinitionException.class)
        .isThrownBy(() -> STRICT_PLAIN.writeValueAsString(value))
        .withMessageContaining("io.github.ilacs");
  }

  @Test
  void readingFailsNamingTheType() {
    assertThatExceptionOfType(DatabindException.class)
        .isThrownBy(() -> PLAIN.readValue("{\"kind\":\"STANDARD_INSPECTION\"}", Inspection.class))
        .withMessageContaining("io.github.ilacs.Inspection");
  }
}

package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import io.github.ilacs.Theme;
import io.github.ilacs.Trend;
import java.lang.reflect.Array;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON {@code null} where a value of one of the module's types is expected fails with
 * {@code [IV01]} and the pointer, wherever Jackson meets it, instead of reading as Java null.
 */
class NullInputTest {
  private static final ObjectMapper MAPPER = Fixtures.MAPPER;
  private static final String ENUM = "one of [";

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of(InspectionHistory.class, "an inspection history object"),
        Arguments.of(Inspection.class, "an inspection object"),
        Arguments.of(LocalAuthority.class, "an authority object"),
        Arguments.of(Judgement.class, "a judgement object"),
        Arguments.of(Finding.class, "a finding object"),
        Arguments.of(Source.class, "a source object"),
        Arguments.of(Grade.class, "a grade: one of [OUTSTANDING, GOOD"),
        Arguments.of(Framework.class, ENUM + "UCRA_2009"),
        Arguments.of(InspectionKind.class, ENUM),
        Arguments.of(JudgementArea.class, ENUM + "OVERALL_EFFECTIVENESS"),
        Arguments.of(FindingKind.class, ENUM),
        Arguments.of(Theme.class, ENUM + "FRONT_DOOR_AND_THRESHOLDS"),
        Arguments.of(Trend.class, ENUM));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void nullAtTheRootFails(Class<?> type, String expected) {
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> MAPPER.readValue("null", type))
        .withMessageStartingWith("/: [IV01] null is not allowed here; expected " + expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void nullAsAnArrayElementFails(Class<?> type, String expected) {
    Class<?> arrayType = Array.newInstance(type, 0).getClass();
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> MAPPER.readValue("[null]", arrayType))
        .withMessageStartingWith("/0: [IV01] null is not allowed here; expected " + expected);
  }

  @Test
  void rootNullFailsAsTheReviewerWroteIt() {
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> MAPPER.readValue("null", Inspection.class))
        .withMessageStartingWith(
            "/: [IV01] null is not allowed here; expected an inspection object");
  }

  @Test
  void nullInCollectionsAndMapsFails() {
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> MAPPER.readValue("[null]", new TypeReference<List<Inspection>>() {}))
        .withMessageStartingWith("/0: [IV01]");
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> MAPPER.readValue("{\"kent\": {\"name\": \"Kent\", \"code\": \"886\"},"
            + " \"notts\": null}", new TypeReference<Map<String, LocalAuthority>>() {}))
        .withMessageStartingWith("/notts: [IV01]")
        .withMessageContaining("expected an authority object");
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> MAPPER.treeToValue(MAPPER.nullNode(), Source.class))
        .withMessageContaining("[IV01] null is not allowed here; expected a source object");
  }

  /** An application's own class with a property of a core type. */
  public static final class Holder {
    /** The property. */
    public Source source;
  }

  @Test
  void nullForAPropertyOfTheApplicationsOwnClassFails() throws Exception {
    assertThat(MAPPER.readValue("{\"source\": {\"title\": \"Letter\", \"date\":"
        + " \"2022-06-01\"}}", Holder.class).source.title()).isEqualTo("Letter");
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> MAPPER.readValue("{\"source\": null}", Holder.class))
        .withMessageStartingWith("/source: [IV01] null is not allowed here; expected a source"
            + " object");
  }

  @Test
  void nonNullValuesStillRead() throws Exception {
    assertThat(MAPPER.readValue("[\"GOOD\", \"Adequate\"]", Grade[].class))
        .containsExactly(Grade.GOOD, Grade.REQUIRES_IMPROVEMENT);
    assertThat(MAPPER.readValue("[{\"name\": \"Kent\", \"code\": \"886\"}]",
        LocalAuthority[].class)).containsExactly(LocalAuthority.of("Kent", "886"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void emptyValueFailsAsNullDoes(Class<?> type, String expected) throws Exception {
    try (JsonParser p = MAPPER.createParser("null")) {
      p.nextToken();
      DeserializationContext ctxt = ((DefaultDeserializationContext) MAPPER
          .getDeserializationContext()).createInstance(MAPPER.getDeserializationConfig(), p,
          MAPPER.getInjectableValues());
      JsonDeserializer<Object> deserializer =
          ctxt.findRootValueDeserializer(MAPPER.constructType(type));
      assertThatExceptionOfType(MismatchedInputException.class)
          .isThrownBy(() -> deserializer.getEmptyValue(ctxt))
          .withMessageStartingWith("/: [IV01] null is not allowed here; expected " + expected);
    }
  }
}

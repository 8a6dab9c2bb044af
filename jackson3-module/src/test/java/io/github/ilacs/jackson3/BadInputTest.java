package io.github.ilacs.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.json.JsonFormat;
import io.github.ilacs.json.JsonProblem;
import io.github.ilacs.json.ValueReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared bad-input cases ({@code cases/bad-input.tsv} of ilacs-json, which ilacs-jackson
 * reads too) under Jackson 3: each document fails with the Jackson 3 exception its problem's
 * kind names, whose {@link JsonProblem} has the case's pointer and code and whose text holds
 * its fragment.
 */
class BadInputTest {
  private static final ObjectMapper MAPPER = Fixtures.MAPPER;

  /** The Jackson 3 exception type each kind of problem is reported as. */
  private static final Map<JsonProblem.Kind, Class<? extends JacksonException>> TYPES =
      Map.of(JsonProblem.Kind.UNKNOWN_PROPERTY, UnrecognizedPropertyException.class,
          JsonProblem.Kind.MISMATCHED_INPUT, MismatchedInputException.class,
          JsonProblem.Kind.INVALID_FORMAT, InvalidFormatException.class,
          JsonProblem.Kind.BROKEN_INVARIANT, ValueInstantiationException.class,
          JsonProblem.Kind.MALFORMED, DatabindException.class,
          JsonProblem.Kind.BAD_DEFINITION, InvalidDefinitionException.class);

  static List<Arguments> cases() throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.caseFile("bad-input.tsv"));
    List<Arguments> out = new ArrayList<>();
    String name = "";
    for (String line : lines) {
      if (line.startsWith("# ")) {
        name = line.substring(2);
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        String[] c = line.split("\t", -1);
        assertThat(c).as(name).hasSize(5);
        out.add(Arguments.of(name, type(c[0]), c[1], c[2], c[3], c[4]));
      }
    }
    return out;
  }

  /** The type a case names, found among the types the format reads. */
  private static Class<?> type(String simpleName) {
    return JsonFormat.readers().stream().map(ValueReader::type)
        .filter(t -> t.getSimpleName().equals(simpleName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(simpleName + " is not read"));
  }

  @Test
  void thereAreAtLeastOneHundredAndTwentyBadDocuments() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(120);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badDocumentFailsWithItsPointerCodeAndText(String name, Class<?> type, String json,
      String pointer, String code, String fragment) {
    Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, type));
    JsonProblem problem = JsonProblem.find(thrown).orElseThrow(
        () -> new AssertionError(name + ": no problem in " + thrown, thrown));
    assertThat(problem.pointer()).as(name).isEqualTo(pointer);
    assertThat(problem.code()).as(name).isEqualTo(code);
    assertThat(problem.text()).as(name).contains(fragment);
    assertThat(thrown).as(name).isInstanceOf(TYPES.get(problem.kind()))
        .hasMessageStartingWith(problem.message());
    if (problem.kind() == JsonProblem.Kind.BROKEN_INVARIANT) {
      assertThat(thrown.getCause()).as(name).isInstanceOf(InvalidInspectionException.class);
    }
  }

  @Test
  void deepNestingUnderAnUnknownPropertyFailsCleanlyWhenRelaxed() {
    ObjectMapper relaxed = JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build();
    String json = "{\"deep\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThatExceptionOfType(DatabindException.class)
        .isThrownBy(() -> relaxed.readValue(json, InspectionHistory.class))
        .withMessageStartingWith("/deep")
        .withMessageContaining("[JS02] input exceeds a parser limit")
        .satisfies(e -> assertThat(JsonProblem.find(e).orElseThrow().code()).isEqualTo("JS02"));
  }

  @Test
  void aHugeSummaryFailsBeforeItIsBuilt() {
    String good = Fixtures.read(Fixtures.caseFile("golden/history-nottinghamshire.json"));
    String json = good.replaceFirst("\"summary\"\\s*:\\s*\"[^\"]*\"",
        "\"summary\":\"" + "x".repeat(10_000_000) + "\"");
    assertThat(JsonProblem.find(catchThrowable(() -> MAPPER.readValue(json,
        InspectionHistory.class))).orElseThrow().code()).isEqualTo("IV14");
  }

  @Test
  void unknownPropertiesAreSkippedWhenAskedAndTheMapperFlagIsNotConsulted() {
    String doc = "{\"name\":\"Kent\",\"code\":\"886\",\"colour\":{\"a\":[1,2]}}";
    ObjectMapper relaxed = JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build();
    assertThat(relaxed.readValue(doc, io.github.ilacs.LocalAuthority.class))
        .isEqualTo(io.github.ilacs.LocalAuthority.of("Kent", "886"));
    // Jackson 3 leaves FAIL_ON_UNKNOWN_PROPERTIES off by default; the module stays strict
    assertThatExceptionOfType(UnrecognizedPropertyException.class)
        .isThrownBy(() -> MAPPER.readValue(doc, io.github.ilacs.LocalAuthority.class))
        .withMessageStartingWith("/colour: [JS05]")
        .satisfies(e -> assertThat(e.getKnownPropertyIds()).contains("name", "code"));
  }
}

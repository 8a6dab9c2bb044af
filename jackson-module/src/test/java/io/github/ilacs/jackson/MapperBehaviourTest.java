package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.LocalAuthority;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * How the module behaves in mappers configured in ways it does not choose: serialized with the
 * JDK, registered twice with different settings, reading a document followed by more text.
 */
class MapperBehaviourTest {
  private static final String EXTRA = "{\"name\":\"Nottinghamshire\",\"code\":\"891\","
      + "\"region\":\"EM\"}";

  private static String history() throws Exception {
    return Files.readString(Fixtures.cases("golden/history-nottinghamshire.json"));
  }

  @Test
  void aMapperSerializedWithTheJdkReadsAndWritesAsBefore() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(Fixtures.MAPPER);
    }
    ObjectMapper copy;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ObjectMapper) in.readObject();
    }
    InspectionHistory expected = Fixtures.MAPPER.readValue(history(), InspectionHistory.class);
    InspectionHistory read = copy.readValue(history(), InspectionHistory.class);
    assertThat(read).isEqualTo(expected);
    assertThat(copy.writeValueAsString(read))
        .isEqualTo(Fixtures.MAPPER.writeValueAsString(expected));
  }

  @Test
  void theModuleRegisteredLastWinsWhenTheSettingsDiffer() throws Exception {
    ObjectMapper strictThenRelaxed = JsonMapper.builder().addModule(new IlacsModule())
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build();
    assertThat(strictThenRelaxed.readValue(EXTRA, LocalAuthority.class))
        .isEqualTo(LocalAuthority.of("Nottinghamshire", "891"));
    ObjectMapper relaxedThenStrict = JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build())
        .addModule(new IlacsModule()).build();
    assertThatExceptionOfType(UnrecognizedPropertyException.class)
        .isThrownBy(() -> relaxedThenStrict.readValue(EXTRA, LocalAuthority.class))
        .withMessageStartingWith("/region");
  }

  /** The mapper the README shows: the module found on the class path, trailing text refused. */
  static final ObjectMapper README_MAPPER = JsonMapper.builder().findAndAddModules()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @Test
  void theReadmesMapperRefusesTextAfterTheDocument() throws Exception {
    String readme = Files.readString(java.nio.file.Path.of("..", "README.md"));
    assertThat(readme).contains("ObjectMapper mapper = JsonMapper.builder().findAndAddModules()\n"
        + "    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();");
    String json = history() + "\n{\"more\": true}";
    assertThatExceptionOfType(JsonProcessingException.class)
        .isThrownBy(() -> README_MAPPER.readValue(json, InspectionHistory.class))
        .satisfies(e -> assertThat(e.getMessage()).contains("Trailing token", "line: "));
    // Jackson's default, documented in the README: a mapper without the feature stops reading
    // at the end of the first value
    assertThat(Fixtures.MAPPER.readValue(json, InspectionHistory.class)).isNotNull();
  }

  /** Whatever the module reads at the root and refuses is placed at the root pointer. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"[]", "42", "\"x\"", "true",
      "null", "{", "[", "{\"authority\"", "{} {}", "{\"authority\": 1}"})
  void aFailureTheModuleRaisesAtTheRootStartsWithTheRootPointer(String json) {
    assertThatExceptionOfType(JsonProcessingException.class)
        .isThrownBy(() -> README_MAPPER.readValue(json, InspectionHistory.class))
        .satisfies(e -> assertThat(e.getOriginalMessage()).as(json).startsWith("/"));
  }

  /**
   * Failures Jackson raises before the module sees a value (no value at all, a first character
   * that cannot start JSON, text after the document) are Jackson's own: they carry the line and
   * column instead of a pointer, as the README says.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ", "}", "\uFEFF", "x",
      "null x", "[] ]"})
  void aFailureJacksonRaisesBeforeTheModuleCarriesTheLineAndColumn(String json) {
    assertThatExceptionOfType(JsonProcessingException.class)
        .isThrownBy(() -> README_MAPPER.readValue(json, InspectionHistory.class))
        .satisfies(e -> {
          assertThat(e.getLocation()).as(json).isNotNull();
          assertThat(e.getMessage()).as(json).contains("line: 1");
        });
  }

  private static final com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator ANY =
      com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
          .allowIfBaseType(Object.class).build();

  /** The module's values carry no type ids: default typing is refused when it registers. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(ObjectMapper.DefaultTyping.class)
  void registeringOnAMapperWithDefaultTypingFailsWithAClearMessage(
      ObjectMapper.DefaultTyping typing) {
    ObjectMapper typed = JsonMapper.builder().activateDefaultTyping(ANY, typing).build();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> typed.registerModule(new IlacsModule()))
        .withMessageContaining("default typing")
        .withMessageContaining("deactivateDefaultTyping");
  }

  /** Default typing switched on after the module registered fails at the first typed value. */
  @Test
  void defaultTypingSwitchedOnLaterFailsAtTheFirstTypedValueWithTheSameMessage() {
    ObjectMapper typed = JsonMapper.builder().addModule(new IlacsModule()).build()
        .activateDefaultTyping(ANY, ObjectMapper.DefaultTyping.NON_FINAL);
    java.util.List<Object> values = java.util.List.of(LocalAuthority.of("Kent", "886"));
    assertThatExceptionOfType(JsonProcessingException.class)
        .isThrownBy(() -> typed.writeValueAsString(values))
        .withMessageContaining("default typing");
    assertThatExceptionOfType(JsonProcessingException.class)
        .isThrownBy(() -> typed.readValue(
            "[\"io.github.ilacs.LocalAuthority\", {\"name\":\"Kent\",\"code\":\"886\"}]",
            LocalAuthority.class))
        .withMessageContaining("default typing")
        .satisfies(e -> assertThat(io.github.ilacs.json.JsonProblem.find(e).orElseThrow()
            .code()).isEqualTo("JS09"));
  }
}

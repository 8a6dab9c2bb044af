package io.github.ilacs.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.json.JsonProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * How the module behaves in mappers configured in ways it does not choose: serialized with the
 * JDK, registered twice, reading a document followed by more text, failing at the root, with
 * default typing.
 */
class MapperBehaviourTest {
  private static final String EXTRA = "{\"name\":\"Nottinghamshire\",\"code\":\"891\","
      + "\"region\":\"EM\"}";

  /** The mapper the README shows: the module found by the service loader. */
  static final ObjectMapper README_MAPPER = JsonMapper.builder().findAndAddModules().build();

  @Test
  void theReadmeShowsThisMapper() {
    String readme = Fixtures.read(java.nio.file.Path.of("..", "README.md"));
    assertThat(readme).contains("### Jackson 3 (`ilacs-jackson3`)",
        "JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();");
    assertThat(README_MAPPER.registeredModules()).filteredOn(m -> m instanceof IlacsModule)
        .hasSize(1);
  }

  private static String history() {
    return Fixtures.read(Fixtures.SEEDS.getParent().resolve("nottinghamshire")
        .resolve("2019-10-standard-inspection.json"));
  }

  private static String nottinghamshire() {
    return "{\"authority\":" + Fixtures.MAPPER.writeValueAsString(LocalAuthority.of(
        "Nottinghamshire", "891")) + ",\"inspections\":[" + history() + "]}";
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
    InspectionHistory expected = Fixtures.MAPPER.readValue(nottinghamshire(),
        InspectionHistory.class);
    InspectionHistory read = copy.readValue(nottinghamshire(), InspectionHistory.class);
    assertThat(read).isEqualTo(expected);
    assertThat(copy.writeValueAsString(read))
        .isEqualTo(Fixtures.MAPPER.writeValueAsString(expected));
    assertThatExceptionOfType(UnrecognizedPropertyException.class)
        .isThrownBy(() -> copy.readValue(EXTRA, LocalAuthority.class));
  }

  @Test
  void theModuleAddedLastReplacesTheOneBefore() {
    ObjectMapper strictThenRelaxed = JsonMapper.builder().addModule(new IlacsModule())
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build();
    assertThat(strictThenRelaxed.registeredModules()).hasSize(1);
    assertThat(strictThenRelaxed.readValue(EXTRA, LocalAuthority.class))
        .isEqualTo(LocalAuthority.of("Nottinghamshire", "891"));
    ObjectMapper foundThenRelaxed = JsonMapper.builder().findAndAddModules()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build();
    assertThat(foundThenRelaxed.readValue(EXTRA, LocalAuthority.class))
        .isEqualTo(LocalAuthority.of("Nottinghamshire", "891"));
    ObjectMapper relaxedThenStrict = JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build())
        .addModule(new IlacsModule()).build();
    assertThatExceptionOfType(UnrecognizedPropertyException.class)
        .isThrownBy(() -> relaxedThenStrict.readValue(EXTRA, LocalAuthority.class))
        .withMessageStartingWith("/region: [JS05]");
  }

  @Test
  void textAfterTheDocumentIsRefusedByJackson3sDefault() {
    String json = nottinghamshire() + "\n{\"more\": true}";
    assertThatExceptionOfType(JacksonException.class)
        .isThrownBy(() -> README_MAPPER.readValue(json, InspectionHistory.class))
        .withMessageContaining("Trailing token");
    ObjectMapper lenient = README_MAPPER.rebuild()
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    assertThat(lenient.readValue(json, InspectionHistory.class)).isNotNull();
  }

  /** Whatever the module reads at the root and refuses is placed at the root pointer. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[]", "42", "\"x\"", "true", "null", "{", "[", "{\"authority\"",
      "{\"authority\": 1}", "null x", "[] ]"})
  void aFailureTheModuleRaisesAtTheRootStartsWithTheRootPointer(String json) {
    assertThatExceptionOfType(DatabindException.class)
        .isThrownBy(() -> README_MAPPER.readValue(json, InspectionHistory.class))
        .satisfies(e -> {
          assertThat(e.getOriginalMessage()).as(json).startsWith("/");
          JsonProblem problem = JsonProblem.find(e).orElseThrow();
          assertThat(e.getOriginalMessage()).isEqualTo(problem.message());
        });
  }

  /**
   * Failures Jackson raises before the module sees a value (no value at all, a first character
   * that cannot start JSON) are Jackson's own, with no problem. (A first value the module
   * refuses is refused before Jackson looks for text after it.)
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", " ", "}", "x"})
  void aFailureJacksonRaisesBeforeTheModuleIsJacksonsOwn(String json) {
    assertThatExceptionOfType(JacksonException.class)
        .isThrownBy(() -> README_MAPPER.readValue(json, InspectionHistory.class))
        .satisfies(e -> assertThat(JsonProblem.find(e)).as(json).isEmpty());
  }

  private static final PolymorphicTypeValidator ANY =
      BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build();

  /** The module's values carry no type ids: a mapper with default typing is not built. */
  @ParameterizedTest
  @EnumSource(DefaultTyping.class)
  void buildingAMapperWithDefaultTypingFailsWithAClearMessage(DefaultTyping typing) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> JsonMapper.builder().activateDefaultTyping(ANY, typing)
            .addModule(new IlacsModule()).build())
        .withMessageContaining("default typing")
        .withMessageContaining("deactivateDefaultTyping");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Fixtures.MAPPER.rebuild().activateDefaultTyping(ANY, typing).build())
        .withMessageContaining("default typing");
  }

  /** A type id asked for by an annotation fails with the same words, reading and writing. */
  @Test
  void aTypeIdAskedForByAnAnnotationFailsWithTheSameMessage() {
    assertThatExceptionOfType(InvalidDefinitionException.class)
        .isThrownBy(() -> Fixtures.MAPPER.writeValueAsString(
            new TypedHolder(LocalAuthority.of("Kent", "886"))))
        .withMessageContaining("default typing")
        .satisfies(e -> assertThat(JsonProblem.find(e).orElseThrow().code()).isEqualTo("JS09"));
    ObjectMapper trusting = Fixtures.MAPPER.rebuild().polymorphicTypeValidator(ANY).build();
    assertThatExceptionOfType(InvalidDefinitionException.class)
        .isThrownBy(() -> trusting.readValue("{\"authority\":[\"io.github.ilacs."
            + "LocalAuthority\",{\"name\":\"Kent\",\"code\":\"886\"}]}", TypedHolder.class))
        .withMessageContaining("default typing")
        .satisfies(e -> assertThat(JsonProblem.find(e).orElseThrow().code()).isEqualTo("JS09"));
  }

  @Test
  void nullWhereAValueIsExpectedFailsInCollectionsToo() {
    assertThatExceptionOfType(DatabindException.class)
        .isThrownBy(() -> Fixtures.MAPPER.readValue("[{\"name\":\"Kent\",\"code\":\"886\"},null]",
            Fixtures.MAPPER.getTypeFactory().constructCollectionType(List.class,
                LocalAuthority.class)))
        .satisfies(e -> {
          JsonProblem problem = JsonProblem.find(e).orElseThrow();
          assertThat(problem.pointer()).isEqualTo("/1");
          assertThat(problem.code()).isEqualTo("IV01");
        });
  }
}

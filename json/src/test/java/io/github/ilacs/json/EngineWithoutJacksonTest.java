package io.github.ilacs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.plan.ImprovementPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine on its own, over a small test parser and writer with no Jackson: the golden files
 * are read and written back unchanged, and every shared bad-input case that the engine (not the
 * parser) refuses gives its pointer, code and text. The Jackson modules run the same files
 * through their adapters.
 */
class EngineWithoutJacksonTest {
  private static final Path CASES = Path.of("src", "test", "resources", "io", "github", "ilacs",
      "json", "cases");

  static Stream<Path> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(CASES.resolve("golden"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  private static Class<?> typeOf(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("history-") ? InspectionHistory.class
        : name.startsWith("plan-") ? ImprovementPlan.class : Inspection.class;
  }

  private static <T> T read(Class<T> type, String json) throws IOException {
    TextInput in = new TextInput(json);
    in.nextToken();
    return JsonFormat.reader(type).orElseThrow().read(in, ReadSettings.STRICT);
  }

  private static <T> String write(Class<T> type, Object value) throws IOException {
    TextOutput out = new TextOutput();
    JsonFormat.writer(type).orElseThrow().write(type.cast(value), out);
    return out.toString();
  }

  /** The document in compact form: its tokens copied to the test writer. */
  private static String compact(String json) throws IOException {
    TextInput in = new TextInput(json);
    TextOutput out = new TextOutput();
    for (Token t = in.nextToken(); t != Token.END_OF_INPUT; t = in.nextToken()) {
      switch (t) {
        case START_OBJECT -> out.startObject();
        case END_OBJECT -> out.endObject();
        case START_ARRAY -> out.startArray();
        case END_ARRAY -> out.endArray();
        case PROPERTY_NAME -> out.name(in.currentName());
        case STRING -> out.string(in.text());
        case NUMBER_INT -> out.number(in.intValue());
        case TRUE, FALSE -> out.bool(t == Token.TRUE);
        default -> throw new IllegalStateException(t + " in a golden file");
      }
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFileIsWrittenBackUnchanged(Path file) throws IOException {
    String json = Files.readString(file);
    Class<?> type = typeOf(file);
    assertThat(write(type, read(type, json))).isEqualTo(compact(json));
  }

  static Stream<Arguments> engineCases() throws IOException {
    return FormatRuleTest.cases().stream()
        // malformed input and parser limits are the parser's to find, not the engine's
        .filter(c -> !List.of("JS01", "JS02").contains(c[3]))
        .map(c -> Arguments.of(c[0] + " " + c[2] + " " + c[3], c[0], c[1], c[2], c[3], c[4]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineCases")
  void badDocumentFailsWithItsPointerCodeAndText(String name, String type, String json,
      String pointer, String code, String fragment) {
    Class<?> target = JsonFormat.readers().stream().map(ValueReader::type)
        .filter(t -> t.getSimpleName().equals(type)).findFirst().orElseThrow();
    Throwable thrown = catchThrowable(() -> read(target, json));
    assertThat(thrown).as(name).isInstanceOf(JsonProblemException.class);
    JsonProblem problem = ((JsonProblemException) thrown).problem();
    assertThat(problem.pointer()).as(name).isEqualTo(pointer);
    assertThat(problem.code()).as(name).isEqualTo(code);
    assertThat(problem.text()).as(name).contains(fragment);
  }

  @Test
  void unknownPropertiesAreSkippedWhenTheSettingsSaySo() throws IOException {
    TextInput in = new TextInput("{\"name\":\"Kent\",\"x\":{\"y\":[1,2]},\"code\":\"886\"}");
    in.nextToken();
    assertThat(JsonFormat.reader(io.github.ilacs.LocalAuthority.class).orElseThrow()
        .read(in, ReadSettings.of(true)))
        .isEqualTo(io.github.ilacs.LocalAuthority.of("Kent", "886"));
  }
}

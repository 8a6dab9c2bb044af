package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Theme;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaTest {
  static Stream<Arguments> enums() {
    return Stream.of(Arguments.of("framework", Framework.class),
        Arguments.of("inspectionKind", InspectionKind.class),
        Arguments.of("judgementArea", JudgementArea.class),
        Arguments.of("grade", Grade.class), Arguments.of("findingKind", FindingKind.class),
        Arguments.of("theme", Theme.class),
        Arguments.of("timescale", io.github.ilacs.Timescale.class),
        Arguments.of("progressStatus", io.github.ilacs.plan.ProgressStatus.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void schemaListsEveryEnumConstant(String def, Class<? extends Enum<?>> type) throws Exception {
    JsonNode schema;
    try (InputStream in = IlacsModule.historySchema()) {
      schema = Fixtures.MAPPER.readTree(in);
    }
    List<String> listed = new ArrayList<>();
    schema.get("$defs").get(def).get("enum").forEach(n -> listed.add(n.asText()));
    assertThat(listed).containsExactlyElementsOf(
        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() throws Exception {
    String[] bad = {
        "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},\"inspections\":[],\"x\":1}",
        "{\"authority\":{\"name\":\"Kent\",\"code\":\"88\"},\"inspections\":[]}",
        "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"}}",
        "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},\"inspections\":[{\"authority\":"
            + "{\"name\":\"Kent\",\"code\":\"886\"},\"framework\":\"ILACS_2099\",\"kind\":"
            + "\"SHORT_INSPECTION\",\"start\":\"2019-01-07\",\"end\":\"2019-01-11\","
            + "\"judgements\":[],\"findings\":[]}]}",
        "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},\"inspections\":[{\"authority\":"
            + "{\"name\":\"Kent\",\"code\":\"886\"},\"framework\":\"ILACS_2018\",\"kind\":"
            + "\"SHORT_INSPECTION\",\"start\":\"7/1/2019\",\"end\":\"2019-01-11\","
            + "\"judgements\":[],\"findings\":[]}]}"};
    for (String doc : bad) {
      assertThat(Fixtures.schemaErrors(Fixtures.MAPPER.readTree(doc))).as(doc).isNotEmpty();
    }
  }
}

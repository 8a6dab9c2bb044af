package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IlacsModuleTest {
  private static final String EXTRA = "{\"name\":\"Nottinghamshire\",\"code\":\"891\","
      + "\"region\":\"EM\"}";

  @Test
  void versionIsTheArtifactVersion() {
    IlacsModule module = new IlacsModule();
    assertThat(module.version().toString())
        .isEqualTo(System.getProperty("ilacs.projectVersion"))
        .isNotEqualTo("0.0.0");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.ilacs");
    assertThat(module.version().getArtifactId()).isEqualTo("ilacs-jackson");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void moduleHasAFixedName() {
    assertThat(new IlacsModule().getModuleName()).isEqualTo("ilacs");
    assertThat(IlacsModule.builder().build().getTypeId())
        .isEqualTo(new IlacsModule().getTypeId())
        .isNotEqualTo(IlacsModule.builder().ignoreUnknownProperties(true).build().getTypeId());
  }

  @Test
  void unknownPropertiesFailByDefault() {
    assertThatExceptionOfType(UnrecognizedPropertyException.class)
        .isThrownBy(() -> Fixtures.MAPPER.readValue(EXTRA, LocalAuthority.class))
        .withMessageContaining("/region")
        .withMessageContaining("\"name\", \"code\", \"urn\", \"onsCode\"");
    assertThat(new IlacsModule().ignoresUnknownProperties()).isFalse();
  }

  @Test
  void unknownPropertiesAreSkippedWhenTheModuleIsRelaxed() throws Exception {
    ObjectMapper relaxed = JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build();
    String json = "{\"name\":\"Nottinghamshire\",\"extra\":{\"deep\":[1,2,{\"x\":null}]},"
        + "\"code\":\"891\"}";
    assertThat(relaxed.readValue(json, LocalAuthority.class))
        .isEqualTo(LocalAuthority.of("Nottinghamshire", "891"));
  }

  @Test
  void theMapperFeatureDoesNotRelaxTheStrictModule() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new IlacsModule())
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    assertThatExceptionOfType(UnrecognizedPropertyException.class)
        .isThrownBy(() -> mapper.readValue(EXTRA, LocalAuthority.class));
  }

  @Test
  void writtenJsonCarriesNoTypeIds() throws Exception {
    Inspection i = Inspection.builder().authority(LocalAuthority.of("Kent", "886"))
        .framework(Framework.LAC_2012).kind(InspectionKind.LAC_INSPECTION)
        .start(LocalDate.of(2013, 7, 15)).end(LocalDate.of(2013, 7, 19))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT).build();
    String json = Fixtures.MAPPER.writeValueAsString(i);
    assertThat(json).doesNotContain("@class").doesNotContain("@type")
        .contains("\"grade\":\"REQUIRES_IMPROVEMENT\"");
    assertThat(Fixtures.MAPPER.readValue(json, Inspection.class)).isEqualTo(i);
  }

  @Test
  void gradesAreReadFromTheFrameworksLabels() throws Exception {
    String base = "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},"
        + "\"judgements\":[{\"area\":\"OVERALL_EFFECTIVENESS\",\"grade\":\"%s\"}],"
        + "\"framework\":\"%s\",\"kind\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}";
    Inspection lac = Fixtures.MAPPER.readValue(String.format(base, "Adequate", "LAC_2012",
        "LAC_INSPECTION", "2013-07-15", "2013-07-19"), Inspection.class);
    assertThat(lac.overallEffectiveness()).contains(Grade.REQUIRES_IMPROVEMENT);
    Inspection ilacs = Fixtures.MAPPER.readValue(String.format(base,
        "Requires improvement to be good", "ILACS_2018", "SHORT_INSPECTION", "2019-01-07",
        "2019-01-11"), Inspection.class);
    assertThat(ilacs.overallEffectiveness()).contains(Grade.REQUIRES_IMPROVEMENT);
  }

  @Test
  void schemaIsShippedInTheJar() throws Exception {
    try (var in = IlacsModule.historySchema()) {
      assertThat(Fixtures.MAPPER.readTree(in).get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }
}

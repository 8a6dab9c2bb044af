package io.github.ilacs.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.Inspection;
import io.github.ilacs.jackson3.IlacsModule;
import io.github.ilacs.rules.ValidationReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How Boot's mapper comes by the ilacs module, as the README says: the service loader finds it
 * ({@code spring.jackson.find-and-add-modules}, on by default); with that off a
 * {@code JacksonModule} bean brings it; with neither the mapper refuses to read the core types,
 * and to write them because the service turns {@code FAIL_ON_EMPTY_BEANS} on.
 */
class ModuleDiscoveryTest {
  private static final String INSPECTION = """
      {"authority": {"name": "Nottinghamshire", "code": "891"}, "framework": "ILACS_2018",
       "kind": "FOCUSED_VISIT", "start": "2022-04-26", "end": "2022-04-27",
       "published": "2022-06-01", "focus": "CHILDREN_IN_NEED_AND_PROTECTION"}""";

  @Nested
  @SpringBootTest(webEnvironment = WebEnvironment.NONE,
      properties = {"spring.jackson.find-and-add-modules=false", "spring.main.banner-mode=off"})
  class WithoutDiscoveryOrBean {
    @Autowired
    JsonMapper mapper;

    @Test
    void theMapperHasNoIlacsModuleAndRefusesAnInspection() {
      assertThat(mapper.registeredModules()).noneMatch(IlacsModule.class::isInstance);
      assertThatExceptionOfType(InvalidDefinitionException.class)
          .isThrownBy(() -> mapper.readValue(INSPECTION, Inspection.class))
          .withMessageContaining("io.github.ilacs.Inspection");
    }

    @Test
    void writingAReportFailsInsteadOfGivingAnEmptyObject() {
      // application.properties turns FAIL_ON_EMPTY_BEANS on: Jackson 3 has it off by default
      assertThatExceptionOfType(InvalidDefinitionException.class)
          .isThrownBy(() -> mapper.writeValueAsString(ValidationReport.empty()))
          .withMessageContaining("ValidationReport");
    }
  }

  @Nested
  @SpringBootTest(webEnvironment = WebEnvironment.NONE,
      properties = {"spring.jackson.find-and-add-modules=false", "spring.main.banner-mode=off"})
  class WithABean {
    @TestConfiguration
    static class IlacsJson {
      @Bean
      JacksonModule ilacsModule() {
        return IlacsModule.builder().build();
      }
    }

    @Autowired
    JsonMapper mapper;

    @Test
    void theBeanIsAddedToTheMapper() {
      assertThat(mapper.registeredModules()).anyMatch(IlacsModule.class::isInstance);
      assertThat(mapper.readValue(INSPECTION, Inspection.class).start())
          .hasToString("2022-04-26");
    }
  }
}

package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ilacs.LocalAuthority;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs twice: in the default surefire execution on the module path, and in the
 * {@code class-path-discovery} execution on the class path; each run knows which it should be.
 */
class DiscoveryTest {
  private static final boolean MODULE_PATH =
      Boolean.parseBoolean(System.getProperty("ilacs.expectModulePath", "false"));

  @Test
  void runsInTheExpectedMode() {
    assertThat(IlacsModule.class.getModule().isNamed()).isEqualTo(MODULE_PATH);
    if (MODULE_PATH) {
      assertThat(IlacsModule.class.getModule().getName()).isEqualTo("io.github.ilacs.jackson");
      assertThat(LocalAuthority.class.getModule().getName()).isEqualTo("io.github.ilacs");
      assertThat(IlacsModule.class.getModule().getDescriptor().provides())
          .anySatisfy(p -> assertThat(p.service()).isEqualTo(Module.class.getName()));
    }
  }

  @Test
  void findModulesReturnsTheIlacsModule() {
    List<Module> found = ObjectMapper.findModules();
    assertThat(found).filteredOn(m -> m instanceof IlacsModule).hasSize(1);
  }

  @Test
  void objectMapperFindAndRegisterModulesRegistersIt() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("ilacs");
    assertThat(mapper.readValue("{\"name\":\"Kent\",\"code\":\"886\"}", LocalAuthority.class))
        .isEqualTo(LocalAuthority.of("Kent", "886"));
  }

  @Test
  void jsonMapperBuilderFindAndAddModulesRegistersIt() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.getRegisteredModuleIds()).contains("ilacs");
    assertThat(mapper.writeValueAsString(LocalAuthority.of("Kent", "886")))
        .isEqualTo("{\"name\":\"Kent\",\"code\":\"886\"}");
  }
}

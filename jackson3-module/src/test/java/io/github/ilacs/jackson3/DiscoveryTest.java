package io.github.ilacs.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.LocalAuthority;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

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
      assertThat(IlacsModule.class.getModule().getName()).isEqualTo("io.github.ilacs.jackson3");
      assertThat(LocalAuthority.class.getModule().getName()).isEqualTo("io.github.ilacs");
      assertThat(IlacsModule.class.getModule().getDescriptor().provides())
          .anySatisfy(p -> assertThat(p.service()).isEqualTo(JacksonModule.class.getName()));
    }
  }

  @Test
  void findModulesReturnsTheIlacsModule() {
    List<JacksonModule> found = tools.jackson.databind.cfg.MapperBuilder.findModules();
    assertThat(found).filteredOn(m -> m instanceof IlacsModule).hasSize(1);
  }

  @Test
  void jsonMapperBuilderFindAndAddModulesRegistersIt() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof IlacsModule).hasSize(1);
    assertThat(mapper.writeValueAsString(LocalAuthority.of("Kent", "886")))
        .isEqualTo("{\"name\":\"Kent\",\"code\":\"886\"}");
    assertThat(mapper.readValue("{\"name\":\"Kent\",\"code\":\"886\"}", LocalAuthority.class))
        .isEqualTo(LocalAuthority.of("Kent", "886"));
  }

  @Test
  void theModuleNamesItselfAndItsArtifact() {
    IlacsModule module = new IlacsModule();
    assertThat(module.getModuleName()).isEqualTo(IlacsModule.NAME).isEqualTo("ilacs");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.ilacs");
    assertThat(module.version().getArtifactId()).isEqualTo("ilacs-jackson3");
    assertThat(module.version().toString())
        .isEqualTo(System.getProperty("ilacs.projectVersion"));
    assertThat(module.ignoresUnknownProperties()).isFalse();
    assertThat(IlacsModule.builder().ignoreUnknownProperties(true).build()
        .ignoresUnknownProperties()).isTrue();
  }
}

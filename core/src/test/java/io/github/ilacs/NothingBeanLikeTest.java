package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value classes offer a JSON mapper without the ilacs module nothing bean-like: no public
 * {@code getX()} or {@code isX()} method and no public field, so that such a mapper fails
 * (Jackson: "no properties discovered") instead of writing {@code {"fullInspection":true}}.
 */
class NothingBeanLikeTest {
  private static final Pattern BEAN_GETTER = Pattern.compile("(get|is)[A-Z].*");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"io.github.ilacs.Inspection", "io.github.ilacs.InspectionHistory",
      "io.github.ilacs.LocalAuthority", "io.github.ilacs.Finding",
      "io.github.ilacs.AreaTrend", "io.github.ilacs.AreaChain",
      "io.github.ilacs.rules.ValidationReport", "io.github.ilacs.pathway.InspectionPathway",
      "io.github.ilacs.pathway.PathwayPolicy", "io.github.ilacs.compare.Comparison",
      "io.github.ilacs.compare.Standing", "io.github.ilacs.compare.LatestGrade",
      "io.github.ilacs.compare.Distribution", "io.github.ilacs.plan.ImprovementPlan",
      "io.github.ilacs.plan.Action", "io.github.ilacs.plan.FindingRef",
      "io.github.ilacs.plan.Milestone", "io.github.ilacs.plan.ProgressUpdate",
      "io.github.ilacs.plan.ReportingCadence", "io.github.ilacs.plan.PlanProgress"})
  void noPublicGetterOrField(String name) throws Exception {
    Class<?> type = Class.forName(name);
    List<String> getters = Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> m.getDeclaringClass() != Object.class)
        .map(Method::getName).filter(n -> BEAN_GETTER.matcher(n).matches()).toList();
    assertThat(getters).as("bean-like getters of %s", name).isEmpty();
    assertThat(Arrays.stream(type.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers())))
        .isEmpty();
  }
}

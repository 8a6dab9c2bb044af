package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frameworks each rule applies to, derived from the framework catalogue: a rule about
 * grades applies where the framework grades, a rule about a series where the series runs.
 * {@code ALL} stands for every framework.
 */
class RuleFrameworksTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      R101 | ALL
      R102 | ALL
      R201 | SLAC_2009 CSA_2009 LAC_2012 ILACS_2018 ILACS_2023 ILACS_2026
      R202 | SIF_2013
      R203 | SLAC_2009 CSA_2009 LAC_2012 CP_2012 SIF_2013 ILACS_2018 ILACS_2023 ILACS_2026
      R204 | ALL
      R301 | SIF_2013 ILACS_2018 ILACS_2023
      R302 | SIF_2013 ILACS_2018 ILACS_2023
      R303 | SIF_2013 ILACS_2018 ILACS_2023
      R401 | ALL
      R402 | ILACS_2018 ILACS_2023 ILACS_2026
      R403 | ALL
      R501 | ALL
      R502 | ALL
      R503 | ALL
      R504 | JTAI_2016 JTAI_2022 ILACS_2018 ILACS_2023 ILACS_2026
      R505 | ALL
      R506 | JTAI_2016 JTAI_2022
      R601 | ALL
      R602 | ALL
      R603 | ALL
      R604 | ALL
      R605 | ALL
      """)
  void appliesTo(String code, String frameworks) {
    Rule rule = Rule.find(code).orElseThrow();
    Set<Framework> expected = frameworks.equals("ALL") ? EnumSet.allOf(Framework.class)
        : Arrays.stream(frameworks.split(" ")).map(Framework::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Framework.class)));

    assertThat(rule.frameworks()).isEqualTo(expected);
    for (Framework f : Framework.values()) {
      assertThat(rule.appliesTo(f)).as("%s applies to %s", code, f).isEqualTo(expected.contains(f));
    }
  }
}

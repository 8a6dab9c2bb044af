package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a report orders the JSON pointers of its violations: segment by segment, numbers (no
 * leading zero, at most nine digits) as numbers and before words, a shorter pointer before a
 * longer one it starts.
 */
class PathOrderTest {
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource({
      "/inspections/9,          /inspections/10,         -1",
      "/inspections/10,         /inspections/9,          1",
      "/inspections/12,         /inspections/13,         -1",
      "/inspections/3,          /inspections/3,          0",
      "/inspections/0/end,      /inspections/0/start,    -1",
      "/inspections/1,          /inspections/1/end,      -1",
      "/inspections/1/end,      /inspections/1,          1",
      "/x/5,                    /x/a,                    -1",
      "/x/a,                    /x/5,                    1",
      "/x/0,                    /x/a,                    -1",
      "/x/01,                   /x/2,                    1",
      "/x/01,                   /x/00,                   1",
      "/x/123456789,            /x/5,                    1",
      "/x/123456789,            /x/a,                    -1",
      "/x/1234567890,           /x/5,                    1",
      "/x/,                     /x/0,                    1",
      "/authority,              /inspections/0,          -1"})
  void pointersInOrder(String a, String b, int sign) {
    assertThat(Integer.signum(ValidationReport.comparePaths(a, b))).isEqualTo(sign);
  }
}

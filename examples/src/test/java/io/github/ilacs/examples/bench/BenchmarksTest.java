package io.github.ilacs.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Checks that each benchmark does the work it claims, once, without JMH timing it: the module
 * and the plain records read the same histories, and both write JSON of the same data.
 */
class BenchmarksTest {
  @Test
  void readingAndWritingCoverEveryNationalHistory() throws IOException {
    JsonBenchmarks bench = new JsonBenchmarks();
    bench.setUp();

    assertThat(bench.readWithIlacsModule().equals(bench.histories)).isTrue();
    assertThat(bench.histories).hasSize(153);
    assertThat(bench.readPlainRecords()).hasSize(153)
        .allSatisfy(h -> assertThat(h.inspections()).isNotEmpty());
    assertThat(bench.readPlainRecords().stream().mapToInt(h -> h.inspections().size()).sum())
        .isEqualTo(427);
    assertThat(java.util.Arrays.equals(bench.writeWithIlacsModule(), bench.json)).isTrue();
    // the baseline writes the same JSON, property for property
    assertThat(bench.plain.readTree(bench.writePlainRecords())
        .equals(bench.plain.readTree(bench.json))).isTrue();
  }

  @Test
  void domainBenchmarksRunOverEveryAuthority() {
    DomainBenchmarks bench = new DomainBenchmarks();
    bench.setUp();
    Blackhole sink = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    bench.validateEveryInspection(sink);
    bench.forecastEveryAuthority(sink);
    assertThat(bench.histories).hasSize(153);
  }
}

package io.github.ilacs.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import io.github.ilacs.jackson.OutcomesImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    assertThat(bench.readWithIlacsModule()).isEqualTo(bench.histories);
    assertThat(bench.histories).hasSize(153);
    assertThat(bench.readPlainRecords()).hasSize(153)
        .allSatisfy(h -> assertThat(h.inspections()).isNotEmpty());
    assertThat(bench.readPlainRecords().stream().mapToInt(h -> h.inspections().size()).sum())
        .isEqualTo(427);
    assertThat(bench.writeWithIlacsModule()).isEqualTo(bench.json);
    // the baseline writes the same JSON, property for property
    assertThat(bench.plain.readTree(bench.writePlainRecords()))
        .isEqualTo(bench.plain.readTree(bench.json));
  }

  @Test
  void domainBenchmarksRunOverEveryAuthority() {
    DomainBenchmarks bench = new DomainBenchmarks();
    bench.setUp();
    Blackhole sink = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    assertThat(bench.validateEveryInspection(sink)).isEqualTo(427);
    assertThat(bench.forecastEveryAuthority(sink)).isEqualTo(153);
  }

  @Test
  void scalingBenchmarksValidateHistoriesOfTheRequestedLength() {
    ValidationScalingBenchmarks bench = new ValidationScalingBenchmarks();
    bench.activities = 1000;
    bench.setUp();
    assertThat(bench.spread.inspections()).hasSize(1000);
    assertThat(bench.sameDay.inspections()).hasSize(1000);
    // a thousand meetings on one day are one overlapping group: one R603 violation
    assertThat(bench.validateSameDayHistory().violationsOf(
        io.github.ilacs.rules.Rule.NO_OVERLAPPING_ACTIVITY)).hasSize(1);
    assertThat(bench.validateSpreadHistory().violationsOf(
        io.github.ilacs.rules.Rule.NO_OVERLAPPING_ACTIVITY)).isEmpty();
  }

  @ParameterizedTest(name = "{0} copies")
  @ValueSource(ints = {1, 10})
  void theCsvBenchmarkImportsEveryRowOfEveryCopy(int copies) throws IOException {
    CsvBenchmarks bench = new CsvBenchmarks();
    bench.copies = copies;
    bench.setUp();
    OutcomesImport imported = bench.importOutcomesTable();
    assertThat(imported.rows()).isEqualTo(427 * copies);
    assertThat(imported.rejected()).isEmpty();
    assertThat(imported.histories()).hasSize(153);
  }

  @Test
  void readerBenchmarksReadEveryExtractedText() throws IOException {
    ReaderBenchmarks bench = new ReaderBenchmarks();
    bench.setUp();
    Blackhole sink = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    bench.readExtractedText(sink);
    assertThat(bench.texts).hasSameSizeAs(bench.pdfs);
    if (!ReaderBenchmarks.documents().isEmpty()) {
      assertThat(bench.pdfs).hasSize(ReaderBenchmarks.documents().size() - 1);
    }
  }
}

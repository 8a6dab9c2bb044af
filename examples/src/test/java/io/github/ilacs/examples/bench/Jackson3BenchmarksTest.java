package io.github.ilacs.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.NationalSchedule;
import io.github.ilacs.rules.Validator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that the Jackson 3 benchmarks do the work they claim, and that both Jackson modules
 * write the same bytes for every national answer: histories, validation reports, pathway
 * answers and comparisons (this module is the one place that sees both).
 */
class Jackson3BenchmarksTest {
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new io.github.ilacs.jackson.IlacsModule()).build();
  private static final tools.jackson.databind.ObjectMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder()
          .addModule(new io.github.ilacs.jackson3.IlacsModule()).build();

  @Test
  void readingAndWritingCoverEveryNationalHistory() throws IOException {
    Jackson3Benchmarks bench = new Jackson3Benchmarks();
    bench.setUp();
    assertThat(bench.readWithIlacsJackson3()).isEqualTo(bench.histories).hasSize(153);
    assertThat(bench.readPlainRecordsJackson3()).hasSize(153);
    assertThat(bench.readPlainRecordsJackson3().stream()
        .mapToInt(h -> h.inspections().size()).sum()).isEqualTo(427);
    assertThat(bench.writeWithIlacsJackson3()).isEqualTo(bench.json);
    // the same bytes the Jackson 2 module writes, which the Jackson 2 module reads back
    assertThat(bench.json).isEqualTo(JACKSON2.writeValueAsBytes(bench.histories));
    assertThat(JACKSON2.readValue(bench.json,
        new com.fasterxml.jackson.core.type.TypeReference<List<InspectionHistory>>() {}))
        .isEqualTo(bench.histories);
    // the baseline writes the same JSON, property for property
    assertThat(bench.plain.readTree(bench.writePlainRecordsJackson3()))
        .isEqualTo(bench.plain.readTree(bench.json));
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2016-06-30", "2020-04-01", "2024-12-31"})
  void bothModulesWriteEveryNationalAnswerAlike(String date) throws IOException {
    LocalDate asOf = LocalDate.parse(date);
    List<InspectionHistory> histories = io.github.ilacs.seeds.NationalOutcomes.histories();
    NationalSchedule schedule = NationalSchedule.of(histories, asOf);
    for (InspectionHistory h : histories) {
      AuthorityEntry entry = AuthorityDirectory.builtIn().byCode(h.authority().code())
          .orElseThrow();
      List<Object> answers = new ArrayList<>(List.of(Validator.defaults().validate(h),
          InspectionPathway.of(h, schedule)));
      if (entry.existsOn(asOf)) {
        answers.add(Comparison.of(entry, histories, asOf));
      }
      for (Object answer : answers) {
        assertThat(JACKSON3.writeValueAsString(answer)).as(h.authority().name())
            .isEqualTo(JACKSON2.writeValueAsString(answer));
      }
    }
  }
}

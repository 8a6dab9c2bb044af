package io.github.ilacs.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.rules.Severity;
import io.github.ilacs.rules.Validator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalOutcomesTest {
  @Test
  void readsEveryRowOfTheShippedTable() {
    assertThat(NationalOutcomes.to2024().rows()).isEqualTo(427);
    assertThat(NationalOutcomes.to2024().rejected()).isEmpty();
    assertThat(NationalOutcomes.histories()).hasSize(153);
  }

  @ParameterizedTest(name = "before {0}: {1} reports, {2} authorities")
  @CsvSource({
      "2025-01-01, 427, 153",
      "2024-01-01, 378, 151",
      "2014-01-01, 9, 9",
      "2013-01-01, 0, 0"})
  void aSubsetHoldsWhatHadBegunBeforeADay(LocalDate day, int reports, int authorities) {
    List<InspectionHistory> subset = NationalOutcomes.startedBefore(day);
    assertThat(subset).hasSize(authorities);
    assertThat(subset.stream().mapToInt(h -> h.inspections().size()).sum()).isEqualTo(reports);
    assertThat(subset).allSatisfy(h -> assertThat(h.inspections())
        .allMatch(i -> i.start().isBefore(day)));
  }

  @Test
  void theTableHasNoError() {
    assertThat(NationalOutcomes.histories()).allSatisfy(h -> assertThat(
        Validator.defaults().validate(h).violations())
        .noneMatch(v -> v.severity() == Severity.ERROR));
  }
}

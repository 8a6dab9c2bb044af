package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A notice's parts fit together: working days exactly for {@code WORKING_DAYS} and positive, a
 * source exactly where the notice is known and not blank. {@code -} stands for absent.
 */
class NoticeTest {
  @ParameterizedTest(name = "{0}, {1} days, source {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      WORKING_DAYS            | 5  | framework    |
      WORKING_DAYS            | 1  | framework    |
      WORKING_DAYS            | 0  | framework    | workingDays
      WORKING_DAYS            | -1 | framework    | workingDays
      WORKING_DAYS            | -  | framework    | workingDays
      UNANNOUNCED             | -  | framework    |
      UNANNOUNCED             | 5  | framework    | workingDays
      CALL_IN_THE_WEEK_BEFORE | -  | handbook     |
      CALL_IN_THE_WEEK_BEFORE | -  | -            | source
      CALL_IN_THE_WEEK_BEFORE | -  | ' '          | source
      UNKNOWN                 | -  | -            |
      UNKNOWN                 | -  | a guess      | source
      UNKNOWN                 | 3  | -            | workingDays
      NOT_A_VISIT             | -  | -            |
      NOT_A_VISIT             | -  | rating rules | source
      """)
  void partsFitTogether(Notice.Type type, String days, String source, String refusedField) {
    OptionalInt workingDays = days.equals("-") ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(days));
    Optional<String> src = source.equals("-") ? Optional.empty() : Optional.of(source);
    if (refusedField == null) {
      Notice n = new Notice(type, workingDays, src);
      assertThat(n.type()).isEqualTo(type);
      assertThat(n.workingDays()).isEqualTo(workingDays);
      assertThat(n.source()).isEqualTo(src);
    } else {
      assertThatThrownBy(() -> new Notice(type, workingDays, src))
          .isInstanceOfSatisfying(InvalidInspectionException.class, e -> {
            assertThat(e.field()).isEqualTo(refusedField);
            assertThat(e.invariant()).isEqualTo(Invariant.VALUE_IN_RANGE);
          });
    }
  }
}

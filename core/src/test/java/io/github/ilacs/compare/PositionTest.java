package io.github.ilacs.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A position's counts are zero or more; a negative one is refused by name. */
class PositionTest {
  @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
  @CsvSource({
      "0, 0, 0, 0, ", "3, 1, 2, 4, ",
      "-1, 0, 0, 0, 'ahead: -1 is negative (a count is zero or more)'",
      "0, -2, 0, 0, 'level: -2 is negative (a count is zero or more)'",
      "0, 0, -3, 0, 'behind: -3 is negative (a count is zero or more)'",
      "0, 0, 0, -4, 'notGraded: -4 is negative (a count is zero or more)'"})
  void countsAreZeroOrMore(int ahead, int level, int behind, int notGraded, String refusal) {
    if (refusal == null) {
      assertThat(new Position(ahead, level, behind, notGraded))
          .extracting(Position::ahead, Position::level, Position::behind, Position::notGraded)
          .containsExactly(ahead, level, behind, notGraded);
    } else {
      assertThatThrownBy(() -> new Position(ahead, level, behind, notGraded))
          .isInstanceOf(IllegalArgumentException.class).hasMessage(refusal);
    }
  }
}

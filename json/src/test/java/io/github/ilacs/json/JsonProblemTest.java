package io.github.ilacs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The problem a refused document carries, and how applications find it. */
class JsonProblemTest {
  private static final JsonProblem PROBLEM = new JsonProblem("/inspections/0/end", "IV02",
      "end: 2019-10-01 is before start 2019-10-07", JsonProblem.Kind.BROKEN_INVARIANT);

  /** An exception of a Jackson module, as its adapters make them. */
  private static final class ModuleException extends IOException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;

    ModuleException(Throwable cause) {
      super(PROBLEM.message(), cause);
    }

    @Override
    public JsonProblem problem() {
      return PROBLEM;
    }
  }

  @Test
  void theMessageIsPointerCodeAndText() {
    assertThat(PROBLEM.message())
        .isEqualTo("/inspections/0/end: [IV02] end: 2019-10-01 is before start 2019-10-07");
  }

  @Test
  void findReturnsTheCarriersProblem() {
    assertThat(JsonProblem.find(new ModuleException(null))).contains(PROBLEM);
  }

  @Test
  void findWalksTheCauseChain() {
    Throwable wrapped = new UncheckedIOException(new IOException("reading",
        new ModuleException(new IllegalStateException())));
    assertThat(JsonProblem.find(wrapped)).contains(PROBLEM);
  }

  @Test
  void findReturnsTheFirstProblemOfTheChain() {
    JsonProblem outer = JsonProblem.malformed("/", "x");
    Throwable chain = new JsonProblemException(outer, Object.class, new ModuleException(null));
    assertThat(JsonProblem.find(chain)).contains(outer);
  }

  @Test
  void findIsEmptyWithoutACarrierOrForNull() {
    assertThat(JsonProblem.find(new IOException("disk", new IllegalStateException())))
        .isEmpty();
    assertThat(JsonProblem.find(null)).isEmpty();
  }

  @Test
  void findStopsOnACycle() {
    IOException a = new IOException("a");
    IllegalStateException b = new IllegalStateException("b", a);
    a.initCause(b);
    assertThat(JsonProblem.find(a)).isEmpty();
  }

  @Test
  void malformedAndParserLimitCarryTheirCodesAndTheParsersWords() {
    JsonProblem m = JsonProblem.malformed("/authority/name", "Unexpected end-of-input");
    assertThat(m.code()).isEqualTo(FormatRule.WELL_FORMED.code()).isEqualTo("JS01");
    assertThat(m.kind()).isEqualTo(JsonProblem.Kind.MALFORMED);
    assertThat(m.message())
        .isEqualTo("/authority/name: [JS01] malformed JSON: Unexpected end-of-input");
    JsonProblem l = JsonProblem.parserLimit("/deep", "nesting depth 1001");
    assertThat(l.code()).isEqualTo("JS02");
    assertThat(l.message()).isEqualTo("/deep: [JS02] input exceeds a parser limit: nesting"
        + " depth 1001");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "inspections/0 | IV02 | text | pointer",
      "''            | IV02 | text | pointer",
      "/             | XX01 | text | code",
      "/             | IV2  | text | code",
      "/             | JS01 | '  ' | text"})
  void badPartsAreRefusedNamingThePart(String pointer, String code, String text, String part) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new JsonProblem(pointer, code, text, JsonProblem.Kind.MALFORMED))
        .withMessageStartingWith(part + ":");
  }

  @Test
  void goodPartsMakeAProblem() {
    assertThat(new JsonProblem("/", "JS09", "x", JsonProblem.Kind.BAD_DEFINITION).pointer())
        .isEqualTo("/");
  }

  @Test
  void problemsAreEqualByTheirParts() {
    assertThat(new JsonProblem("/inspections/0/end", "IV02",
        "end: 2019-10-01 is before start 2019-10-07", JsonProblem.Kind.BROKEN_INVARIANT))
        .isEqualTo(PROBLEM).hasSameHashCodeAs(PROBLEM);
    assertThat(new JsonProblem("/inspections/0/end", "IV02",
        "end: 2019-10-01 is before start 2019-10-07", JsonProblem.Kind.MISMATCHED_INPUT))
        .isNotEqualTo(PROBLEM);
    assertThat(PROBLEM.toString()).isEqualTo("BROKEN_INVARIANT " + PROBLEM.message());
  }

  @Test
  void theExceptionCarriesTheProblemAndItsDetails() {
    InvalidInspectionException core = new InvalidInspectionException(
        Invariant.END_NOT_BEFORE_START, "end", "2019-10-01", "is before start");
    JsonProblemException e = new JsonProblemException(PROBLEM, Object.class, core);
    assertThat(e).hasMessage(PROBLEM.message());
    assertThat(e.problem()).isSameAs(PROBLEM);
    assertThat(e.invariant()).containsSame(core);
    assertThat(e.rejectedValue()).isEmpty();
    assertThat(e.unknownProperty()).isEmpty();
    assertThat(e.knownProperties()).isEmpty();
    JsonProblemException unknown = new JsonProblemException(PROBLEM, Object.class, null, "x",
        "region", List.of("name", "code"));
    assertThat(unknown.invariant()).isEmpty();
    assertThat(unknown.rejectedValue()).contains("x");
    assertThat(unknown.unknownProperty()).contains("region");
    assertThat(unknown.knownProperties()).containsExactly("name", "code");
  }

  @Test
  void theExceptionRefusesNulls() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new JsonProblemException(null, Object.class, null))
        .withMessageStartingWith("problem:");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new JsonProblemException(PROBLEM, null, null))
        .withMessageStartingWith("targetType:");
  }
}

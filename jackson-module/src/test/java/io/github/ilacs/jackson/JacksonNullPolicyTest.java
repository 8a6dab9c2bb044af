package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The null policy of docs/null-policy.md in the JSON module: a null argument is refused with an
 * IllegalArgumentException whose message starts with the parameter's name; never a
 * NullPointerException.
 */
class JacksonNullPolicyTest {
  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of("reader", (ThrowingCallable) () -> OutcomesCsv.read((Reader) null, "x")),
        Arguments.of("sourceName",
            (ThrowingCallable) () -> OutcomesCsv.read(new StringReader(""), null)),
        Arguments.of("file", (ThrowingCallable) () -> OutcomesCsv.read((Path) null)),
        Arguments.of("column", (ThrowingCallable) () -> new RejectedRow(2, null, "", "bad")),
        Arguments.of("value", (ThrowingCallable) () -> new ImportWarning(2, "overall", null,
            "odd")),
        Arguments.of("source", (ThrowingCallable) () -> new OutcomesImport(null,
            OutcomesCsv.Layout.values()[0], 0, List.of(), List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void aNullArgumentIsRefusedByName(String parameter, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    assertThat(thrown.getMessage()).startsWith(parameter + ": is required but was null");
  }
}

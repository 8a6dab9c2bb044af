package io.github.ilacs.seeds;

import static io.github.ilacs.seeds.IlacsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {
  private static final ValidationReport CLEAN =
      Validator.defaults().validate(TypicalHistories.goodAuthority());
  private static final ValidationReport FLAWED = flawed();

  /** The good authority with its 2019 short inspection missing the leaders' grade (R201). */
  private static ValidationReport flawed() {
    InspectionHistory h = TypicalHistories.goodAuthority();
    List<Inspection> list = new ArrayList<>(h.inspections());
    list.set(1, list.get(1).withoutGrade(JudgementArea.IMPACT_OF_LEADERS));
    return Validator.defaults().validate(h.withInspections(list));
  }

  @Test
  void passingAssertionsPass() {
    assertThat(CLEAN).hasNoErrors().hasNoViolations().hasNoViolation("R201");
    assertThat(FLAWED).hasViolation("R201").at("/inspections/1/judgements")
        .hasNoViolation("R603");
  }

  @Test
  void failuresShowTheWholeReport() {
    String line = FLAWED.violations().get(0).toString();
    fails(() -> assertThat(FLAWED).hasNoErrors(), "Expected no errors but the report had 1:");
    fails(() -> assertThat(FLAWED).hasNoErrors(), line);
    fails(() -> assertThat(FLAWED).hasNoViolations(), line);
    fails(() -> assertThat(FLAWED).hasNoViolation("R201"), line);
    fails(() -> assertThat(CLEAN).hasViolation("R201"),
        "Expected a violation of R201 but the report had none:");
    fails(() -> assertThat(CLEAN).hasViolation("R201"), "(no violations)");
    fails(() -> assertThat(FLAWED).hasViolation("R201").at("/inspections/0/judgements"),
        "Expected a violation of R201 at /inspections/0/judgements but it was at "
            + "/inspections/1/judgements; the report:");
  }

  @Test
  void nullReportFailsEveryAssertion() {
    fails(() -> assertThat((ValidationReport) null).hasNoErrors(), "Expecting actual not to be null");
  }

  @Test
  void atWithoutHasViolationIsAMistakeInTheTest() {
    assertThatIllegalStateException().isThrownBy(() -> assertThat(FLAWED).at("/inspections"))
        .withMessageContaining("needs a hasViolation(code) before it");
  }

  private static void fails(ThrowingCallable call, String message) {
    assertThatExceptionOfType(AssertionError.class).isThrownBy(call)
        .withMessageContaining(message);
  }
}

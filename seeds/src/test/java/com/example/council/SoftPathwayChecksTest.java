package com.example.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.rules.Validator;
import io.github.ilacs.seeds.IlacsSoftAssertions;
import io.github.ilacs.seeds.PathwayAssert;
import io.github.ilacs.seeds.TypicalHistories;
import java.time.LocalDate;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.junit.jupiter.api.Test;

/**
 * A downstream team checking several things about a pathway at once with AssertJ's soft
 * assertions: every failure is collected and reported together. Only public API is used.
 */
class SoftPathwayChecksTest {
  private static final InspectionPathway GOOD = InspectionPathway.of(
      TypicalHistories.goodAuthority(), TypicalHistories.GOOD_AS_OF);

  @Test
  void threeFailingPathwayAssertionsAreAllReported() {
    IlacsSoftAssertions softly = new IlacsSoftAssertions();
    softly.assertThat(GOOD).isOn(Pathway.INADEQUATE_UNDER_MONITORING);
    softly.assertThat(GOOD).restsOnNoInspection();
    softly.assertThat(GOOD).hasDeadline(Deadline.Kind.ACTION_PLAN, LocalDate.of(2030, 1, 1));
    softly.assertThat(GOOD).isNotOverdue();   // holds, so not reported

    assertThat(softly.errorsCollected()).hasSize(3);
    AssertionError error = catchThrowableOfType(AssertionError.class, softly::assertAll);
    assertThat(error).hasMessageContaining("Multiple Failures (3 failures)")
        .hasMessageContaining("to be on pathway INADEQUATE_UNDER_MONITORING")
        .hasMessageContaining("Expected no full inspection by")
        .hasMessageContaining("ACTION_PLAN");
  }

  @Test
  void plainSoftAssertionsCanProxyThePathwayAssertion() {
    SoftAssertions softly = new SoftAssertions();
    softly.proxy(PathwayAssert.class, InspectionPathway.class, GOOD)
        .isOn(Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD).isOverdue();
    assertThat(softly.errorsCollected()).hasSize(2);
  }

  @Test
  void assertSoftlyReportsValidationAndPathwayFailuresTogether() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> SoftAssertionsProvider.assertSoftly(IlacsSoftAssertions.class, softly -> {
          softly.assertThat(Validator.defaults().validate(TypicalHistories.goodAuthority()))
              .hasNoErrors().hasViolation("R201");
          softly.assertThat(GOOD).isOn(Pathway.GOOD_OR_OUTSTANDING);
        }));
    assertThat(error).isNotNull().hasMessageContaining("Expected a violation of R201");
    assertThat(error.getMessage()).doesNotContain("Expected the authority to be on pathway");
  }
}

package io.github.ilacs.seeds;

import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions for a {@link ValidationReport}. Every failure message shows the whole
 * report, one violation a line:
 *
 * <pre>{@code
 * assertThat(Validator.defaults().validate(history))
 *     .hasViolation("R201").at("/inspections/2/judgements")
 *     .hasNoViolation("R603");
 * }</pre>
 *
 * <p>{@link #at(String)} narrows the violation named by the {@link #hasViolation(String)} just
 * before it, so both return this assertion and compose with AssertJ's soft assertions ({@link
 * IlacsSoftAssertions}). Each assertion fails when the report under test is null.
 *
 * @param <SELF> the concrete assertion type
 */
public abstract class AbstractValidationReportAssert<
        SELF extends AbstractValidationReportAssert<SELF>>
    extends AbstractAssert<SELF, ValidationReport> {
  private @Nullable String lastCode;

  /**
   * Creates the assertion, as AssertJ's extension points do.
   *
   * @param actual the report under test; null makes every assertion fail
   * @param selfType the concrete assertion class
   */
  protected AbstractValidationReportAssert(@Nullable ValidationReport actual,
      Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Checks that no rule of severity ERROR is broken (warnings are allowed).
   *
   * @return this assertion
   */
  public SELF hasNoErrors() {
    isNotNull();
    if (actual.hasErrors()) {
      failWithMessage("Expected no errors but the report had %d:%n%s", actual.errors().size(),
          describe(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that no rule at all is broken, not even a warning.
   *
   * @return this assertion
   */
  public SELF hasNoViolations() {
    isNotNull();
    if (!actual.hasNoViolations()) {
      failWithMessage("Expected no violations but the report had %d:%n%s",
          actual.violations().size(), describe(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that the rule with this code is broken at least once; a following {@link #at(String)}
   * checks where.
   *
   * @param code the rule's code, such as {@code "R201"}, not null
   * @return this assertion
   */
  public SELF hasViolation(String code) {
    isNotNull();
    lastCode = code;
    if (ofCode(code).isEmpty()) {
      failWithMessage("Expected a violation of %s but the report had none:%n%s", code,
          describe(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that the rule named by the preceding {@link #hasViolation(String)} is broken at this
   * JSON pointer.
   *
   * @param path the JSON pointer, such as {@code "/inspections/2/judgements"} ({@code ""} for
   *     the whole document), not null
   * @return this assertion
   * @throws IllegalStateException when no {@code hasViolation} came before
   */
  public SELF at(String path) {
    isNotNull();
    String code = lastCode;
    if (code == null) {
      throw new IllegalStateException("at(\"" + path + "\") needs a hasViolation(code) before it");
    }
    List<Violation> found = ofCode(code);
    if (found.stream().noneMatch(v -> v.path().equals(path))) {
      failWithMessage("Expected a violation of %s at %s but %s%n%s", code,
          path.isEmpty() ? "/" : path, found.isEmpty() ? "there was none; the report:"
              : "it was at " + found.stream().map(v -> v.path().isEmpty() ? "/" : v.path())
                  .collect(Collectors.joining(", ")) + "; the report:",
          describe(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that the rule with this code is not broken.
   *
   * @param code the rule's code, not null
   * @return this assertion
   */
  public SELF hasNoViolation(String code) {
    isNotNull();
    if (!ofCode(code).isEmpty()) {
      failWithMessage("Expected no violation of %s but the report had %d:%n%s", code,
          ofCode(code).size(), describe(actual.violations()));
    }
    return myself;
  }

  private List<Violation> ofCode(String code) {
    return actual.violations().stream().filter(v -> v.code().equals(code)).toList();
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "  (no violations)";
    }
    return violations.stream().map(v -> "  " + v).collect(Collectors.joining("%n".formatted()));
  }
}

package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ilacs.calendar.BankHolidays;
import io.github.ilacs.calendar.WorkingDays;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityType;
import io.github.ilacs.directory.Region;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.pathway.Window;
import io.github.ilacs.rules.Rule;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The null policy of docs/null-policy.md, one call per package and kind of method: a null
 * argument is refused with an IllegalArgumentException whose message starts with the
 * parameter's name (after {@code [IV01]} in the vocabulary) and says it was null; never a
 * NullPointerException, never a quiet answer.
 */
class NullPolicyTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 6);
  private static final AuthorityDirectory DIRECTORY = AuthorityDirectory.builtIn();
  private static final java.util.List<io.github.ilacs.pathway.Reason> REASONS =
      java.util.List.of(io.github.ilacs.pathway.Reason.THREE_YEAR_CYCLE);

  static Stream<Arguments> calls() {
    return Stream.of(
        call("name", () -> Framework.find(null)),
        call("text", () -> GradeScale.REQUIRES_IMPROVEMENT_SCALE.find(null)),
        call("grade", () -> Framework.ILACS_2018.parseGrade(null)),
        call("name", () -> LocalAuthority.of(null, "891")),
        call("text", () -> Texts.isBlank(null)),
        call("date", () -> WorkingDays.englandAndWales().plus(null, 1)),
        call("from", () -> WorkingDays.englandAndWales().between(null, DAY)),
        call("date", () -> BankHolidays.englandAndWales().isBankHoliday(null)),
        call("date", () -> new Window(DAY, DAY, DAY).contains(null)),
        call("grade", () -> Pathway.ofGrade(null)),
        call("asOf", () -> InspectionPathway.of(InspectionHistory.of(
            LocalAuthority.of("Kent", "886"), java.util.List.of()), (LocalDate) null)),
        call("rule", () -> ValidationReport.empty().violationsOf(null)),
        call("code", () -> Rule.find(null)),
        call("history", () -> Validator.defaults().validate((InspectionHistory) null)),
        call("code", () -> DIRECTORY.byCode(null)),
        call("name", () -> DIRECTORY.byName(null)),
        call("text", () -> Region.find(null)),
        call("text", () -> AuthorityType.find(null)),
        call("text", () -> JudgementArea.find(null)),
        call("invariant", () -> new InvalidInspectionException(null, "f", null, "d")),
        call("detail", () -> new InvalidInspectionException(Invariant.REQUIRED, "f", null, null)),
        call("violations", () -> ValidationReport.of(null)),
        call("rules", () -> Validator.only((Rule[]) null)),
        call("excluded", () -> Validator.allExcept((Rule[]) null)),
        call("rule", () -> new io.github.ilacs.rules.Violation(null, "", "m")),
        call("path", () -> new io.github.ilacs.rules.Violation(Rule.ONE_AUTHORITY, null, "m")),
        call("message", () -> new io.github.ilacs.rules.Violation(Rule.ONE_AUTHORITY, "", null)),
        call("earliest", () -> new Window(null, DAY, DAY)),
        call("expected", () -> new Window(DAY, null, DAY)),
        call("latest", () -> new Window(DAY, DAY, null)),
        call("asOf", () -> new Window(DAY, DAY, DAY).statusOn(null)),
        call("kinds", () -> new io.github.ilacs.pathway.ExpectedActivity(null,
            new Window(DAY, DAY, DAY), io.github.ilacs.pathway.ActivityStatus.DUE,
            java.util.Optional.empty(), java.util.Optional.empty(), REASONS)),
        call("window", () -> new io.github.ilacs.pathway.ExpectedActivity(
            java.util.List.of(InspectionKind.FOCUSED_VISIT), null,
            io.github.ilacs.pathway.ActivityStatus.DUE, java.util.Optional.empty(),
            java.util.Optional.empty(), REASONS)),
        call("reasons", () -> new io.github.ilacs.pathway.ExpectedActivity(
            java.util.List.of(InspectionKind.FOCUSED_VISIT), new Window(DAY, DAY, DAY),
            io.github.ilacs.pathway.ActivityStatus.DUE, java.util.Optional.empty(),
            java.util.Optional.empty(), null)),
        call("date", () -> BankHolidays.isChristmasDayOrGoodFriday(null)),
        call("to", () -> WorkingDays.englandAndWales().between(DAY, null)),
        call("date", () -> WorkingDays.englandAndWales().isWorkingDay(null)),
        call("holidays", () -> WorkingDays.over(null)),
        call("urn", () -> DIRECTORY.byUrn(null)),
        call("onsCode", () -> DIRECTORY.byOnsCode(null)),
        call("day", () -> DIRECTORY.existingOn(null)),
        call("region", () -> DIRECTORY.inRegion(null, DAY)),
        call("day", () -> DIRECTORY.inRegion(Region.LONDON, null)),
        call("authority", () -> DIRECTORY.statisticalNeighbours(null)),
        call("day", () -> DIRECTORY.byName("Kent", null)),
        call("day", () -> DIRECTORY.byCode("886").orElseThrow().existsOn(null)));
  }

  private static Arguments call(String parameter, ThrowingCallable call) {
    return Arguments.of(parameter, call);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("calls")
  void aNullArgumentIsRefusedByName(String parameter, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    // the vocabulary's InvalidInspectionException puts its invariant's code first
    String message = thrown.getMessage().replaceFirst("^\\[IV01\\] ", "");
    // builders made by Immutables say "was missing or null"
    assertThat(message).startsWith(parameter + ": is required but was ").contains("null");
  }
}

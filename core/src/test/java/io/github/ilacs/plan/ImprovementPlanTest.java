package io.github.ilacs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ilacs.Inspection;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import io.github.ilacs.LocalAuthority;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each invariant of the plan's types, broken once (with its code, field and detail). */
class ImprovementPlanTest {
  private static final Inspection S = Plans.standard2019();
  private static final LocalDate D = LocalDate.of(2020, 6, 30);

  static Stream<Arguments> broken() {
    return Stream.of(
        bad("no inspection answered", () -> ImprovementPlan.builder()
            .authority(Plans.AUTHORITY).build(), "IV24", "answers", "is empty"),
        bad("an inspection of another authority", () -> Plans.bare(Inspection.builder()
            .from(S).authority(LocalAuthority.of("Kent", "886")).build()).build(),
            "IV23", "answers[0].authority.code", "Kent (886)"),
        bad("one inspection answered twice", () -> Plans.bare(S, S).build(),
            "IV21", "answers[1]", "answered twice"),
        bad("submitted before drafted", () -> Plans.plan2019()
            .drafted(LocalDate.of(2020, 4, 1)).build(), "IV20", "submitted",
            "2020-03-30 is before drafted 2020-04-01"),
        bad("revised without a submission", () -> Plans.bare(S)
            .revised(LocalDate.of(2020, 4, 1)).build(), "IV01", "submitted", "revised"),
        bad("revised before submitted", () -> Plans.plan2019()
            .revised(LocalDate.of(2020, 3, 1)).build(), "IV20", "revised", "before submitted"),
        bad("progress reports out of order", () -> Plans.plan2019()
            .progressReports(List.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 8, 1)))
            .build(), "IV20", "progressReports[1]", "is not after progressReports[0]"),
        bad("a progress report before the submission", () -> Plans.plan2019()
            .progressReports(List.of(LocalDate.of(2020, 3, 1))).build(), "IV20",
            "progressReports[0]", "before submitted 2020-03-30"),
        bad("a progress report with no submission", () -> Plans.bare(S)
            .progressReports(List.of(LocalDate.of(2020, 3, 1))).build(), "IV01", "submitted",
            "progress reports"),
        bad("two actions with one id", () -> Plans.plan2019()
            .addActions(Plans.action("A1", S, 1, D).build()).build(), "IV21", "actions[4].id",
            "'A1' is the id of actions[0]"),
        bad("an action answering a finding past the end", () -> Plans.bare(S)
            .addActions(Plans.action("A1", S, 5, D).build()).build(), "IV22",
            "actions[0].answers[0]", "has 5 findings"),
        bad("an action answering an inspection the plan does not", () -> Plans.bare(S)
            .addActions(Plans.action("A1", Plans.laterVisit2022(), 0, D).build()).build(),
            "IV22", "actions[0].answers[0]", "answers no FOCUSED_VISIT begun on 2022-04-26"),
        bad("a blank note", () -> Plans.plan2019().note(" ").build(), "IV05", "note", "blank"),
        bad("an action answering nothing", () -> Action.builder().id("A1").what("x")
            .owner("y").due(D).build(), "IV24", "answers", "at least one finding"),
        bad("an action answering one finding twice", () -> Plans.action("A1", S, 0, D)
            .addAnswers(FindingRef.to(S, 0)).build(), "IV21", "answers[1]", "listed twice"),
        bad("a blank owner", () -> Plans.action("A1", S, 0, D).owner("").build(), "IV05",
            "owner", "blank"),
        bad("a blank due reason", () -> Plans.action("A1", S, 0, D).dueReason(" ").build(),
            "IV05", "dueReason", "blank"),
        bad("a milestone after its action", () -> Plans.action("A1", S, 0, D)
            .addMilestones(Milestone.of("Audit", D.plusDays(1))).build(), "IV20",
            "milestones[0].due", "after the action's due date 2020-06-30"),
        bad("two updates on one day", () -> Plans.action("A1", S, 0, D)
            .addUpdates(ProgressUpdate.of(D, ProgressStatus.ON_TRACK, "Going well."))
            .addUpdates(ProgressUpdate.of(D, ProgressStatus.AT_RISK, "Slipping."))
            .build(), "IV20", "updates[1].date", "is not after updates[0].date"),
        bad("a missing owner", () -> Action.builder().id("A1").what("x")
            .addAnswers(FindingRef.to(S, 0)).due(D).build(), "IV01", "owner", "missing"),
        bad("a negative finding position", () -> FindingRef.of(S.kind(), S.start(), -1),
            "IV25", "finding", "negative"),
        bad("a cadence of no months", () -> ReportingCadence.of(0, "Committee"), "IV25",
            "months", "not between 1 and 24"),
        bad("a cadence of 25 months", () -> ReportingCadence.of(25, "Committee"), "IV25",
            "months", "25"),
        bad("a blank milestone", () -> Milestone.of("", D), "IV05", "what", "blank"),
        bad("a blank update note", () -> ProgressUpdate.of(D, ProgressStatus.ON_TRACK, " "),
            "IV05", "note", "blank"));
  }

  private static Arguments bad(String name, Supplier<?> build, String code, String field,
      String detail) {
    return Arguments.of(name, build, code, field, detail);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void aBrokenInvariantIsThrownWithItsCodeAndField(String name, Supplier<?> build, String code,
      String field, String detail) {
    assertThatExceptionOfType(InvalidInspectionException.class).isThrownBy(build::get)
        .satisfies(e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).contains(detail);
        });
  }

  @Test
  void everyPlanInvariantIsExercisedByTheTable() {
    Set<String> covered = broken().map(a -> (String) a.get()[2]).collect(Collectors.toSet());
    assertThat(covered).containsAll(Stream.of(Invariant.values()).map(Invariant::code)
        .filter(code -> code.startsWith("IV2")).toList()).contains("IV01", "IV05");
  }

  @Test
  void aPlanKeepingEveryInvariantIsBuiltAndAnswersQueries() {
    ImprovementPlan plan = Plans.plan2019().revised(LocalDate.of(2020, 6, 1))
        .progressReports(List.of(LocalDate.of(2020, 9, 28))).build();
    FindingRef second = FindingRef.to(S, 1);
    assertThat(plan.actionsFor(second)).extracting(Action::id).containsExactly("A2");
    assertThat(plan.inspection(second)).contains(S);
    assertThat(plan.action("A4")).isPresent();
    assertThat(plan.action("A9")).isEmpty();
    assertThat(plan.sentAfter(Plans.REPORT)).contains(LocalDate.of(2020, 3, 30));
    assertThat(plan.sentAfter(LocalDate.of(2020, 5, 1))).contains(LocalDate.of(2020, 6, 1));
    assertThat(plan.sentAfter(LocalDate.of(2020, 7, 1))).isEmpty();
    assertThat(second.in(S)).contains(S.findings().get(1));
    assertThat(second).hasToString("STANDARD_INSPECTION 2019-10-07 #1");
  }

  static Stream<Arguments> nullArguments() {
    ImprovementPlan plan = Plans.plan2019().build();
    Action a = plan.actions().get(0);
    return Stream.of(
        Arguments.of("inspection", "ref", (Runnable) () -> plan.inspection(null)),
        Arguments.of("actionsFor", "ref", (Runnable) () -> plan.actionsFor(null)),
        Arguments.of("action", "id", (Runnable) () -> plan.action(null)),
        Arguments.of("sentAfter", "report", (Runnable) () -> plan.sentAfter(null)),
        Arguments.of("statusOn", "asOf", (Runnable) () -> a.statusOn(null)),
        Arguments.of("latestUpdate", "asOf", (Runnable) () -> a.latestUpdate(null)),
        Arguments.of("completeSince", "asOf", (Runnable) () -> a.completeSince(null)),
        Arguments.of("in", "inspection", (Runnable) () -> a.answers().get(0).in(null)),
        Arguments.of("progress", "asOf", (Runnable) () -> PlanProgress.of(plan, null)),
        Arguments.of("validate", "plan", (Runnable) () -> PlanValidator.defaults()
            .validate(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void aNullArgumentIsRefusedByName(String method, String name, Runnable call) {
    assertThatIllegalArgumentException().isThrownBy(call::run).withMessageContaining(name);
  }

  @Test
  void anActionsStatusIsItsLatestUpdateUntilItsCompletionDate() {
    Action a = Plans.action("A1", S, 0, D)
        .addUpdates(ProgressUpdate.of(LocalDate.of(2020, 3, 1), ProgressStatus.ON_TRACK, "Ok."))
        .addUpdates(ProgressUpdate.of(LocalDate.of(2020, 5, 1), ProgressStatus.AT_RISK, "Late."))
        .completed(LocalDate.of(2020, 6, 15)).build();
    assertThat(a.statusOn(LocalDate.of(2020, 2, 1))).isEqualTo(ProgressStatus.NOT_STARTED);
    assertThat(a.statusOn(LocalDate.of(2020, 4, 1))).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(a.statusOn(LocalDate.of(2020, 6, 14))).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(a.statusOn(LocalDate.of(2020, 6, 15))).isEqualTo(ProgressStatus.COMPLETE);
    assertThat(a.completeSince(LocalDate.of(2020, 6, 14))).isEmpty();
    assertThat(a.completeSince(LocalDate.of(2020, 7, 1))).contains(LocalDate.of(2020, 6, 15));
  }
}

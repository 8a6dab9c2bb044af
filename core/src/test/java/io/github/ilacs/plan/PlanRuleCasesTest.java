package io.github.ilacs.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For each plan rule, plans where it fires (with the path and what the message names) and near misses where it is silent. */
class PlanRuleCasesTest {
  private static final Inspection S = Plans.standard2019();
  private static final Inspection V = Plans.priorityVisit2021();

  /** A plan, the rule under test, the path and text of its violation (empty when silent). */
  record Case(String name, PlanRule rule, ImprovementPlan plan, String path, String mentions) {
    boolean fires() {
      return !mentions.isEmpty();
    }

    @Override
    public String toString() {
      return rule.code() + (fires() ? " fires: " : " silent: ") + name;
    }
  }

  private static Case fires(PlanRule rule, String name, ImprovementPlan.Builder plan,
      String path, String mentions) {
    return new Case(name, rule, plan.build(), path, mentions);
  }

  private static Case silent(PlanRule rule, String name, ImprovementPlan.Builder plan) {
    return new Case(name, rule, plan.build(), "", "");
  }

  private static ImprovementPlan.Builder visitPlan() {
    return Plans.bare(V).addActions(Plans.action("P1", V, 0, LocalDate.of(2022, 6, 30)).build())
        .addActions(Plans.action("P2", V, 1, LocalDate.of(2022, 9, 30)).build());
  }

  private static ImprovementPlan.Builder withoutAction(ImprovementPlan.Builder b, String id) {
    ImprovementPlan p = b.build();
    return ImprovementPlan.builder().from(p)
        .actions(p.actions().stream().filter(a -> !a.id().equals(id)).toList());
  }

  private static Action complete(boolean dated) {
    Action.Builder b = Plans.action("A1", S, 0, LocalDate.of(2020, 12, 31))
        .addUpdates(ProgressUpdate.of(LocalDate.of(2020, 11, 2), ProgressStatus.COMPLETE,
            "Done."));
    return (dated ? b.completed(LocalDate.of(2020, 10, 30)) : b).build();
  }

  private static ImprovementPlan.Builder replacingA1(Action a1) {
    ImprovementPlan p = Plans.plan2019().build();
    return ImprovementPlan.builder().from(p).actions(Stream.concat(Stream.of(a1),
        p.actions().stream().filter(a -> !a.id().equals("A1"))).toList());
  }

  static Stream<Case> cases() {
    LocalDate closes = LocalDate.of(2023, 9, 7);
    return Stream.of(
        silent(PlanRule.PRIORITY_ACTIONS_ANSWERED, "the area for priority action has P1",
            visitPlan()),
        fires(PlanRule.PRIORITY_ACTIONS_ANSWERED, "no action for the priority area",
            withoutAction(visitPlan(), "P1"), "/answers/0/findings/0",
            "FOCUSED_VISIT 2021-11-09 #0, the area for priority action 'Children left at risk.'"),
        silent(PlanRule.FINDINGS_ANSWERED, "every area for improvement has an action, the "
            + "strength none", Plans.plan2019()),
        fires(PlanRule.FINDINGS_ANSWERED, "the kinship area has no action",
            withoutAction(Plans.plan2019(), "A4"), "/answers/0/findings/4",
            "STANDARD_INSPECTION 2019-10-07 #4, the area for improvement 'Kinship carers"),
        silent(PlanRule.SUBMITTED_BY_DEADLINE, "submitted on the due day",
            Plans.plan2019().submitted(Plans.PLAN_DUE)),
        silent(PlanRule.SUBMITTED_BY_DEADLINE, "no submission recorded (an answer as of a date"
            + " says whether it is overdue)", Plans.bare(S).addAllActions(
                Plans.plan2019().build().actions())),
        fires(PlanRule.SUBMITTED_BY_DEADLINE, "submitted the day after",
            Plans.plan2019().submitted(LocalDate.of(2020, 4, 1)), "/submitted",
            "sent 2020-04-01, after the action plan deadline 2020-03-31 (70 working days from"
                + " 2019-12-19"),
        silent(PlanRule.EARLY_DRAFT_BY_DEADLINE, "draft on the twentieth working day",
            visitPlan().drafted(LocalDate.of(2022, 1, 10))),
        fires(PlanRule.EARLY_DRAFT_BY_DEADLINE, "draft a day late",
            visitPlan().drafted(LocalDate.of(2022, 1, 11)), "/drafted",
            "first draft 2022-01-11, after the early draft deadline 2022-01-10"),
        fires(PlanRule.EARLY_DRAFT_BY_DEADLINE, "no draft, the plan itself sent late for a"
            + " draft", visitPlan().submitted(LocalDate.of(2022, 2, 1)), "/submitted",
            "first draft 2022-02-01"),
        silent(PlanRule.EARLY_DRAFT_BY_DEADLINE, "a standard inspection sets no early draft",
            Plans.plan2019().drafted(LocalDate.of(2020, 3, 1))),
        silent(PlanRule.DUE_WITHIN_NEXT_INSPECTION_WINDOW, "due the day the window closes",
            Plans.plan2019().addActions(Plans.action("A5", S, 0, closes).build())),
        silent(PlanRule.DUE_WITHIN_NEXT_INSPECTION_WINDOW, "due later, saying why",
            Plans.plan2019().addActions(Plans.action("A5", S, 0, closes.plusDays(1))
                .dueReason("A three-year recruitment programme.").build())),
        fires(PlanRule.DUE_WITHIN_NEXT_INSPECTION_WINDOW, "due the day after, no reason",
            Plans.plan2019().addActions(Plans.action("A5", S, 0, closes.plusDays(1)).build()),
            "/actions/4/due", "A5 is due 2023-09-08, after the next full inspection's window "
                + "closes on 2023-09-07 (forecast as of 2019-12-19)"),
        silent(PlanRule.PROGRESS_AT_CADENCE, "reports six months apart",
            Plans.plan2019().progressReports(List.of(LocalDate.of(2020, 9, 30),
                LocalDate.of(2021, 3, 30)))),
        fires(PlanRule.PROGRESS_AT_CADENCE, "second report two weeks late",
            Plans.plan2019().progressReports(List.of(LocalDate.of(2020, 9, 30),
                LocalDate.of(2021, 4, 15))), "/progressReports/1",
            "report of 2021-04-15 came after 2021-03-30, 6 months after the previous report"),
        fires(PlanRule.PROGRESS_AT_CADENCE, "first report late",
            Plans.plan2019().progressReports(List.of(LocalDate.of(2020, 10, 1))),
            "/progressReports/0", "6 months after the submission of 2020-03-30"),
        silent(PlanRule.COMPLETED_ACTION_DATED, "complete with a date", replacingA1(complete(true))),
        fires(PlanRule.COMPLETED_ACTION_DATED, "complete without a date",
            replacingA1(complete(false)), "/actions/0/completed",
            "A1 is marked complete by the update of 2020-11-02"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRuleFiresOrStaysSilent(Case c) {
    List<PlanViolation> found = PlanValidator.only(c.rule()).validate(c.plan()).violations();
    if (c.fires()) {
      assertThat(found).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(c.rule());
        assertThat(v.path()).isEqualTo(c.path());
        assertThat(v.message()).contains(c.mentions());
      });
    } else {
      assertThat(found).isEmpty();
    }
  }

  @Test
  void everyRuleHasAFiringAndASilentCase() {
    Set<PlanRule> firing = cases().filter(Case::fires).map(Case::rule)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanRule.class)));
    Set<PlanRule> silent = cases().filter(c -> !c.fires()).map(Case::rule)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanRule.class)));
    assertThat(firing).containsExactlyInAnyOrder(PlanRule.values());
    assertThat(silent).containsExactlyInAnyOrder(PlanRule.values());
  }

  @Test
  void aCleanPlanHasNoViolationUnderEveryRule() {
    PlanReport report = PlanValidator.defaults().validate(Plans.plan2019().build());
    assertThat(report.isClean()).as(report.toString()).isTrue();
    assertThat(report).hasToString("no violations");
  }

  @Test
  void aReportSeparatesErrorsFromWarnings() {
    PlanReport report = PlanValidator.defaults().validate(withoutAction(Plans.plan2019(), "A4")
        .submitted(LocalDate.of(2020, 4, 1)).build());
    assertThat(report.errors()).extracting(PlanViolation::code).containsExactly("R702");
    assertThat(report.warnings()).extracting(PlanViolation::code).containsExactly("R703");
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.violationsOf(PlanRule.SUBMITTED_BY_DEADLINE)).hasSize(1);
    assertThat(report.toString()).startsWith("ERROR R702 /answers/0/findings/4: no action");
  }

  @Test
  void codesAreUniqueAndFound() {
    assertThat(Stream.of(PlanRule.values()).map(PlanRule::code)).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("R7\\d\\d"));
    assertThat(PlanRule.find(" r703 ")).contains(PlanRule.SUBMITTED_BY_DEADLINE);
    assertThat(PlanRule.find("R101")).isEmpty();
  }
}

package io.github.ilacs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ilacs.Inspection;
import io.github.ilacs.Theme;
import io.github.ilacs.pathway.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parts of a plan's progress that turn on a single day: when a submission counts as met
 * and late, when a milestone reached counts, the order of deadlines and overdue items, and the
 * checks of the answer's records.
 */
class PlanProgressDetailsTest {
  private static final Inspection S = Plans.standard2019();
  private static final Inspection V = Plans.priorityVisit2021();

  /**
   * The plan for the 2019 report is due on 31 March 2020; a submission counts once it has
   * happened by the day asked about, and is late when after the due day.
   */
  @ParameterizedTest(name = "submitted {0}, as of {1}: met {2}, late {3}, overdue {4}")
  @CsvSource({
      "2020-03-30, 2020-03-29, '',         false, false",
      "2020-03-30, 2020-04-01, 2020-03-30, false, false",
      "2020-03-31, 2020-04-01, 2020-03-31, false, false",
      "2020-04-15, 2020-04-10, '',         false, true",
      "2020-04-15, 2020-04-15, 2020-04-15, true,  false",
      "2020-04-15, 2020-05-01, 2020-04-15, true,  false"})
  void aSubmissionIsMetByTheDayAskedAbout(LocalDate submitted, LocalDate asOf, String met,
      boolean late, boolean overdue) {
    ImprovementPlan plan = Plans.plan2019().drafted(LocalDate.of(2020, 2, 14))
        .submitted(submitted).build();
    PlanProgress p = PlanProgress.of(plan, asOf);

    PlanProgress.PlanDeadline d = p.deadlines().get(0);
    assertThat(d.deadline().kind()).isEqualTo(Deadline.Kind.ACTION_PLAN);
    assertThat(d.met().map(LocalDate::toString).orElse("")).isEqualTo(met);
    assertThat(d.metLate()).isEqualTo(late);
    assertThat(p.overdue()).extracting(PlanProgress.Overdue::item)
        .filteredOn(i -> i == PlanProgress.Overdue.Item.SUBMISSION)
        .hasSize(overdue ? 1 : 0);
  }

  /** A milestone reached after the day asked about is still overdue on that day. */
  @ParameterizedTest(name = "reached {0}, as of {1}: overdue {2}")
  @CsvSource({
      "2020-06-20, 2020-07-01, false",
      "2020-07-15, 2020-07-01, true",
      "2020-07-15, 2020-07-20, false",
      "'',         2020-06-30, false",
      "'',         2020-07-01, true"})
  void aMilestoneCountsOnceReached(String reached, LocalDate asOf, boolean overdue) {
    ImprovementPlan p = Plans.plan2019().build();
    Milestone.Builder m = Milestone.builder().what("Audit").due(LocalDate.of(2020, 6, 30));
    if (!reached.isEmpty()) {
      m.reached(LocalDate.parse(reached));
    }
    Action a1 = Action.builder().from(p.action("A1").orElseThrow()).addMilestones(m.build())
        .build();
    ImprovementPlan plan = Plans.replacing(p, a1);

    assertThat(PlanProgress.of(plan, asOf).overdue())
        .filteredOn(o -> o.item() == PlanProgress.Overdue.Item.MILESTONE)
        .extracting(PlanProgress.Overdue::what)
        .isEqualTo(overdue ? List.of("A1: Audit") : List.of());
  }

  /**
   * A plan answering the 2019 report and the 2021 visit: its deadlines come in due-date order
   * whatever the order of the answers, and overdue items in the order they fell due.
   */
  @ParameterizedTest(name = "answers in order {0}")
  @CsvSource({"true", "false"})
  void deadlinesAndOverdueItemsInDateOrder(boolean reportFirst) {
    ImprovementPlan plan = Plans.bare(reportFirst ? new Inspection[] {S, V}
            : new Inspection[] {V, S})
        .addActions(Plans.action("A1", S, 0, LocalDate.of(2022, 6, 30)).build())
        .addActions(Plans.action("A2", S, 1, LocalDate.of(2021, 1, 29)).build())
        .addActions(Plans.action("A3", S, 3, LocalDate.of(2022, 6, 30)).build())
        .addActions(Plans.action("A4", S, 4, LocalDate.of(2022, 6, 30)).build())
        .addActions(Plans.action("A5", V, 0, LocalDate.of(2022, 6, 30)).build())
        .addActions(Plans.action("A6", V, 1, LocalDate.of(2022, 6, 30)).build())
        .build();
    PlanProgress p = PlanProgress.of(plan, LocalDate.of(2022, 3, 1));

    assertThat(p.deadlines()).extracting(d -> d.deadline().due())
        .isSortedAccordingTo(LocalDate::compareTo).hasSize(3);
    assertThat(p.overdue().stream().map(o -> o.item() + " " + o.due())
        .collect(Collectors.joining("; "))).isEqualTo("SUBMISSION 2020-03-31; ACTION 2021-01-29;"
        + " EARLY_DRAFT " + p.deadlines().get(1).deadline().due());
    // the visit's plan itself is due after the day asked about
    assertThat(p.deadlines().get(2).deadline().due()).isAfter(LocalDate.of(2022, 3, 1));
  }

  static Stream<Arguments> refusedRecords() {
    Deadline deadline = PlanProgress.of(Plans.plan2019().build(), LocalDate.of(2020, 6, 1))
        .deadlines().get(0).deadline();
    FindingRef ref = FindingRef.to(S, 0);
    LocalDate day = LocalDate.of(2020, 1, 1);
    String recurrence = "no value of a recurrence may be null";
    return Stream.of(
        Arguments.of("PlanDeadline answers", (Executable) () -> new PlanProgress.PlanDeadline(
            null, deadline, Optional.empty()), "answers, deadline and met must not be null"),
        Arguments.of("PlanDeadline deadline", (Executable) () -> new PlanProgress.PlanDeadline(
            S, null, Optional.empty()), "answers, deadline and met must not be null"),
        Arguments.of("PlanDeadline met", (Executable) () -> new PlanProgress.PlanDeadline(
            S, deadline, null), "answers, deadline and met must not be null"),
        Arguments.of("Overdue item", (Executable) () -> new PlanProgress.Overdue(null, "A1", day),
            "item, what and due must be given"),
        Arguments.of("Overdue what", (Executable) () -> new PlanProgress.Overdue(
            PlanProgress.Overdue.Item.ACTION, null, day), "item, what and due must be given"),
        Arguments.of("Overdue blank", (Executable) () -> new PlanProgress.Overdue(
            PlanProgress.Overdue.Item.ACTION, " ", day), "item, what and due must be given"),
        Arguments.of("Overdue due", (Executable) () -> new PlanProgress.Overdue(
            PlanProgress.Overdue.Item.ACTION, "A1", null), "item, what and due must be given"),
        Arguments.of("Recurrence answered", (Executable) () -> new PlanProgress.Recurrence(null,
            "A1", day, Theme.RECORDING, V, V.findings().get(1)), recurrence),
        Arguments.of("Recurrence action", (Executable) () -> new PlanProgress.Recurrence(ref,
            null, day, Theme.RECORDING, V, V.findings().get(1)), recurrence),
        Arguments.of("Recurrence day", (Executable) () -> new PlanProgress.Recurrence(ref,
            "A1", null, Theme.RECORDING, V, V.findings().get(1)), recurrence),
        Arguments.of("Recurrence theme", (Executable) () -> new PlanProgress.Recurrence(ref,
            "A1", day, null, V, V.findings().get(1)), recurrence),
        Arguments.of("Recurrence later", (Executable) () -> new PlanProgress.Recurrence(ref,
            "A1", day, Theme.RECORDING, null, V.findings().get(1)), recurrence),
        Arguments.of("Recurrence finding", (Executable) () -> new PlanProgress.Recurrence(ref,
            "A1", day, Theme.RECORDING, V, null), recurrence));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedRecords")
  void recordsRefuseMissingValues(String name, Executable build, String message) {
    assertThatThrownBy(build::execute).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}

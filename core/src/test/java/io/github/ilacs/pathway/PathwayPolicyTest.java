package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.InspectionKind;
import io.github.ilacs.calendar.BankHolidays;
import io.github.ilacs.calendar.WorkingDays;
import io.github.ilacs.pathway.PathwayPolicy.Cycle;
import io.github.ilacs.pathway.PathwayPolicy.DeadlinePeriods;
import io.github.ilacs.pathway.PathwayPolicy.Monitoring;
import io.github.ilacs.pathway.PathwayPolicy.Pause;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PathwayPolicyTest {
  private static final PathwayPolicy DEFAULTS = PathwayPolicy.defaults();
  private static final Pause EARLY = new Pause(d("2020-03-17"), d("2020-06-01"), "early");
  private static final Pause LATE = new Pause(d("2021-01-04"), d("2021-03-08"), "late");

  @Test
  void defaultsAreTheDocumentedNumbers() {
    assertThat(DEFAULTS.cycle()).isEqualTo(new Cycle(36, 7, 11));
    assertThat(DEFAULTS.reinspection()).isEqualTo(new Cycle(27, 9, 9));
    assertThat(DEFAULTS.anchor()).isEqualTo(PathwayPolicy.Anchor.START);
    assertThat(DEFAULTS.pauses()).containsExactly(PathwayPolicy.COVID_2020);
    assertThat(PathwayPolicy.COVID_2020.lengthInDays()).isEqualTo(552);
    assertThat(DEFAULTS.interimVisits(Pathway.GOOD_OR_OUTSTANDING)).isEqualTo(1);
    assertThat(DEFAULTS.interimVisits(Pathway.INADEQUATE)).isZero();
    assertThat(DEFAULTS.fullInspectionStandsInForMeeting()).isFalse();
    assertThat(DEFAULTS.monitoring()).isEqualTo(new Monitoring(20, 3, 4, 6, 1));
    assertThat(DEFAULTS.deadlinePeriods())
        .isEqualTo(new DeadlinePeriods(70, 20, 30, d("2018-08-16")));
    assertThat(DEFAULTS.noOverallGradeRule()).isSameAs(PathwayRule.leadersPlusTwoOfThree());
  }

  @Test
  void withersReturnNewPoliciesAndEqualPoliciesHashAlike() {
    PathwayPolicy changed = DEFAULTS.withCycle(new Cycle(24, 6, 6))
        .withInterimVisits(Pathway.INADEQUATE, 1).withAnchor(PathwayPolicy.Anchor.PUBLISHED);
    assertThat(changed.cycle().months()).isEqualTo(24);
    assertThat(changed.interimVisits(Pathway.INADEQUATE)).isEqualTo(1);
    assertThat(DEFAULTS.cycle().months()).isEqualTo(36);
    assertThat(changed).isNotEqualTo(DEFAULTS);
    PathwayPolicy same = DEFAULTS.withCycle(new Cycle(36, 7, 11)).withInterimVisits(
        Pathway.INADEQUATE, 0).withPauses(PathwayPolicy.COVID_2020);
    assertThat(same).isEqualTo(DEFAULTS).hasSameHashCodeAs(DEFAULTS);
    assertThat(PathwayPolicy.builder().from(DEFAULTS).build()).isEqualTo(DEFAULTS)
        .hasSameHashCodeAs(DEFAULTS);
    assertThat(DEFAULTS.equals(null)).isFalse();
  }

  /** Pauses are a set in date order: the order given and duplicates never change an answer. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pauseOrders")
  void pausesApplyIndependentlyOfOrderAndDuplicates(String name, Pause[] pauses) {
    PathwayPolicy policy = DEFAULTS.withPauses(pauses);
    assertThat(policy).isEqualTo(DEFAULTS.withPauses(EARLY, LATE))
        .hasSameHashCodeAs(DEFAULTS.withPauses(EARLY, LATE));
    assertThat(policy.pauses()).containsExactly(EARLY, LATE);
    InspectionPathway p = InspectionPathway.of(Histories.nottinghamshire(), d("2021-06-01"),
        policy);
    long both = EARLY.lengthInDays() + LATE.lengthInDays();
    assertThat(p.forecastWindow().expected()).isEqualTo(d("2022-10-07").plusDays(both));
    assertThat(p.nextInspection().reasons()).containsSubsequence(Reason.PAUSE, Reason.PAUSE);
  }

  static Stream<Arguments> pauseOrders() {
    return Stream.of(
        Arguments.of("in order", new Pause[] {EARLY, LATE}),
        Arguments.of("reversed", new Pause[] {LATE, EARLY}),
        Arguments.of("duplicated", new Pause[] {LATE, EARLY, LATE, EARLY}));
  }

  @Test
  void policyNumbersChangeTheAnswer() {
    PathwayPolicy policy = DEFAULTS.withPauses().withCycle(new Cycle(24, 0, 0))
        .withDeadlinePeriods(new DeadlinePeriods(70, 20, 10, d("2018-08-16")))
        .withWorkingDays(WorkingDays.over(BankHolidays.englandAndWales()
            .withAdditional(d("2019-12-20"))));
    InspectionPathway p = InspectionPathway.of(Histories.nottinghamshire(), d("2020-01-01"),
        policy);
    assertThat(p.nextInspection().window())
        .isEqualTo(new Window(d("2021-10-07"), d("2021-10-07"), d("2021-10-07")));
    Optional<Deadline> publication = p.deadlines().stream()
        .filter(dl -> dl.kind() == Deadline.Kind.REPORT_PUBLICATION).findFirst();
    // 19 Dec + 10 working days, with 20 Dec made a holiday: 23, 24, 27, 30, 31 Dec, 2, 3, 6,
    // 7, 8 Jan.
    assertThat(publication).get().extracting(Deadline::due).isEqualTo(d("2020-01-08"));
  }

  @ParameterizedTest(name = "anchor {0}: expected {1}")
  @CsvSource({"START, 2022-10-07", "END, 2022-10-18", "PUBLISHED, 2022-12-19"})
  void anchorChoosesTheDateTheCycleRunsFrom(PathwayPolicy.Anchor anchor, LocalDate expected) {
    assertThat(InspectionPathway.of(Histories.nottinghamshire(), d("2020-01-01"),
        DEFAULTS.withPauses().withAnchor(anchor)).nextInspection().window().expected())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badPolicies")
  void badValuesAreRejectedNamingTheSettingAndTheRule(Supplier<Object> make, String message) {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(make::get)
        .withMessageContaining(message);
  }

  static Stream<Arguments> badPolicies() {
    return Stream.of(
        bad(() -> new Cycle(0, 0, 0), "Cycle.months 0 is outside 1 to 120"),
        bad(() -> new Cycle(36, 61, 0), "Cycle.monthsBefore 61 is outside 0 to 60"),
        bad(() -> new Cycle(36, 0, -1), "Cycle.monthsAfter -1 is outside 0 to 60"),
        bad(() -> new Monitoring(0, 3, 4, 6, 1),
            "Monitoring.actionPlanningVisitWorkingDays 0 is outside 1 to 1000"),
        bad(() -> new Monitoring(20, 25, 4, 6, 1), "Monitoring.intervalMonths 25"),
        bad(() -> new Monitoring(20, 3, 53, 6, 1), "Monitoring.firstVisitWeeks 53"),
        bad(() -> new Monitoring(20, 3, 4, 25, 1), "Monitoring.maxVisits 25"),
        bad(() -> new Monitoring(20, 3, 4, 6, 13), "Monitoring.windowMonths 13"),
        bad(() -> new DeadlinePeriods(1001, 20, 30, d("2018-08-16")),
            "DeadlinePeriods.actionPlanWorkingDays 1001"),
        bad(() -> new DeadlinePeriods(70, 0, 30, d("2018-08-16")),
            "DeadlinePeriods.earlyDraftWorkingDays 0"),
        bad(() -> new DeadlinePeriods(70, 20, Integer.MIN_VALUE, d("2018-08-16")),
            "DeadlinePeriods.publicationWorkingDays -2147483648"),
        bad(() -> new DeadlinePeriods(70, 20, 30, null), "priorityActionPlansFrom"),
        bad(() -> DEFAULTS.withInterimVisits(Pathway.GOOD_OR_OUTSTANDING, 21),
            "interimVisits 21 is outside 0 to 20"),
        bad(() -> DEFAULTS.withInterimVisits(null, 1), "pathway"),
        bad(() -> DEFAULTS.withEngagementMeetingIntervalMonths(61),
            "engagementMeetingIntervalMonths 61 is outside 1 to 60"),
        bad(() -> DEFAULTS.withPauses((Pause) null), "pauses[0]"),
        bad(() -> DEFAULTS.withNoOverallGradeRule(null), "rule"),
        bad(() -> new PathwayPolicy.Schedule(25, 4, 9, 6, 12),
            "Schedule.monthsLaterAfterGood 25 is outside 0 to 24"),
        bad(() -> new PathwayPolicy.Schedule(6, -1, 9, 6, 12),
            "Schedule.monthsSoonerAfterRequiresImprovement -1"),
        bad(() -> new PathwayPolicy.Schedule(6, 4, 61, 6, 12), "Schedule.monthsBefore 61"),
        bad(() -> new PathwayPolicy.Schedule(6, 4, 9, 61, 12), "Schedule.monthsAfter 61"),
        bad(() -> new PathwayPolicy.Schedule(6, 4, 9, 6, 0), "Schedule.rateMonths 0"),
        bad(() -> DEFAULTS.withSchedule(null), "schedule"),
        bad(() -> DEFAULTS.withCycle(null), "cycle"),
        // cross-field rules
        bad(() -> DEFAULTS.withCycle(new Cycle(6, 7, 0)),
            "cycle: monthsBefore 7 is more than months 6 (rule: a window opens no earlier"),
        bad(() -> DEFAULTS.withReinspection(new Cycle(3, 9, 9)),
            "reinspection: monthsBefore 9 is more than months 3"),
        bad(() -> DEFAULTS.withDeadlinePeriods(new DeadlinePeriods(20, 70, 30,
            d("2018-08-16"))), "earlyDraftWorkingDays 70 is more than actionPlanWorkingDays 20"),
        bad(() -> DEFAULTS.withMonitoring(new Monitoring(20, 3, 4, 6, 2)),
            "monitoring: windowMonths 2 either side overlaps visits every 3 months"),
        bad(() -> DEFAULTS.withPauses(PathwayPolicy.COVID_2020, EARLY), "overlap"),
        bad(() -> new Pause(d("2020-01-01"), d("2020-01-01"), "x"), "not after"));
  }

  private static Arguments bad(Supplier<Object> make, String message) {
    return Arguments.of(make, message);
  }

  /** The ends of every range are accepted and still give an answer. */
  @Test
  void theEndsOfEveryRangeAreAcceptedAndAnswered() {
    PathwayPolicy widest = DEFAULTS.withCycle(new Cycle(120, 60, 60))
        .withReinspection(new Cycle(120, 60, 60))
        .withInterimVisits(Pathway.GOOD_OR_OUTSTANDING, 20)
        .withEngagementMeetingIntervalMonths(60)
        .withMonitoring(new Monitoring(1000, 24, 52, 24, 12))
        .withDeadlinePeriods(new DeadlinePeriods(1000, 1000, 1000, d("2018-08-16")));
    InspectionPathway p = InspectionPathway.of(Histories.nottinghamshire(), d("2199-12-31"),
        widest);
    assertThat(p.deadlines()).extracting(Deadline::workingDays).containsOnly(1000);
    PathwayPolicy narrowest = DEFAULTS.withCycle(new Cycle(1, 0, 0))
        .withDeadlinePeriods(new DeadlinePeriods(1, 1, 1, d("2018-08-16")));
    assertThat(InspectionPathway.of(Histories.nottinghamshire(), d("2020-01-01"), narrowest)
        .nextInspection().window().widthInDays()).isZero();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"1989-12-31, 2020-01-01", "2020-01-01, 2200-01-01",
      "0001-01-01, +999999999-12-31"})
  void aPauseOutsideTheSupportedDatesIsRefused(LocalDate from, LocalDate to) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Pause(from, to, "a pause"))
        .withMessageContaining("outside the supported dates 1990-01-01 to 2199-12-31");
  }

  @Test
  void valueTypesRejectInconsistentValues() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Window(d("2020-02-01"), d("2020-01-01"), d("2020-03-01")))
        .withMessageContaining("out of order");
    Window w = new Window(d("2020-01-01"), d("2020-01-02"), d("2020-01-03"));
    List<Reason> why = List.of(Reason.OVERDUE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new ExpectedActivity(List.of(InspectionKind.FOCUSED_VISIT), w,
            ActivityStatus.SATISFIED, Optional.empty(), Optional.empty(), why))
        .withMessageContaining("satisfiedBy");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new ExpectedActivity(List.of(InspectionKind.FOCUSED_VISIT), w,
            ActivityStatus.OVERDUE, Optional.empty(), Optional.of(d("2020-01-03")), why))
        .withMessageContaining("overdueSince must be the day after the window");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new ExpectedActivity(List.of(), w, ActivityStatus.OWED,
            Optional.empty(), Optional.empty(), why))
        .withMessageContaining("kinds");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new ExpectedActivity(List.of(InspectionKind.FOCUSED_VISIT), w,
            ActivityStatus.OWED, Optional.empty(), Optional.empty(), List.of()))
        .withMessageContaining("reasons");
  }

  @Test
  void windowStatusFollowsItsEnds() {
    Window w = new Window(d("2020-01-01"), d("2020-06-01"), d("2020-12-31"));
    assertThat(w.statusOn(d("2019-12-31"))).isEqualTo(ActivityStatus.ON_TRACK);
    assertThat(w.statusOn(d("2020-01-01"))).isEqualTo(ActivityStatus.DUE);
    assertThat(w.statusOn(d("2020-12-31"))).isEqualTo(ActivityStatus.DUE);
    assertThat(w.statusOn(d("2021-01-01"))).isEqualTo(ActivityStatus.OVERDUE);
    assertThat(w.contains(d("2021-01-01"))).isFalse();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> w.statusOn(null)).withMessageContaining("asOf");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> w.shiftedBy(Long.MAX_VALUE)).withMessageContaining("cannot be moved");
  }
}

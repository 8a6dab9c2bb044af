package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.InspectionKind;
import io.github.ilacs.calendar.BankHolidays;
import io.github.ilacs.calendar.WorkingDays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PathwayPolicyTest {
  private final PathwayPolicy defaults = PathwayPolicy.defaults();

  @Test
  void defaultsAreTheDocumentedNumbers() {
    assertThat(defaults.cycleMonths()).isEqualTo(36);
    assertThat(defaults.monthsBefore()).isEqualTo(7);
    assertThat(defaults.monthsAfter()).isEqualTo(11);
    assertThat(defaults.anchor()).isEqualTo(PathwayPolicy.Anchor.START);
    assertThat(defaults.reinspectionMonths()).isEqualTo(27);
    assertThat(defaults.pauses()).containsExactly(PathwayPolicy.COVID_2020);
    assertThat(PathwayPolicy.COVID_2020.lengthInDays()).isEqualTo(552);
    assertThat(defaults.interimVisits(Pathway.GOOD_OR_OUTSTANDING)).isEqualTo(1);
    assertThat(defaults.actionPlanWorkingDays()).isEqualTo(70);
    assertThat(defaults.earlyDraftWorkingDays()).isEqualTo(20);
    assertThat(defaults.publicationWorkingDays()).isEqualTo(30);
    assertThat(defaults.priorityActionPlansFrom()).isEqualTo(d("2018-09-01"));
    assertThat(defaults.noOverallGradeRule()).isSameAs(PathwayRule.leadersPlusTwoOfThree());
  }

  @Test
  void withersReturnNewPoliciesAndLeaveTheOriginalAlone() {
    PathwayPolicy changed = defaults.withCycleMonths(24).withInterimVisits(Pathway.INADEQUATE, 1)
        .withAnchor(PathwayPolicy.Anchor.PUBLISHED);
    assertThat(changed.cycleMonths()).isEqualTo(24);
    assertThat(changed.interimVisits(Pathway.INADEQUATE)).isEqualTo(1);
    assertThat(changed.anchor()).isEqualTo(PathwayPolicy.Anchor.PUBLISHED);
    assertThat(defaults.cycleMonths()).isEqualTo(36);
    assertThat(defaults.interimVisits(Pathway.INADEQUATE)).isZero();
    assertThat(changed).isNotEqualTo(defaults);
    assertThat(defaults.withCycleMonths(36)).isEqualTo(defaults)
        .hasSameHashCodeAs(defaults);
  }

  @Test
  void policyNumbersChangeTheAnswer() {
    PathwayPolicy policy = defaults.withPauses().withCycleMonths(24).withMonthsBefore(0)
        .withMonthsAfter(0).withPublicationWorkingDays(10)
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

  @Test
  void anchorChoosesTheDateTheCycleRunsFrom() {
    PathwayPolicy plain = defaults.withPauses();
    assertThat(InspectionPathway.of(Histories.nottinghamshire(), d("2020-01-01"),
        plain.withAnchor(PathwayPolicy.Anchor.END)).nextInspection().window().expected())
        .isEqualTo(d("2022-10-18"));
    assertThat(InspectionPathway.of(Histories.nottinghamshire(), d("2020-01-01"),
        plain.withAnchor(PathwayPolicy.Anchor.PUBLISHED)).nextInspection().window().expected())
        .isEqualTo(d("2022-12-19"));
  }

  static Stream<Arguments> badWithers() {
    return Stream.of(
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withCycleMonths(0), "cycleMonths 0"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withMonthsBefore(-1),
            "monthsBefore -1"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withActionPlanWorkingDays(0),
            "actionPlanWorkingDays 0"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withInterimVisits(null, 1), "pathway"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withPauses(
            (PathwayPolicy.Pause) null), "pauses[0]"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withNoOverallGradeRule(null), "rule"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withActionPlanWorkingDays(
            Integer.MAX_VALUE), "withActionPlanWorkingDays: actionPlanWorkingDays 2147483647 is "
            + "outside 1 to 1000"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withCycleMonths(121),
            "withCycleMonths: cycleMonths 121 is outside 1 to 120"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withMonthsAfter(61),
            "withMonthsAfter: monthsAfter 61 is outside 0 to 60"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withInterimVisits(
            Pathway.GOOD_OR_OUTSTANDING, 21), "interimVisits 21 is outside 0 to 20"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withEngagementMeetingIntervalMonths(
            Integer.MIN_VALUE), "engagementMeetingIntervalMonths -2147483648 is outside 1 to 60"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withMaxMonitoringVisits(25),
            "withMaxMonitoringVisits: maxMonitoringVisits 25 is outside 0 to 24"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withFirstMonitoringVisitWeeks(53),
            "firstMonitoringVisitWeeks 53 is outside 0 to 52"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withPublicationWorkingDays(1001),
            "publicationWorkingDays 1001 is outside 1 to 1000"));
  }

  /** The largest values of every range are accepted and still give an answer. */
  @Test
  void theEndsOfEveryRangeAreAcceptedAndAnswered() {
    PathwayPolicy widest = defaults.withCycleMonths(120).withMonthsBefore(60)
        .withMonthsAfter(60).withReinspectionMonths(120).withReinspectionMonthsBefore(60)
        .withReinspectionMonthsAfter(60).withInterimVisits(Pathway.GOOD_OR_OUTSTANDING, 20)
        .withEngagementMeetingIntervalMonths(60).withActionPlanningVisitWorkingDays(1000)
        .withMonitoringIntervalMonths(24).withFirstMonitoringVisitWeeks(52)
        .withMaxMonitoringVisits(24).withMonitoringWindowMonths(12)
        .withActionPlanWorkingDays(1000).withEarlyDraftWorkingDays(1000)
        .withPublicationWorkingDays(1000);
    InspectionPathway p = InspectionPathway.of(Histories.nottinghamshire(), d("2199-12-31"),
        widest);
    assertThat(p.deadlines()).extracting(Deadline::workingDays).containsOnly(1000);
    PathwayPolicy narrowest = defaults.withCycleMonths(1).withMonthsBefore(0).withMonthsAfter(0)
        .withActionPlanWorkingDays(1).withPublicationWorkingDays(1);
    assertThat(InspectionPathway.of(Histories.nottinghamshire(), d("2020-01-01"), narrowest)
        .nextInspection().window().widthInDays()).isZero();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "1989-12-31, 2020-01-01", "2020-01-01, 2200-01-01", "0001-01-01, +999999999-12-31"})
  void aPauseOutsideTheSupportedDatesIsRefused(java.time.LocalDate from,
      java.time.LocalDate to) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new PathwayPolicy.Pause(from, to, "a pause"))
        .withMessageContaining("outside the supported dates 1990-01-01 to 2199-12-31");
  }

  @Test
  void equalityAcceptsNullAndOtherTypes() {
    assertThat(defaults.equals(null)).isFalse();
    assertThat(defaults.equals("defaults")).isFalse();
    assertThat(defaults).isEqualTo(PathwayPolicy.defaults().withPauses(PathwayPolicy.COVID_2020));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badWithers")
  void badValuesAreRejectedNamingTheField(UnaryOperator<PathwayPolicy> change, String message) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> change.apply(defaults)).withMessageContaining(message);
  }

  /** Every bounded wither names itself, its field, the value and the range. */
  @ParameterizedTest(name = "{1}")
  @MethodSource("outOfRangeWithers")
  void everyBoundedWitherNamesItsField(UnaryOperator<PathwayPolicy> change, String message) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> change.apply(defaults)).withMessageStartingWith(message);
  }

  static Stream<Arguments> outOfRangeWithers() {
    return Stream.of(
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withCycleMonths(0),
            "withCycleMonths: cycleMonths 0 is outside 1 to 120"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withMonthsBefore(61),
            "withMonthsBefore: monthsBefore 61 is outside 0 to 60"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withMonthsAfter(-1),
            "withMonthsAfter: monthsAfter -1 is outside 0 to 60"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withReinspectionMonths(121),
            "withReinspectionMonths: reinspectionMonths 121 is outside 1 to 120"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withReinspectionMonthsBefore(61),
            "withReinspectionMonthsBefore: reinspectionMonthsBefore 61 is outside 0 to 60"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withReinspectionMonthsAfter(61),
            "withReinspectionMonthsAfter: reinspectionMonthsAfter 61 is outside 0 to 60"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withInterimVisits(
            Pathway.INADEQUATE, -1), "withInterimVisits: interimVisits -1 is outside 0 to 20"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withEngagementMeetingIntervalMonths(
            61), "withEngagementMeetingIntervalMonths: engagementMeetingIntervalMonths 61 is "
            + "outside 1 to 60"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withActionPlanningVisitWorkingDays(
            0), "withActionPlanningVisitWorkingDays: actionPlanningVisitWorkingDays 0 is outside "
            + "1 to 1000"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withMonitoringIntervalMonths(25),
            "withMonitoringIntervalMonths: monitoringIntervalMonths 25 is outside 1 to 24"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withFirstMonitoringVisitWeeks(-1),
            "withFirstMonitoringVisitWeeks: firstMonitoringVisitWeeks -1 is outside 0 to 52"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withMaxMonitoringVisits(-1),
            "withMaxMonitoringVisits: maxMonitoringVisits -1 is outside 0 to 24"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withMonitoringWindowMonths(13),
            "withMonitoringWindowMonths: monitoringWindowMonths 13 is outside 0 to 12"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withActionPlanWorkingDays(1001),
            "withActionPlanWorkingDays: actionPlanWorkingDays 1001 is outside 1 to 1000"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withEarlyDraftWorkingDays(0),
            "withEarlyDraftWorkingDays: earlyDraftWorkingDays 0 is outside 1 to 1000"),
        Arguments.of((UnaryOperator<PathwayPolicy>) p -> p.withPublicationWorkingDays(0),
            "withPublicationWorkingDays: publicationWorkingDays 0 is outside 1 to 1000"));
  }

  @Test
  void valueTypesRejectInconsistentValues() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Window(d("2020-02-01"), d("2020-01-01"), d("2020-03-01")))
        .withMessageContaining("out of order");
    assertThat(new Window(d("2020-01-01"), d("2020-01-01"), d("2020-01-01")).widthInDays())
        .isZero();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new PathwayPolicy.Pause(d("2020-01-01"), d("2020-01-01"), "x"))
        .withMessageContaining("not after");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Deadline(Deadline.Kind.ACTION_PLAN, d("2020-01-10"), 1,
            d("2020-01-09"), "basis", Deadline.Status.OPEN))
        .withMessageContaining("before from");
    Window w = new Window(d("2020-01-01"), d("2020-01-02"), d("2020-01-03"));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new ExpectedActivity(List.of(InspectionKind.FOCUSED_VISIT), w,
            ActivityStatus.SATISFIED, Optional.empty(), "reason"))
        .withMessageContaining("satisfiedBy");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new ExpectedActivity(List.of(), w, ActivityStatus.OWED,
            Optional.empty(), "reason"))
        .withMessageContaining("kinds");
  }

  @Test
  void windowStatusFollowsItsEnds() {
    Window w = new Window(d("2020-01-01"), d("2020-06-01"), d("2020-12-31"));
    assertThat(w.statusOn(d("2019-12-31"))).isEqualTo(ActivityStatus.ON_TRACK);
    assertThat(w.statusOn(d("2020-01-01"))).isEqualTo(ActivityStatus.DUE);
    assertThat(w.statusOn(d("2020-12-31"))).isEqualTo(ActivityStatus.DUE);
    assertThat(w.statusOn(d("2021-01-01"))).isEqualTo(ActivityStatus.OVERDUE);
    assertThat(w.contains(d("2021-01-01"))).isFalse();
    assertThat(w.contains(d("2020-12-31"))).isTrue();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> w.contains(null)).withMessageContaining("date");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> w.statusOn(null)).withMessageContaining("asOf");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> w.shiftedBy(Long.MAX_VALUE)).withMessageContaining("cannot be moved");
    assertThat(w.shiftedBy(1).earliest()).isEqualTo(d("2020-01-02"));
  }
}

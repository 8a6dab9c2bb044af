package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectionPathwayTest {
  private static final InspectionKind MEETING = InspectionKind.ANNUAL_ENGAGEMENT_MEETING;
  private final InspectionHistory notts = Histories.nottinghamshire();

  @Test
  void nottinghamshireEarly2020IsOnPathwayOneWithAShortInspectionAboutThreeYearsOn() {
    InspectionPathway p = InspectionPathway.of(notts, d("2020-02-01"));
    assertThat(p.pathway()).isEqualTo(Pathway.GOOD_OR_OUTSTANDING);
    assertThat(p.pathway().number()).hasValue(1);
    assertThat(p.basis()).get().extracting(Inspection::kind)
        .isEqualTo(InspectionKind.STANDARD_INSPECTION);
    ExpectedActivity next = p.nextInspection();
    assertThat(next.kind()).isEqualTo(InspectionKind.SHORT_INSPECTION);
    // 36 months after 7 Oct 2019; the pause of 17 March 2020 was not yet known.
    assertThat(next.window()).isEqualTo(
        new Window(d("2022-03-07"), d("2022-10-07"), d("2023-09-07")));
    assertThat(next.reasons()).doesNotContain(Reason.PAUSE);
    assertThat(next.status()).isEqualTo(ActivityStatus.ON_TRACK);
    assertThat(p.overdue()).isFalse();
    assertThat(p.interimActivities())
        .filteredOn(a -> a.kind() == InspectionKind.FOCUSED_VISIT)
        .singleElement().extracting(ExpectedActivity::status).isEqualTo(ActivityStatus.OWED);
  }

  @ParameterizedTest(name = "as of {0}: moved {1} days")
  @CsvSource({
      "2019-12-19, 0",
      "2020-03-16, 0",
      "2020-03-17, 552",
      "2021-01-04, 552",
      "2022-07-01, 552"
  })
  void aPauseMovesTheWindowOnlyOnceItHasBegun(LocalDate asOf, long moved) {
    InspectionPathway p = InspectionPathway.of(notts, asOf);
    assertThat(p.forecastWindow().expected()).isEqualTo(d("2022-10-07").plusDays(moved));
    assertThat(p.nextInspection().reasons().contains(Reason.PAUSE)).isEqualTo(moved > 0);
  }

  @ParameterizedTest(name = "as of {0}: end as recorded in the policy said {1}")
  @CsvSource({
      "2020-06-01, true",
      "2021-09-19, true",
      "2021-09-20, false"
  })
  void aPauseNotYetEndedIsAppliedWithThePolicysEnd(LocalDate asOf, boolean unended) {
    InspectionPathway p = InspectionPathway.of(notts, asOf);
    assertThat(p.forecastWindow().expected()).isEqualTo(d("2022-10-07").plusDays(552));
    assertThat(p.nextInspection().reasons()).contains(Reason.PAUSE);
    assertThat(asOf.isBefore(PathwayPolicy.COVID_2020.restarted())).isEqualTo(unended);
  }

  @ParameterizedTest(name = "anchor {0}: moved {1} days")
  @CsvSource({
      "2020-03-02, 552",
      "2020-03-17, 552",
      "2021-06-28, 84",
      "2021-09-06, 14",
      "2021-09-20, 0",
      "2021-10-04, 0"
  })
  void aWindowMovesOnlyByThePartOfThePauseAfterItsAnchor(LocalDate start, long moved) {
    Inspection basis = Histories.graded(InspectionKind.STANDARD_INSPECTION, start.toString(),
        Grade.GOOD);
    InspectionPathway p = InspectionPathway.of(Histories.of(basis), d("2022-01-10"));
    assertThat(p.forecastWindow().expected()).isEqualTo(start.plusMonths(36).plusDays(moved));
    assertThat(p.nextInspection().reasons().contains(Reason.PAUSE_PART))
        .isEqualTo(moved > 0 && moved < 552);
  }

  @ParameterizedTest(name = "not yet inspected as of {0}: {1}")
  @CsvSource({
      "2009-10-29, SLAC_INSPECTION",
      "2010-06-01, SLAC_INSPECTION",
      "2011-06-01, SIF_INSPECTION",
      "2014-06-01, SIF_INSPECTION",
      "2016-01-04, SIF_INSPECTION",
      "2016-12-01, STANDARD_INSPECTION",
      "2019-06-01, STANDARD_INSPECTION"
  })
  void theFirstInspectionIsOfAKindInForceOnItsExpectedDay(LocalDate asOf, InspectionKind kind) {
    InspectionPathway p = InspectionPathway.of(Histories.of(), asOf);
    assertThat(p.nextInspection().kind()).isEqualTo(kind);
    LocalDate expected = p.nextInspection().window().expected();
    assertThat(Framework.inForceOn(expected, kind)).as("framework of %s on %s", kind, expected)
        .isPresent();
    assertThat(p.interimActivities()).filteredOn(a -> a.kind() == InspectionKind.FOCUSED_VISIT)
        .hasSize(kind == InspectionKind.STANDARD_INSPECTION ? 1 : 0);
  }

  @Test
  void aFirstInspectionExpectedBetweenFrameworksWaitsForTheSingleInspectionFramework() {
    InspectionPathway p = InspectionPathway.of(Histories.of(), d("2011-06-01"));
    assertThat(p.nextInspection().window().earliest()).isEqualTo(d("2013-11-01"));
    assertThat(p.nextInspection().reasons()).contains(Reason.NO_FULL_INSPECTIONS_2012_2013);
  }

  @Test
  void nottinghamshireAfterIts2009UnannouncedInspectionAwaitsASafeguardingInspection() {
    InspectionPathway p = InspectionPathway.of(notts, d("2009-10-29"));
    assertThat(p.pathway()).isEqualTo(Pathway.NOT_YET_INSPECTED);
    assertThat(p.nextInspection().kind()).isEqualTo(InspectionKind.SLAC_INSPECTION);
    assertThat(p.reasons()).contains(Reason.NOT_YET_INSPECTED);
  }

  @ParameterizedTest(name = "SIF inadequate from {0}, as of {1}: {2}")
  @CsvSource({
      "2014-01-13, 2014-04-01, SIF_INSPECTION",
      "2016-04-11, 2016-06-01, SIF_INSPECTION",
      "2016-04-11, 2018-11-18, STANDARD_INSPECTION",
      "2014-10-21, 2018-02-25, SIF_INSPECTION",
      "2016-09-12, 2016-11-01, STANDARD_INSPECTION"
  })
  void anInadequateSifResultIsReinspectedBySifUntilSeptember2018(LocalDate start, LocalDate asOf,
      InspectionKind kind) {
    Inspection sif = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(Framework.SIF_2013).kind(InspectionKind.SIF_INSPECTION)
        .start(start).end(start.plusDays(24)).published(start.plusDays(45))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.INADEQUATE).build();
    InspectionPathway p = InspectionPathway.of(Histories.of(sif), asOf);
    assertThat(p.pathway()).isEqualTo(Pathway.INADEQUATE_UNDER_MONITORING);
    assertThat(p.nextInspection().kind()).isEqualTo(kind);
  }

  @Test
  void nottinghamshireDeadlinesRunFromTheReportDate() {
    InspectionPathway p = InspectionPathway.of(notts, d("2020-02-01"));
    assertThat(p.deadlines()).extracting(Deadline::kind, Deadline::due, Deadline::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Deadline.Kind.REPORT_PUBLICATION,
                d("2020-02-04"), Deadline.Status.OPEN),
            org.assertj.core.groups.Tuple.tuple(Deadline.Kind.ACTION_PLAN, d("2020-03-31"),
                Deadline.Status.OPEN));
    assertThat(p.deadlines()).allSatisfy(dl -> {
      assertThat(dl.from()).isEqualTo(d("2019-12-19"));
      assertThat(dl.countedFrom()).isEqualTo(Deadline.CountedFrom.PUBLISHED);
      assertThat(dl.reasons()).contains(Reason.COUNTED_FROM_PUBLICATION);
    });
    assertThat(InspectionPathway.of(notts, d("2020-02-05")).deadlines())
        .filteredOn(dl -> dl.kind() == Deadline.Kind.REPORT_PUBLICATION)
        .singleElement().extracting(Deadline::status).isEqualTo(Deadline.Status.PASSED);
  }

  @Test
  void nottinghamshireMid2022InterimVisitIsSatisfiedByTheAprilFocusedVisit() {
    InspectionPathway p = InspectionPathway.of(notts, d("2022-07-01"));
    ExpectedActivity interim = p.interimActivities().stream()
        .filter(a -> a.kind() == InspectionKind.FOCUSED_VISIT).findFirst().orElseThrow();
    assertThat(interim.status()).isEqualTo(ActivityStatus.SATISFIED);
    assertThat(interim.satisfiedBy()).get().extracting(Inspection::start)
        .isEqualTo(d("2022-04-26"));
  }

  @Test
  void sifGoodCarriesIntoIlacsAsPathwayOneWithAShortInspection() {
    InspectionPathway p = InspectionPathway.of(notts, d("2018-03-01"));
    assertThat(p.pathway()).isEqualTo(Pathway.GOOD_OR_OUTSTANDING);
    assertThat(p.basis()).get().extracting(Inspection::framework).isEqualTo(Framework.SIF_2013);
    assertThat(p.nextInspection().kind()).isEqualTo(InspectionKind.SHORT_INSPECTION);
    assertThat(p.reasons()).contains(Reason.SIF_RESULT_CARRIES_OVER);
    // the interim requirement from the SIF result is met by the January 2018 focused visit
    assertThat(p.interimActivities()).filteredOn(a -> a.kind() == InspectionKind.FOCUSED_VISIT)
        .singleElement().extracting(ExpectedActivity::status)
        .isEqualTo(ActivityStatus.SATISFIED);
  }

  @Test
  void sifRequiresImprovementWaitsForIlacsWithAStandardInspection() {
    Inspection sif = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(Framework.SIF_2013).kind(InspectionKind.SIF_INSPECTION)
        .start(d("2014-03-11")).end(d("2014-04-03")).published(d("2014-05-20"))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT).build();
    InspectionPathway p = InspectionPathway.of(Histories.of(sif), d("2014-06-01"));
    assertThat(p.pathway()).isEqualTo(Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD);
    assertThat(p.nextInspection().kind()).isEqualTo(InspectionKind.STANDARD_INSPECTION);
    assertThat(p.nextInspection().window().earliest()).isEqualTo(d("2018-01-01"));
    assertThat(p.nextInspection().reasons()).contains(Reason.SIF_INSPECTED_ONCE);
  }

  @Test
  void sifResultWhoseNextFallsBeforeIlacsForecastsASifInspection() {
    Inspection sif = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(Framework.SIF_2013).kind(InspectionKind.SIF_INSPECTION)
        .start(d("2014-01-13")).end(d("2014-02-05")).published(d("2014-03-20"))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.INADEQUATE).build();
    InspectionPathway p = InspectionPathway.of(Histories.of(sif), d("2014-04-01"));
    assertThat(p.pathway()).isEqualTo(Pathway.INADEQUATE_UNDER_MONITORING);
    assertThat(p.nextInspection().kind()).isEqualTo(InspectionKind.SIF_INSPECTION);
  }

  @ParameterizedTest(name = "{0} -> {1}, {2}")
  @CsvSource({
      "OUTSTANDING, GOOD_OR_OUTSTANDING, SHORT_INSPECTION",
      "GOOD, GOOD_OR_OUTSTANDING, SHORT_INSPECTION",
      "REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT_TO_BE_GOOD, STANDARD_INSPECTION",
      "INADEQUATE, INADEQUATE_UNDER_MONITORING, STANDARD_INSPECTION"
  })
  void overallGradeSetsPathwayAndNextKind(Grade overall, Pathway pathway, InspectionKind next) {
    InspectionPathway p = InspectionPathway.of(
        Histories.of(Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10", overall)),
        d("2022-06-01"));
    assertThat(p.pathway()).isEqualTo(pathway);
    assertThat(p.nextInspection().kind()).isEqualTo(next);
    assertThat(p.reasons()).startsWith(Reason.OVERALL_GRADE_SETS_PATHWAY);
    assertThat(p.reasons().contains(Reason.NO_FOCUSED_VISITS_WHILE_INADEQUATE))
        .isEqualTo(pathway == Pathway.INADEQUATE_UNDER_MONITORING);
  }

  @Test
  void noFullInspectionMeansNotYetInspectedAndAStandardInspection() {
    InspectionPathway p = InspectionPathway.of(Histories.of(), d("2019-06-01"));
    assertThat(p.pathway()).isEqualTo(Pathway.NOT_YET_INSPECTED);
    assertThat(p.pathway().number()).isEmpty();
    assertThat(p.basis()).isEmpty();
    assertThat(p.nextInspection().kind()).isEqualTo(InspectionKind.STANDARD_INSPECTION);
    assertThat(p.deadlines()).isEmpty();
  }

  @Test
  void inspectionsEndingAfterTheDateAreIgnored() {
    InspectionPathway p = InspectionPathway.of(notts, d("2019-10-17"));
    assertThat(p.basis()).get().extracting(Inspection::framework).isEqualTo(Framework.SIF_2013);
  }

  @ParameterizedTest(name = "leaders {0}, H&P {1}, CiC {2}, CL {3} -> {4}")
  @CsvSource({
      "GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT, GOOD_OR_OUTSTANDING",
      "OUTSTANDING, REQUIRES_IMPROVEMENT, GOOD, OUTSTANDING, GOOD_OR_OUTSTANDING",
      "GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT_TO_BE_GOOD",
      "REQUIRES_IMPROVEMENT, GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT_TO_BE_GOOD",
      "GOOD, GOOD, GOOD, INADEQUATE, INADEQUATE_UNDER_MONITORING",
      "INADEQUATE, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, "
          + "REQUIRES_IMPROVEMENT_TO_BE_GOOD"
  })
  void april2026InspectionsWithoutOverallGradeUseTheLeadersPlusTwoRule(Grade leaders, Grade help,
      Grade care, Grade leavers, Pathway expected) {
    Inspection i = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(Framework.ILACS_2026).kind(InspectionKind.STANDARD_INSPECTION)
        .start(d("2026-05-04")).end(d("2026-05-15")).published(d("2026-06-30"))
        .judgement(JudgementArea.IMPACT_OF_LEADERS, leaders)
        .judgement(JudgementArea.HELP_AND_PROTECTION, help)
        .judgement(JudgementArea.CHILDREN_IN_CARE, care)
        .judgement(JudgementArea.CARE_LEAVERS, leavers).build();
    InspectionPathway p = InspectionPathway.of(Histories.of(i), d("2026-07-01"));
    assertThat(p.pathway()).isEqualTo(expected);
    assertThat(p.reasons()).contains(Reason.LEADERS_PLUS_TWO_OF_THREE);
    assertThat(p.reasons().contains(Reason.ANY_PRACTICE_INADEQUATE))
        .isEqualTo(expected == Pathway.INADEQUATE_UNDER_MONITORING);
  }

  @Test
  void april2026RuleCanBeReplaced() {
    Inspection i = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(Framework.ILACS_2026).kind(InspectionKind.SHORT_INSPECTION)
        .start(d("2026-05-04")).end(d("2026-05-08")).published(d("2026-06-30"))
        .judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD)
        .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD)
        .judgement(JudgementArea.CHILDREN_IN_CARE, Grade.GOOD)
        .judgement(JudgementArea.CARE_LEAVERS, Grade.GOOD).build();
    PathwayPolicy strict = PathwayPolicy.defaults()
        .withNoOverallGradeRule(x -> Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD);
    assertThat(InspectionPathway.of(Histories.of(i), d("2026-07-01"), strict).pathway())
        .isEqualTo(Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD);
  }

  @Test
  void slacInspectionWithoutOverallGradeUsesItsWorstArea() {
    Inspection slac = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(Framework.SLAC_2009).kind(InspectionKind.SLAC_INSPECTION)
        .start(d("2010-03-01")).end(d("2010-03-12")).published(d("2010-04-20"))
        .judgement(JudgementArea.SAFEGUARDING_SERVICES, Grade.INADEQUATE)
        .judgement(JudgementArea.LOOKED_AFTER_CHILDREN_SERVICES, Grade.REQUIRES_IMPROVEMENT)
        .build();
    assertThat(InspectionPathway.of(Histories.of(slac), d("2010-05-01")).pathway())
        .isEqualTo(Pathway.INADEQUATE_UNDER_MONITORING);
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
      "2020-02-01, ON_TRACK",
      "2022-03-06, ON_TRACK",
      "2021-06-01, ON_TRACK",
      "2023-09-09, ON_TRACK",
      "2023-09-10, DUE",
      "2025-03-12, DUE",
      "2025-03-13, OVERDUE"
  })
  void statusOfTheNextInspectionFollowsItsWindow(LocalDate asOf, ActivityStatus status) {
    InspectionPathway p = InspectionPathway.of(notts, asOf);
    assertThat(p.nextInspection().status()).isEqualTo(status);
    assertThat(p.overdue()).isEqualTo(status == ActivityStatus.OVERDUE);
  }

  @Test
  void overdueInspectionKeepsItsWindowAndSaysSinceWhen() {
    LocalDate asOf = d("2025-06-01");
    InspectionPathway p = InspectionPathway.of(notts, asOf);
    assertThat(p.nextInspection().status()).isEqualTo(ActivityStatus.OVERDUE);
    assertThat(p.forecastWindow()).isEqualTo(InspectionPathway.of(notts, d("2022-07-01"))
        .forecastWindow());
    assertThat(p.nextInspection().overdueSince()).contains(d("2025-03-13"));
    assertThat(p.nextInspection().reasons()).contains(Reason.OVERDUE);
  }

  @Test
  void inadequateBringsPlanningVisitAndQuarterlyMonitoring() {
    Inspection inadequate = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10",
        Grade.INADEQUATE);
    LocalDate report = inadequate.published().orElseThrow();
    LocalDate planDue = PathwayPolicy.defaults().workingDays().plus(report, 70);
    InspectionPathway early = InspectionPathway.of(Histories.of(inadequate), report);
    assertThat(early.interimActivities()).filteredOn(a -> a.kind() != MEETING)
        .extracting(ExpectedActivity::kind,
            ExpectedActivity::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(InspectionKind.ACTION_PLANNING_VISIT,
                ActivityStatus.DUE),
            org.assertj.core.groups.Tuple.tuple(InspectionKind.MONITORING_VISIT,
                ActivityStatus.ON_TRACK));
    // the first monitoring visit within four weeks after the plan deadline
    assertThat(early.interimActivities().get(1).window()).isEqualTo(
        new Window(planDue, planDue.plusWeeks(2), planDue.plusWeeks(4)));
    assertThat(InspectionPathway.of(Histories.of(inadequate), planDue.plusWeeks(4))
        .interimActivities().get(1).status()).isEqualTo(ActivityStatus.DUE);
    assertThat(InspectionPathway.of(Histories.of(inadequate), planDue.plusWeeks(4).plusDays(1))
        .interimActivities().get(1).status()).isEqualTo(ActivityStatus.OVERDUE);
    assertThat(early.deadlines()).extracting(Deadline::kind).contains(Deadline.Kind.ACTION_PLAN);
    assertThat(early.interimActivities().get(0).reasons()).contains(Reason.ACTION_PLANNING_VISIT);
    assertThat(early.interimActivities().get(1).reasons()).contains(Reason.MONITORING_VISITS);

    InspectionHistory monitored = Histories.of(inadequate,
        Histories.visit(InspectionKind.ACTION_PLANNING_VISIT, "2022-03-14", null),
        Histories.visit(InspectionKind.MONITORING_VISIT, "2022-07-05", "2022-08-01"),
        Histories.visit(InspectionKind.MONITORING_VISIT, "2022-10-04", "2022-11-01"));
    InspectionPathway later = InspectionPathway.of(monitored, d("2022-12-01"));
    assertThat(later.interimActivities()).filteredOn(a -> a.kind() != MEETING)
        .extracting(ExpectedActivity::status)
        .containsExactly(ActivityStatus.SATISFIED, ActivityStatus.SATISFIED,
            ActivityStatus.SATISFIED, ActivityStatus.ON_TRACK);
    assertThat(later.interimActivities().get(3).window().expected())
        .isEqualTo(planDue.plusWeeks(4).plusMonths(6));
    assertThat(InspectionPathway.of(monitored, d("2023-06-01")).interimActivities().get(3)
        .status()).isEqualTo(ActivityStatus.OVERDUE);
  }

  @ParameterizedTest(name = "pathway from {0}: visit on {1} -> {2}")
  @CsvSource({
      "GOOD, '', OWED",
      "GOOD, 2023-05-09, SATISFIED",
      "REQUIRES_IMPROVEMENT, 2023-05-09, OWED"
  })
  void interimFocusedVisitIsSatisfiedOrOwed(Grade overall, String visitStart,
      ActivityStatus firstOrLast) {
    Inspection basis = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10", overall);
    InspectionHistory h = visitStart.isEmpty() ? Histories.of(basis)
        : Histories.of(basis, Histories.visit(InspectionKind.FOCUSED_VISIT, visitStart,
            "2023-06-01"));
    List<ExpectedActivity> visits = InspectionPathway.of(h, d("2023-07-01")).interimActivities()
        .stream().filter(a -> a.kind() == InspectionKind.FOCUSED_VISIT).toList();
    assertThat(visits).hasSize(PathwayPolicy.defaults().interimVisits(Pathway.ofGrade(overall)));
    assertThat(visits.get(visits.size() - 1).status()).isEqualTo(firstOrLast);
    assertThat(visits.get(0).status()).isEqualTo(visitStart.isEmpty()
        ? ActivityStatus.OWED : ActivityStatus.SATISFIED);
  }

  @Test
  void jointInspectionAlsoSatisfiesTheInterimRequirement() {
    Inspection basis = Histories.graded(InspectionKind.SHORT_INSPECTION, "2022-01-10", Grade.GOOD);
    Inspection jtai = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(Framework.JTAI_2016).kind(InspectionKind.JOINT_TARGETED_AREA_INSPECTION)
        .start(d("2023-03-06")).end(d("2023-03-10")).published(d("2023-05-01")).build();
    assertThat(InspectionPathway.of(Histories.of(basis, jtai), d("2023-06-01"))
        .interimActivities()).filteredOn(a -> a.kind() == InspectionKind.FOCUSED_VISIT)
        .singleElement().satisfies(a -> assertThat(a.satisfiedBy()).contains(jtai));
  }

  @Test
  void interimVisitNotHeldBeforeTheExpectedInspectionIsOverdue() {
    Inspection basis = Histories.graded(InspectionKind.SHORT_INSPECTION, "2022-01-10", Grade.GOOD);
    InspectionPathway p = InspectionPathway.of(Histories.of(basis), d("2025-03-01"));
    assertThat(p.interimActivities()).filteredOn(a -> a.kind() == InspectionKind.FOCUSED_VISIT)
        .singleElement().extracting(ExpectedActivity::status).isEqualTo(ActivityStatus.OVERDUE);
    assertThat(p.overdue()).isTrue();
  }

  @Test
  void engagementMeetingIsSatisfiedWithinTheYearAndOwedAfter() {
    InspectionPathway within = InspectionPathway.of(notts, d("2018-09-01"));
    assertThat(within.interimActivities())
        .filteredOn(a -> a.kind() == InspectionKind.ANNUAL_ENGAGEMENT_MEETING).singleElement()
        .extracting(ExpectedActivity::status).isEqualTo(ActivityStatus.SATISFIED);
    InspectionPathway after = InspectionPathway.of(notts, d("2020-02-01"));
    assertThat(after.interimActivities())
        .filteredOn(a -> a.kind() == InspectionKind.ANNUAL_ENGAGEMENT_MEETING).singleElement()
        .satisfies(a -> {
          assertThat(a.status()).isEqualTo(ActivityStatus.OWED);
          assertThat(a.window().latest()).isEqualTo(d("2020-05-17"));
        });
  }

  @ParameterizedTest(name = "letter {0}, priority action {1} -> {2} deadlines")
  @CsvSource({
      "2022-06-01, true, 2",
      "2022-06-01, false, 0",
      "2018-06-01, true, 0",
      "2018-08-15, true, 0",
      "2018-08-16, true, 2"
  })
  void focusedVisitWithPriorityActionsFrom16August2018BringsDraftAndFinalPlan(
      LocalDate letter, boolean priority, int expected) {
    Inspection basis = Histories.graded(InspectionKind.STANDARD_INSPECTION,
        letter.minusYears(2).toString(), Grade.REQUIRES_IMPROVEMENT);
    Finding f = Finding.of(priority ? FindingKind.AREA_FOR_PRIORITY_ACTION
        : FindingKind.AREA_FOR_IMPROVEMENT, "Assessments are too slow.", Theme.ASSESSMENT);
    Inspection visit = Histories.visit(InspectionKind.FOCUSED_VISIT,
        letter.minusWeeks(5).toString(), letter.toString(), f);
    List<Deadline> fromVisit = InspectionPathway.of(Histories.of(basis, visit), letter)
        .deadlines().stream().filter(dl -> dl.from().equals(letter)).toList();
    assertThat(fromVisit).hasSize(expected);
    if (expected == 2 && letter.getYear() == 2022) {
      assertThat(fromVisit).extracting(Deadline::kind, Deadline::due).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Deadline.Kind.EARLY_DRAFT_ACTION_PLAN,
              d("2022-07-01")),
          org.assertj.core.groups.Tuple.tuple(Deadline.Kind.ACTION_PLAN, d("2022-09-12")));
      assertThat(fromVisit).allSatisfy(dl -> assertThat(dl.reasons())
          .contains(Reason.PRIORITY_ACTION_PLAN));
    }
  }

  @Test
  void policyWithoutPauseGivesThePlainThreeYearWindow() {
    PathwayPolicy plain = PathwayPolicy.defaults().withPauses()
        .withCycle(new PathwayPolicy.Cycle(36, 6, 6));
    Window w = InspectionPathway.of(notts, d("2020-02-01"), plain).nextInspection().window();
    assertThat(w).isEqualTo(new Window(d("2022-04-07"), d("2022-10-07"), d("2023-04-07")));
  }

  @Test
  void missingArgumentsAndUngradedBasisAreRejectedClearly() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> InspectionPathway.of(notts, (LocalDate) null)).withMessageContaining("asOf");
    Inspection ungraded = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(Framework.ILACS_2018).kind(InspectionKind.SHORT_INSPECTION)
        .start(d("2019-01-07")).end(d("2019-01-11")).build();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> InspectionPathway.of(Histories.of(ungraded), d("2019-06-01")))
        .withMessageContaining("has no grades");
  }

  /**
   * Publication hindsight: the pathway rests on the latest full inspection whose report was out
   * on the date; from the end of the October 2019 inspection to its report of 19 December 2019
   * the county stays on its 2015 result and the inspection is pending.
   */
  @ParameterizedTest(name = "as of {0}: basis {1}, pending {2}")
  @CsvSource({
      "2019-10-06, 2015-05-11, false",
      "2019-10-10, 2015-05-11, true",
      "2019-10-25, 2015-05-11, true",
      "2019-12-18, 2015-05-11, true",
      "2019-12-19, 2019-10-07, false",
      "2020-02-01, 2019-10-07, false"
  })
  void thePathwayRestsOnTheLatestReportPublishedByTheDate(LocalDate asOf, LocalDate basisStart,
      boolean pending) {
    InspectionPathway p = InspectionPathway.of(notts, asOf);
    assertThat(p.pathway()).isEqualTo(Pathway.GOOD_OR_OUTSTANDING);
    assertThat(p.basis()).get().extracting(Inspection::start).isEqualTo(basisStart);
    assertThat(p.pending().isPresent()).isEqualTo(pending);
    assertThat(p.nextInspection().status() == ActivityStatus.PENDING).isEqualTo(pending);
    assertThat(p.reasons().contains(Reason.PENDING_INSPECTION)).isEqualTo(pending);
    // deadlines run only from reports published by the date
    assertThat(p.deadlines()).allSatisfy(dl -> assertThat(dl.from()).isBeforeOrEqualTo(asOf));
  }

  @Test
  void nottinghamshireAWeekAfterItsOctober2019InspectionAwaitsTheReport() {
    InspectionPathway p = InspectionPathway.of(notts, d("2019-10-25"));
    assertThat(p.basis()).get().extracting(Inspection::framework).isEqualTo(Framework.SIF_2013);
    ExpectedActivity next = p.nextInspection();
    // the short inspection forecast from the SIF result was due by 2019; the standard
    // inspection of October 2019 is the one that met it, not an overdue one
    assertThat(next.status()).isEqualTo(ActivityStatus.PENDING);
    assertThat(next.satisfiedBy()).get().extracting(Inspection::start)
        .isEqualTo(d("2019-10-07"));
    assertThat(p.overdue()).isFalse();
    assertThat(p.explanation()).contains("has taken place and its report is awaited");
    // no deadline counts from the report of 19 December 2019, still in the future
    assertThat(p.deadlines()).noneMatch(dl -> dl.from().equals(d("2019-12-19")));
    // the interim visit owed under the 2015 result was met before the inspection
    assertThat(p.interimActivities()).filteredOn(a -> a.kind() == InspectionKind.FOCUSED_VISIT)
        .singleElement().extracting(ExpectedActivity::status).isEqualTo(ActivityStatus.SATISFIED);
    assertThat(InspectionPathway.of(notts, d("2019-10-10")).explanation())
        .contains("is under way and its report is awaited");
  }

  @ParameterizedTest(name = "published {0}, as of {1}: pending {2}")
  @CsvSource({
      "'', 2022-01-21, false",
      "'', 2022-01-20, true",
      "2022-03-01, 2022-02-28, true",
      "2022-03-01, 2022-03-01, false"
  })
  void withoutAPublicationDateTheLastDayOnSiteStandsIn(String published, LocalDate asOf,
      boolean pending) {
    Inspection earlier = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2018-06-04",
        Grade.REQUIRES_IMPROVEMENT);
    Inspection.Builder b = Inspection.builder().from(Histories.graded(
        InspectionKind.STANDARD_INSPECTION, "2022-01-10", Grade.GOOD));
    Inspection later = published.isEmpty() ? b.published(Optional.empty()).build()
        : b.published(d(published)).build();
    InspectionPathway p = InspectionPathway.of(Histories.of(earlier, later), asOf);
    assertThat(p.pending().isPresent()).isEqualTo(pending);
    assertThat(p.pathway()).isEqualTo(pending ? Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD
        : Pathway.GOOD_OR_OUTSTANDING);
  }

  @Test
  void whileAReinspectionAwaitsItsReportNoFurtherMonitoringOrVisitIsExpected() {
    Inspection inadequate = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2019-01-07",
        Grade.INADEQUATE);
    Inspection reinspection = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2021-10-04",
        Grade.GOOD);
    InspectionHistory h = Histories.of(inadequate,
        Histories.visit(InspectionKind.ACTION_PLANNING_VISIT, "2019-03-12", null),
        Histories.visit(InspectionKind.MONITORING_VISIT, "2019-07-02", "2019-08-01"),
        reinspection);
    InspectionPathway waiting = InspectionPathway.of(h, d("2021-10-25"));
    assertThat(waiting.pathway()).isEqualTo(Pathway.INADEQUATE_UNDER_MONITORING);
    assertThat(waiting.interimActivities()).filteredOn(a -> a.kind() != MEETING)
        .extracting(ExpectedActivity::status)
        .containsOnly(ActivityStatus.SATISFIED);
    assertThat(waiting.overdue()).isFalse();
    // without the re-inspection, the second monitoring visit would be overdue by then
    InspectionPathway without = InspectionPathway.of(Histories.of(inadequate,
        Histories.visit(InspectionKind.ACTION_PLANNING_VISIT, "2019-03-12", null),
        Histories.visit(InspectionKind.MONITORING_VISIT, "2019-07-02", "2019-08-01")),
        d("2021-10-25"));
    assertThat(without.overdue()).isTrue();
  }

  @ParameterizedTest(name = "letter {0}, as of {1}: {2} deadlines")
  @CsvSource({
      "2022-06-01, 2022-05-31, 0",
      "2022-06-01, 2022-06-01, 2"
  })
  void aFocusedVisitLetterStartsDeadlinesOnlyOncePublished(LocalDate letter, LocalDate asOf,
      int expected) {
    Inspection basis = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2020-01-06",
        Grade.REQUIRES_IMPROVEMENT);
    Inspection visit = Histories.visit(InspectionKind.FOCUSED_VISIT, "2022-04-26",
        letter.toString(), Finding.of(FindingKind.AREA_FOR_PRIORITY_ACTION,
            "Assessments are too slow.", Theme.ASSESSMENT));
    assertThat(InspectionPathway.of(Histories.of(basis, visit), asOf).deadlines())
        .filteredOn(dl -> dl.from().equals(letter)).hasSize(expected);
  }

  @Test
  void theEngagementMeetingSaysFromWhenItIsCountedAndNeverGoesOverdue() {
    ExpectedActivity meeting = InspectionPathway.of(notts, d("2026-11-22")).interimActivities()
        .stream().filter(a -> a.kind() == InspectionKind.ANNUAL_ENGAGEMENT_MEETING).findFirst()
        .orElseThrow();
    assertThat(meeting.status()).isEqualTo(ActivityStatus.OWED);
    // counted in whole years from the meeting of 17 May 2018, not from the 2019 inspection
    assertThat(meeting.window()).isEqualTo(new Window(d("2026-05-18"), d("2027-05-17"),
        d("2027-05-17")));
    assertThat(meeting.reasons()).containsExactly(Reason.ENGAGEMENT_MEETING_EVERY_YEAR,
        Reason.UNPUBLISHED_NEVER_OVERDUE);
    // a meeting after the last inspection restarts the clock from the meeting
    InspectionHistory withMeeting = InspectionHistory.of(Histories.NOTTS, List.of(
        notts.inspections().get(5), Histories.activity(Framework.ILACS_2018,
            InspectionKind.ANNUAL_ENGAGEMENT_MEETING, "2021-11-10", "2021-11-10", null).build()));
    ExpectedActivity later = InspectionPathway.of(withMeeting, d("2022-11-10"))
        .interimActivities().stream()
        .filter(a -> a.kind() == InspectionKind.ANNUAL_ENGAGEMENT_MEETING).findFirst()
        .orElseThrow();
    assertThat(later.window().latest()).isEqualTo(d("2022-11-10"));
    assertThat(InspectionPathway.of(withMeeting, d("2022-02-01")).interimActivities())
        .filteredOn(a -> a.kind() == InspectionKind.ANNUAL_ENGAGEMENT_MEETING).singleElement()
        .extracting(ExpectedActivity::status).isEqualTo(ActivityStatus.SATISFIED);
  }

  @ParameterizedTest(name = "as of {0}")
  @CsvSource({"0001-01-01", "1989-12-31", "2200-01-01", "+999999999-12-31"})
  void aDateOutsideTheSupportedRangeIsRefusedNamingIt(String asOf) {
    LocalDate date = LocalDate.parse(asOf);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> InspectionPathway.of(notts, date))
        .withMessageContaining("asOf " + date)
        .withMessageContaining("outside the supported dates 1990-01-01 to 2199-12-31");
  }

  @ParameterizedTest(name = "as of {0}")
  @CsvSource({"1990-01-01", "2199-12-31"})
  void theEndsOfTheSupportedRangeAreAnswered(LocalDate asOf) {
    InspectionPathway p = InspectionPathway.of(notts, asOf);
    assertThat(p.asOf()).isEqualTo(asOf);
    assertThat(p.explanation()).isNotBlank();
  }

  @Test
  void anyInterimVisitCountsTowardsTheInterimRequirement() {
    Inspection basis = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2019-01-07",
        Grade.GOOD);
    Inspection covid = Histories.visit(InspectionKind.INTERIM_VISIT, "2020-10-06", "2020-11-10");
    assertThat(InspectionKind.INTERIM_VISIT.hasRole(InspectionKind.Role.INTERIM_ACTIVITY))
        .isTrue();
    assertThat(InspectionPathway.of(Histories.of(basis, covid), d("2021-01-04"))
        .interimActivities()).filteredOn(a -> a.kind() == InspectionKind.FOCUSED_VISIT)
        .singleElement().satisfies(a -> assertThat(a.satisfiedBy()).contains(covid));
    Inspection monitoring = Histories.visit(InspectionKind.MONITORING_VISIT, "2020-10-06",
        "2020-11-10");
    assertThat(InspectionKind.MONITORING_VISIT.hasRole(InspectionKind.Role.INTERIM_ACTIVITY))
        .isFalse();
    assertThat(InspectionPathway.of(Histories.of(basis, monitoring), d("2021-01-04"))
        .interimActivities()).filteredOn(a -> a.kind() == InspectionKind.FOCUSED_VISIT)
        .singleElement().extracting(ExpectedActivity::status).isEqualTo(ActivityStatus.OWED);
  }

  /**
   * The earliest and latest dates an inspection may bear give a clear error or an answer, never
   * a DateTimeException.
   */
  @Test
  void anInspectionDatedBeforeTheCalendarIsRefusedByTheCalendarNotByJavaTime() {
    Inspection ancient = Inspection.builder().from(Histories.graded(
        InspectionKind.STANDARD_INSPECTION, "2022-01-10", Grade.GOOD))
        .start(d("1900-01-01")).end(d("1900-01-12")).published(d("1900-02-20")).build();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> InspectionPathway.of(Histories.of(ancient), d("2020-01-01")))
        .withMessageContaining("1900-02-20 is outside the supported years 1978 to 9999");
    Inspection farFuture = Inspection.builder().from(ancient).start(d("2199-12-01"))
        .end(d("2199-12-12")).published(d("2199-12-31")).build();
    assertThat(InspectionPathway.of(Histories.of(farFuture), d("2020-01-01")).pathway())
        .isEqualTo(Pathway.NOT_YET_INSPECTED);
  }
}

package io.github.ilacs.seeds;

import static io.github.ilacs.InspectionKind.ANNUAL_ENGAGEMENT_MEETING;
import static io.github.ilacs.InspectionKind.FOCUSED_VISIT;
import static io.github.ilacs.InspectionKind.JOINT_TARGETED_AREA_INSPECTION;
import static io.github.ilacs.InspectionKind.SHORT_INSPECTION;
import static io.github.ilacs.InspectionKind.SLAC_INSPECTION;
import static io.github.ilacs.pathway.Deadline.Kind.ACTION_PLAN;
import static io.github.ilacs.pathway.Deadline.Kind.EARLY_DRAFT_ACTION_PLAN;
import static io.github.ilacs.pathway.Deadline.Kind.REPORT_PUBLICATION;
import static io.github.ilacs.seeds.IlacsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static io.github.ilacs.seeds.NottinghamshireActivity.ANNUAL_ENGAGEMENT_MEETING_2018;
import static io.github.ilacs.seeds.NottinghamshireActivity.FOCUSED_VISIT_2022;
import static io.github.ilacs.seeds.NottinghamshireActivity.FOCUSED_VISIT_CARE_LEAVERS_2018;
import static io.github.ilacs.seeds.NottinghamshireActivity.FOCUSED_VISIT_FRONT_DOOR_2019;
import static io.github.ilacs.seeds.NottinghamshireActivity.FOCUSED_VISIT_FRONT_DOOR_2025;
import static io.github.ilacs.seeds.NottinghamshireActivity.SHORT_INSPECTION_2024;
import static io.github.ilacs.seeds.NottinghamshireActivity.SIF_INSPECTION_2015;
import static io.github.ilacs.seeds.NottinghamshireActivity.STANDARD_INSPECTION_2019;
import static io.github.ilacs.seeds.NottinghamshireActivity.UNANNOUNCED_INSPECTION_2009;

import io.github.ilacs.Inspection;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.pathway.PathwayPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Replays the seed history: as of the date of each document, the pathway answer agrees with what
 * that document says came before, comes next or is owed.
 */
class NottinghamshireReplayTest {
  private static InspectionPathway asOf(NottinghamshireActivity document) {
    return InspectionPathway.of(NottinghamshireSeeds.history(), document.letterDate());
  }

  private static Inspection seed(NottinghamshireActivity activity) {
    return NottinghamshireSeeds.activity(activity);
  }

  @Test
  void after2009LetterNoFullInspectionYetAndItsPriorityActionsStartNoDeadline() {
    // The letter grades nothing and leaves its priority actions to a future inspection of
    // safeguarding services; no action plan clock runs from an unannounced inspection, and the
    // 20-day early draft belongs to ILACS focused visits from 2018. The next full inspection is
    // of the kind in force when it is expected: an inspection of safeguarding and looked after
    // children services (rule book 5), not a SIF inspection, which began only in November 2013.
    assertThat(asOf(UNANNOUNCED_INSPECTION_2009))
        .isOn(Pathway.NOT_YET_INSPECTED)
        .restsOnNoInspection()
        .expectsNext(SLAC_INSPECTION).and()
        .owesNo(FOCUSED_VISIT)
        .hasNoDeadline(ACTION_PLAN)
        .hasNoDeadline(EARLY_DRAFT_ACTION_PLAN)
        .hasNoDeadline(REPORT_PUBLICATION);
  }

  @Test
  void after2015ReportAGoodSifResultPutsTheCountyOnPathwayOneTowardsAShortInspection() {
    // The May 2018 letter recalls the result: all good but care leavers; a SIF-good authority
    // was on pathway one and owed a short inspection (rule book 3.5, 3.6).
    assertThat(asOf(SIF_INSPECTION_2015))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(SIF_INSPECTION_2015))
        .expectsNext(SHORT_INSPECTION)
        .expectedBetween(LocalDate.of(2017, 11, 11), LocalDate.of(2018, 11, 11))
        .and().owes(FOCUSED_VISIT).hasStatus(ActivityStatus.OWED)
        .and().hasOpenDeadline(ACTION_PLAN, LocalDate.of(2015, 10, 27));
  }

  @Test
  void after2018CareLeaversVisitTheFocusedVisitBetweenInspectionsIsMet() {
    assertThat(asOf(FOCUSED_VISIT_CARE_LEAVERS_2018))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(SIF_INSPECTION_2015))
        .hasNoDeadline(EARLY_DRAFT_ACTION_PLAN)
        .hasSatisfied(FOCUSED_VISIT).isSatisfiedBy(seed(FOCUSED_VISIT_CARE_LEAVERS_2018));
  }

  @Test
  void after2018AnnualConversationTheLetterAndThePathwayAgreeOnWhatHappened() {
    // The letter: the last inspection was the May 2015 SIF (good), there has been a focused
    // visit on care leavers since, and this meeting took place.
    assertThat(asOf(ANNUAL_ENGAGEMENT_MEETING_2018))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(SIF_INSPECTION_2015))
        .expectsNext(SHORT_INSPECTION)
        .and().hasSatisfied(FOCUSED_VISIT).isSatisfiedBy(seed(FOCUSED_VISIT_CARE_LEAVERS_2018))
        .and().hasSatisfied(ANNUAL_ENGAGEMENT_MEETING)
        .isSatisfiedBy(seed(ANNUAL_ENGAGEMENT_MEETING_2018));
  }

  @Test
  void after2018AnnualConversationAPolicyOfTwoVisitsOwesTheFocusedVisitTheLetterForesaw() {
    // The letter expects the next activity to be a focused visit on the front door. The default
    // policy asks for at least one visit between inspections, already met in January 2018; a
    // policy of two visits on pathway one (the Cumbria reading, rule book 3.5) owes it.
    PathwayPolicy twoVisits = PathwayPolicy.defaults()
        .withInterimVisits(Pathway.GOOD_OR_OUTSTANDING, 2);
    assertThat(InspectionPathway.of(NottinghamshireSeeds.history(),
        ANNUAL_ENGAGEMENT_MEETING_2018.letterDate(), twoVisits))
        .owes(FOCUSED_VISIT).hasStatus(ActivityStatus.OWED);
    assertThat(asOf(ANNUAL_ENGAGEMENT_MEETING_2018)).owesNo(FOCUSED_VISIT);
  }

  @Test
  void after2019FrontDoorVisitTheSecondVisitThe2018LetterForesawHasTakenPlace() {
    // The one-day visit of 9 January 2019 looked at the front door, as the May 2018 letter
    // expected. Under a policy of two visits on pathway one it meets the second; the default
    // policy was already met in January 2018. Its letter names no priority action, so no early
    // draft plan is due, and the pathway still rests on the 2015 result: the letter says only
    // that Ofsted will weigh its findings when planning the next inspection or visit.
    PathwayPolicy twoVisits = PathwayPolicy.defaults()
        .withInterimVisits(Pathway.GOOD_OR_OUTSTANDING, 2);
    assertThat(InspectionPathway.of(NottinghamshireSeeds.history(),
        FOCUSED_VISIT_FRONT_DOOR_2019.letterDate(), twoVisits))
        .owesNo(FOCUSED_VISIT);
    assertThat(InspectionPathway.of(NottinghamshireSeeds.history(), LocalDate.of(2019, 1, 8),
        twoVisits))
        .owes(FOCUSED_VISIT);
    assertThat(asOf(FOCUSED_VISIT_FRONT_DOOR_2019))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(SIF_INSPECTION_2015))
        .hasNoDeadline(EARLY_DRAFT_ACTION_PLAN)
        .owesNo(FOCUSED_VISIT)
        // a short inspection is forecast and now due; in fact a standard inspection came in
        // October 2019 (why some good authorities get one is not published)
        .expectsNext(SHORT_INSPECTION).hasStatus(ActivityStatus.DUE)
        .and().hasSatisfied(FOCUSED_VISIT).isSatisfiedBy(seed(FOCUSED_VISIT_CARE_LEAVERS_2018));
  }

  @Test
  void after2019InspectionPathwayOneShortInspectionInAboutThreeYearsAndAVisitBeforeIt() {
    // As of the report the 2020-21 suspension had not begun, so the default policy, using only
    // what was known that day, gives the plain three years the report itself states.
    assertThat(asOf(STANDARD_INSPECTION_2019))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(STANDARD_INSPECTION_2019))
        // "approximately three years" after October 2019
        .expectsNext(SHORT_INSPECTION)
        .expectedBetween(LocalDate.of(2022, 10, 7), LocalDate.of(2022, 10, 7))
        .hasStatus(ActivityStatus.ON_TRACK)
        // a focused visit or joint inspection is owed before it
        .and().owes(FOCUSED_VISIT).hasStatus(ActivityStatus.OWED)
        .and().owes(JOINT_TARGETED_AREA_INSPECTION)
        // the improvement plan within 70 working days of the report of 19 December 2019
        .and().hasOpenDeadline(ACTION_PLAN, LocalDate.of(2020, 3, 31))
        .hasOpenDeadline(REPORT_PUBLICATION, LocalDate.of(2020, 2, 4))
        .isNotOverdue();
  }

  @Test
  void after2022VisitTheShortInspectionIsMovedPastThePandemicPause() {
    // By the 2022 letter the suspension of March 2020 to September 2021 was known: the three
    // years from October 2019 are moved on by it.
    assertThat(asOf(FOCUSED_VISIT_2022))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .expectsNext(SHORT_INSPECTION)
        .expectedBetween(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 10, 1))
        // the short inspection that came, 20 to 24 May 2024, falls within the window
        .allows(seed(SHORT_INSPECTION_2024).start());
  }

  @Test
  void after2022VisitTheInterimVisitOwedSince2019IsSatisfied() {
    // The letter looks back to the last full inspection in October 2019 and names no priority
    // action, so no early draft plan is due.
    assertThat(asOf(FOCUSED_VISIT_2022))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(STANDARD_INSPECTION_2019))
        .hasNoDeadline(EARLY_DRAFT_ACTION_PLAN)
        .owesNo(FOCUSED_VISIT)
        .expectsNext(SHORT_INSPECTION)
        .and().hasSatisfied(FOCUSED_VISIT).isSatisfiedBy(seed(FOCUSED_VISIT_2022));
  }

  @Test
  void theDayBeforeThe2022VisitTheInterimVisitWasStillOwed() {
    assertThat(InspectionPathway.of(NottinghamshireSeeds.history(), LocalDate.of(2022, 4, 25)))
        .owes(FOCUSED_VISIT).hasStatus(ActivityStatus.OWED);
  }

  @Test
  void whileThe2024ReportIsAwaitedTheForecastIsSatisfiedByThePendingInspection() {
    // The day before publication: the May 2024 inspection has taken place, the pathway still
    // rests on 2019, and no deadline runs from a report not yet published.
    InspectionPathway dayBefore = InspectionPathway.of(NottinghamshireSeeds.history(),
        SHORT_INSPECTION_2024.letterDate().minusDays(1));
    assertThat(dayBefore.pending()).contains(seed(SHORT_INSPECTION_2024));
    assertThat(dayBefore.deadlines()).extracting(Deadline::from)
        .containsOnly(STANDARD_INSPECTION_2019.letterDate());
    assertThat(dayBefore)
        .restsOn(seed(STANDARD_INSPECTION_2019))
        .expectsNext(SHORT_INSPECTION).hasStatus(ActivityStatus.SATISFIED)
        .isSatisfiedBy(seed(SHORT_INSPECTION_2024));
  }

  @Test
  void after2024ReportPathwayOneAgainWithANewCycleAndItsDeadlines() {
    // Overall good (leaders outstanding) keeps the county on pathway one: the next full
    // inspection is again a short one, about three years after 20 May 2024, with a focused
    // visit or joint inspection owed before it; the plan is due 70 working days after
    // 12 July 2024 and publication by the authority 30.
    assertThat(asOf(SHORT_INSPECTION_2024))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(SHORT_INSPECTION_2024))
        .expectsNext(SHORT_INSPECTION)
        .expectedBetween(LocalDate.of(2027, 5, 20), LocalDate.of(2027, 5, 20))
        .hasStatus(ActivityStatus.ON_TRACK)
        .and().owes(FOCUSED_VISIT).hasStatus(ActivityStatus.OWED)
        .and().hasOpenDeadline(ACTION_PLAN, LocalDate.of(2024, 10, 21))
        .hasOpenDeadline(REPORT_PUBLICATION, LocalDate.of(2024, 8, 23))
        .isNotOverdue();
  }

  @Test
  void after2026LetterTheInterimVisitIsMetAndNoPlanIsDue() {
    // The November 2025 visit, one day on the front door, meets the interim visit owed since
    // July 2024. It names no priority action, so no early draft plan is due; the letter says
    // Ofsted will weigh its findings when planning the next inspection or visit.
    assertThat(asOf(FOCUSED_VISIT_FRONT_DOOR_2025))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(SHORT_INSPECTION_2024))
        .hasNoDeadline(EARLY_DRAFT_ACTION_PLAN)
        .owesNo(FOCUSED_VISIT)
        .expectsNext(SHORT_INSPECTION).hasStatus(ActivityStatus.ON_TRACK)
        .and().hasSatisfied(FOCUSED_VISIT).isSatisfiedBy(seed(FOCUSED_VISIT_FRONT_DOOR_2025))
        .and().isNotOverdue();
  }

  @Test
  void onTheFirstOfDecember2026TheShortInspectionIsDueAndNothingIsOverdue() {
    // The README's main command answers for this date: the window opened on 20 October 2026.
    assertThat(InspectionPathway.of(NottinghamshireSeeds.history(), LocalDate.of(2026, 12, 1)))
        .isOn(Pathway.GOOD_OR_OUTSTANDING)
        .restsOn(seed(SHORT_INSPECTION_2024))
        .expectsNext(SHORT_INSPECTION).hasStatus(ActivityStatus.DUE)
        .between(LocalDate.of(2026, 10, 20), LocalDate.of(2028, 4, 20))
        .and().isNotOverdue();
  }
}

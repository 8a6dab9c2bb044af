package io.github.ilacs.seeds;

import static io.github.ilacs.InspectionKind.ACTION_PLANNING_VISIT;
import static io.github.ilacs.InspectionKind.ANNUAL_ENGAGEMENT_MEETING;
import static io.github.ilacs.InspectionKind.FOCUSED_VISIT;
import static io.github.ilacs.InspectionKind.MONITORING_VISIT;
import static io.github.ilacs.InspectionKind.SHORT_INSPECTION;
import static io.github.ilacs.InspectionKind.STANDARD_INSPECTION;
import static io.github.ilacs.pathway.Deadline.Kind.ACTION_PLAN;
import static io.github.ilacs.pathway.Deadline.Kind.EARLY_DRAFT_ACTION_PLAN;
import static io.github.ilacs.seeds.IlacsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.pathway.Window;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each assertion passes on a true statement and fails, saying why, on a false one. */
class PathwayAssertTest {
  private static final InspectionHistory GOOD = TypicalHistories.goodAuthority();
  private static final InspectionPathway GOOD_PATHWAY =
      InspectionPathway.of(GOOD, TypicalHistories.GOOD_AS_OF);
  private static final InspectionPathway INADEQUATE_PATHWAY = InspectionPathway.of(
      TypicalHistories.inadequateWithMonitoring(), TypicalHistories.INADEQUATE_AS_OF);
  private static final Inspection SHORT = GOOD.inspections().get(1);
  private static final Inspection VISIT = GOOD.inspections().get(3);

  private static void fails(ThrowingCallable assertion, String... fragments) {
    var failure = assertThatExceptionOfType(AssertionError.class).isThrownBy(assertion);
    for (String f : fragments) {
      failure.withMessageContaining(f);
    }
  }

  @Test
  void isOnChecksThePathway() {
    assertThat(GOOD_PATHWAY).isOn(Pathway.GOOD_OR_OUTSTANDING);
    fails(() -> assertThat(GOOD_PATHWAY).isOn(Pathway.INADEQUATE_UNDER_MONITORING),
        "pathway INADEQUATE", "on GOOD_OR_OUTSTANDING");
  }

  @Test
  void everyAssertionFailsOnANullPathway() {
    fails(() -> assertThat((InspectionPathway) null).isOn(Pathway.GOOD_OR_OUTSTANDING),
        "Expecting actual not to be null");
    fails(() -> assertThat((InspectionPathway) null).isOverdue(),
        "Expecting actual not to be null");
  }

  @Test
  void restsOnChecksTheBasis() {
    assertThat(GOOD_PATHWAY).restsOn(SHORT);
    fails(() -> assertThat(GOOD_PATHWAY).restsOn(GOOD.inspections().get(0)),
        "SIF_INSPECTION of 2015-11-02", "SHORT_INSPECTION of 2019-03-04");
    fails(() -> assertThat(GOOD_PATHWAY).restsOnNoInspection(), "rested on the SHORT_INSPECTION");
    assertThat(InspectionPathway.of(TypicalHistories.notYetInspected(),
        TypicalHistories.NOT_YET_INSPECTED_AS_OF)).restsOnNoInspection();
  }

  @Test
  void expectsNextChecksTheKindAndLeadsToTheWindow() {
    Window w = GOOD_PATHWAY.nextInspection().window();
    assertThat(GOOD_PATHWAY).expectsNext(SHORT_INSPECTION)
        .between(w.earliest(), w.latest())
        .expectedBetween(w.expected(), w.expected())
        .allows(w.earliest()).allows(w.latest())
        .hasWindow(w)
        .hasStatus(ActivityStatus.ON_TRACK);
    fails(() -> assertThat(GOOD_PATHWAY).expectsNext(STANDARD_INSPECTION),
        "to be a STANDARD_INSPECTION but it was a SHORT_INSPECTION");
  }

  @Test
  void windowAssertionsFailOutsideTheirBounds() {
    Window w = GOOD_PATHWAY.nextInspection().window();
    fails(() -> assertThat(GOOD_PATHWAY).expectsNext(SHORT_INSPECTION)
        .between(w.earliest().plusDays(1), w.latest()), "its window was " + w);
    fails(() -> assertThat(GOOD_PATHWAY).expectsNext(SHORT_INSPECTION)
        .between(w.earliest(), w.latest().minusDays(1)), "its window was " + w);
    fails(() -> assertThat(GOOD_PATHWAY).expectsNext(SHORT_INSPECTION)
        .expectedBetween(w.expected().plusDays(1), w.latest()), "expected on " + w.expected());
    fails(() -> assertThat(GOOD_PATHWAY).expectsNext(SHORT_INSPECTION)
        .allows(w.latest().plusDays(1)), "to include " + w.latest().plusDays(1));
    fails(() -> assertThat(GOOD_PATHWAY).expectsNext(SHORT_INSPECTION)
        .hasWindow(w.shiftedBy(1)), "but it was " + w);
    fails(() -> assertThat(GOOD_PATHWAY).expectsNext(SHORT_INSPECTION)
        .hasStatus(ActivityStatus.DUE), "to be DUE", "ON_TRACK");
  }

  @Test
  void owesAndHasSatisfiedLookAtTheInterimActivity() {
    assertThat(GOOD_PATHWAY)
        .owes(ANNUAL_ENGAGEMENT_MEETING).hasStatus(ActivityStatus.OWED)
        .and().hasSatisfied(FOCUSED_VISIT).isSatisfiedBy(VISIT)
        .and().owesNo(FOCUSED_VISIT);
    fails(() -> assertThat(GOOD_PATHWAY).owes(FOCUSED_VISIT),
        "Expected a FOCUSED_VISIT to be owed", "SATISFIED");
    fails(() -> assertThat(GOOD_PATHWAY).owesNo(ANNUAL_ENGAGEMENT_MEETING),
        "Expected no ANNUAL_ENGAGEMENT_MEETING to be owed");
    fails(() -> assertThat(GOOD_PATHWAY).hasSatisfied(MONITORING_VISIT),
        "Expected a satisfied MONITORING_VISIT");
    fails(() -> assertThat(GOOD_PATHWAY).hasSatisfied(FOCUSED_VISIT).isSatisfiedBy(SHORT),
        "met by the SHORT_INSPECTION of 2019-03-04", "met by the FOCUSED_VISIT of 2021-10-12");
  }

  @Test
  void inadequateFixtureHasMonitoringSatisfiedAndOwed() {
    assertThat(INADEQUATE_PATHWAY)
        .isOn(Pathway.INADEQUATE_UNDER_MONITORING)
        .hasSatisfied(ACTION_PLANNING_VISIT)
        .and().hasSatisfied(MONITORING_VISIT)
        .and().owes(MONITORING_VISIT).hasStatus(ActivityStatus.ON_TRACK);
  }

  @Test
  void deadlineAssertionsMatchKindAndDueDate() {
    assertThat(INADEQUATE_PATHWAY)
        .hasDeadline(ACTION_PLAN, LocalDate.of(2022, 3, 11))
        .hasNoDeadline(EARLY_DRAFT_ACTION_PLAN);
    fails(() -> assertThat(INADEQUATE_PATHWAY).hasDeadline(ACTION_PLAN, LocalDate.of(2022, 3, 10)),
        "ACTION_PLAN due on 2022-03-10", "ACTION_PLAN due 2022-03-11 (PASSED)");
    fails(() -> assertThat(INADEQUATE_PATHWAY)
        .hasOpenDeadline(ACTION_PLAN, LocalDate.of(2022, 3, 11)), "Expected an open deadline");
    fails(() -> assertThat(INADEQUATE_PATHWAY).hasNoDeadline(ACTION_PLAN),
        "Expected no deadline ACTION_PLAN");
    InspectionPathway early = InspectionPathway.of(TypicalHistories.inadequateWithMonitoring(),
        LocalDate.of(2022, 1, 4));
    assertThat(early).hasOpenDeadline(ACTION_PLAN, LocalDate.of(2022, 3, 11));
  }

  @Test
  void overdueAssertionsFollowThePathway() {
    assertThat(INADEQUATE_PATHWAY).isNotOverdue();
    fails(() -> assertThat(INADEQUATE_PATHWAY).isOverdue(), "Expected something overdue");
    // a year on with no further visit, the next monitoring visit is late
    InspectionPathway late = InspectionPathway.of(TypicalHistories.inadequateWithMonitoring(),
        LocalDate.of(2023, 6, 1));
    assertThat(late).isOverdue().owes(MONITORING_VISIT).hasStatus(ActivityStatus.OVERDUE);
    fails(() -> assertThat(late).isNotOverdue(), "Expected nothing overdue");
  }

  @Test
  void explainsSearchesTheExplanationIgnoringCase() {
    assertThat(GOOD_PATHWAY).explains("PATHWAY 1").explains("short inspection");
    fails(() -> assertThat(GOOD_PATHWAY).explains("monitoring visit"),
        "to mention \"monitoring visit\"");
  }
}

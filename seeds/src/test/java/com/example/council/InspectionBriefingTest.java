package com.example.council;

import static io.github.ilacs.seeds.IlacsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.InspectionKind;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.seeds.NottinghamshireActivity;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import io.github.ilacs.seeds.TypicalHistories;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Written the way a downstream team would test its own code with ilacs-seeds: fixtures for the
 * input, the pathway assertions to pin down what the library answers, plain AssertJ for the
 * team's own output. Only public API is used.
 */
class InspectionBriefingTest {
  @Test
  void goodAuthorityBriefingNamesPathwayOneAndTheShortInspection() {
    InspectionPathway pathway = InspectionPathway.of(TypicalHistories.goodAuthority(),
        TypicalHistories.GOOD_AS_OF);
    assertThat(pathway).isOn(Pathway.GOOD_OR_OUTSTANDING)
        .expectsNext(InspectionKind.SHORT_INSPECTION).hasStatus(ActivityStatus.ON_TRACK)
        .and().owesNo(InspectionKind.FOCUSED_VISIT)
        .isNotOverdue();

    assertThat(InspectionBriefing.lines(TypicalHistories.goodAuthority(),
        TypicalHistories.GOOD_AS_OF))
        .first().asString().startsWith("Goodshire: good or outstanding (pathway 1)");
    assertThat(InspectionBriefing.lines(TypicalHistories.goodAuthority(),
        TypicalHistories.GOOD_AS_OF))
        .contains("Still to come: Annual engagement meeting (OWED)")
        .noneMatch(l -> l.startsWith("ALERT"))
        .noneMatch(l -> l.contains("Focused visit"));
  }

  @Test
  void requiresImprovementBriefingListsTheSecondFocusedVisitStillToCome() {
    assertThat(InspectionPathway.of(TypicalHistories.requiresImprovementAuthority(),
        TypicalHistories.REQUIRES_IMPROVEMENT_AS_OF))
        .isOn(Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD)
        .expectsNext(InspectionKind.STANDARD_INSPECTION)
        .and().owes(InspectionKind.FOCUSED_VISIT);

    assertThat(InspectionBriefing.lines(TypicalHistories.requiresImprovementAuthority(),
        TypicalHistories.REQUIRES_IMPROVEMENT_AS_OF))
        .contains("Still to come: Focused visit (OWED)");
  }

  @Test
  void inadequateBriefingRaisesAnAlertWhenMonitoringFallsBehind() {
    LocalDate aYearLater = TypicalHistories.INADEQUATE_AS_OF.plusYears(1);
    assertThat(InspectionPathway.of(TypicalHistories.inadequateWithMonitoring(), aYearLater))
        .isOn(Pathway.INADEQUATE_UNDER_MONITORING).isOverdue()
        .owes(InspectionKind.MONITORING_VISIT).hasStatus(ActivityStatus.OVERDUE);

    assertThat(InspectionBriefing.lines(TypicalHistories.inadequateWithMonitoring(),
        TypicalHistories.INADEQUATE_AS_OF)).noneMatch(l -> l.startsWith("ALERT"));
    assertThat(InspectionBriefing.lines(TypicalHistories.inadequateWithMonitoring(), aYearLater))
        .contains("ALERT: something Ofsted expected is overdue");
  }

  @Test
  void newAuthorityBriefingExpectsAFirstStandardInspection() {
    assertThat(InspectionPathway.of(TypicalHistories.notYetInspected(),
        TypicalHistories.NOT_YET_INSPECTED_AS_OF))
        .isOn(Pathway.NOT_YET_INSPECTED).restsOnNoInspection()
        .expectsNext(InspectionKind.STANDARD_INSPECTION);

    assertThat(InspectionBriefing.lines(TypicalHistories.notYetInspected(),
        TypicalHistories.NOT_YET_INSPECTED_AS_OF))
        .element(1).asString().startsWith("Next full inspection: Standard inspection");
  }

  @Test
  void nottinghamshireBriefingOnTheDayOfThe2019ReportShowsTheImprovementPlanDeadline() {
    LocalDate reportDay = NottinghamshireActivity.STANDARD_INSPECTION_2019.letterDate();
    assertThat(InspectionPathway.of(NottinghamshireSeeds.history(), reportDay))
        .hasOpenDeadline(Deadline.Kind.ACTION_PLAN, LocalDate.of(2020, 3, 31));

    assertThat(InspectionBriefing.lines(NottinghamshireSeeds.history(), reportDay))
        .contains("Deadline: Action plan by 2020-03-31")
        .first().asString().startsWith("Nottinghamshire: good or outstanding (pathway 1)");
  }
}

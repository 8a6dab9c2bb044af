package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Coverage;
import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reason of the catalogue, with a case where an answer gives it and one where it does not. */
class ReasonCasesTest {
  private static final Map<String, Supplier<InspectionPathway>> CASES = Map.ofEntries(
      Map.entry("Nottinghamshire, February 2020",
          () -> InspectionPathway.of(Histories.nottinghamshire(), d("2020-02-01"))),
      Map.entry("Nottinghamshire, October 2019 report awaited",
          () -> InspectionPathway.of(Histories.nottinghamshire(), d("2019-10-25"))),
      Map.entry("Nottinghamshire, July 2022",
          () -> InspectionPathway.of(Histories.nottinghamshire(), d("2022-07-01"))),
      Map.entry("Nottinghamshire, June 2025",
          () -> InspectionPathway.of(Histories.nottinghamshire(), d("2025-06-01"))),
      Map.entry("Nottinghamshire recorded until 2024, asked in 2026",
          () -> InspectionPathway.of(InspectionHistory.builder().from(Histories.nottinghamshire())
              .recordedUntil(d("2024-12-31")).build(), d("2026-12-01"))),
      Map.entry("SIF requires improvement, 2014", () -> InspectionPathway.of(
          Histories.of(sif("2014-03-11", Grade.REQUIRES_IMPROVEMENT)), d("2014-06-01"))),
      Map.entry("SIF inadequate, 2016", () -> InspectionPathway.of(
          Histories.of(sif("2016-04-11", Grade.INADEQUATE)), d("2016-07-01"))),
      Map.entry("ILACS 2026, a practice judgement inadequate", () -> InspectionPathway.of(
          Histories.of(ilacs2026(Grade.INADEQUATE)), d("2026-07-01"))),
      Map.entry("ILACS 2026, all good", () -> InspectionPathway.of(
          Histories.of(ilacs2026(Grade.GOOD)), d("2026-07-01"))),
      Map.entry("ILACS 2026, the user's rule", () -> InspectionPathway.of(
          Histories.of(ilacs2026(Grade.GOOD)), d("2026-07-01"), PathwayPolicy.defaults()
              .withNoOverallGradeRule(i -> Pathway.REQUIRES_IMPROVEMENT_TO_BE_GOOD))),
      Map.entry("SLAC inadequate, 2010", () -> InspectionPathway.of(Histories.of(slac()),
          d("2011-01-01"))),
      Map.entry("not yet inspected", () -> InspectionPathway.of(Histories.of(), d("2019-06-01"))),
      Map.entry("created in 2021", () -> InspectionPathway.of(InspectionHistory.of(
          LocalAuthority.of("North Northamptonshire", "940"), List.of()), d("2022-01-01"))),
      Map.entry("graded inspections only", () -> InspectionPathway.of(covering(
          Coverage.GRADED_INSPECTIONS), d("2023-06-01"))),
      Map.entry("published activity only", () -> InspectionPathway.of(covering(
          Coverage.PUBLISHED_ACTIVITY), d("2023-06-01"))),
      Map.entry("ILACS inadequate, all activity", () -> InspectionPathway.of(covering(
          Coverage.ALL_ACTIVITY), d("2023-06-01"))),
      Map.entry("requires improvement", () -> InspectionPathway.of(Histories.of(
          Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10",
              Grade.REQUIRES_IMPROVEMENT)), d("2023-06-01"))),
      Map.entry("good, re-inspection awaited without a visit", () -> InspectionPathway.of(
          Histories.of(Histories.graded(InspectionKind.STANDARD_INSPECTION, "2019-01-07",
              Grade.GOOD), Histories.graded(InspectionKind.SHORT_INSPECTION, "2022-01-10",
              Grade.GOOD)), d("2022-01-20"))),
      Map.entry("good, a full inspection stands in for the meeting", () -> InspectionPathway.of(
          Histories.of(Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10",
              Grade.GOOD)), d("2023-06-01"),
          PathwayPolicy.defaults().withFullInspectionStandsInForMeeting(true))),
      Map.entry("priority action, letter received", () -> InspectionPathway.of(Histories.of(
          Histories.graded(InspectionKind.STANDARD_INSPECTION, "2020-01-06",
              Grade.REQUIRES_IMPROVEMENT), priorityVisit(true)), d("2022-06-10"))),
      Map.entry("priority action, letter issued", () -> InspectionPathway.of(Histories.of(
          Histories.graded(InspectionKind.STANDARD_INSPECTION, "2020-01-06",
              Grade.REQUIRES_IMPROVEMENT), priorityVisit(false)), d("2022-06-10"))),
      Map.entry("national schedule, in the backlog", () -> scheduled(Histories.of(
          Histories.graded(InspectionKind.STANDARD_INSPECTION, "2018-02-05",
              Grade.REQUIRES_IMPROVEMENT)), d("2023-06-01"))),
      Map.entry("national schedule, not yet due", () -> scheduled(Histories.of(
          Histories.graded(InspectionKind.SHORT_INSPECTION, "2022-01-10", Grade.GOOD)),
          d("2023-06-01"))),
      Map.entry("a history with an error", () -> InspectionPathway.of(Histories.of(
          Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10", Grade.GOOD),
          Inspection.builder().from(Histories.visit(InspectionKind.FOCUSED_VISIT, "2023-05-09",
              "2023-06-01")).authority(LocalAuthority.of("Barnet", "302"))
              .focus(Theme.PLANNING).build()), d("2023-07-01"))));

  private static InspectionPathway scheduled(InspectionHistory h, java.time.LocalDate asOf) {
    return InspectionPathway.of(h, NationalSchedule.of(List.of(h), asOf));
  }

  private static Inspection sif(String start, Grade overall) {
    return Inspection.builder().authority(Histories.SOMEWHERE).framework(Framework.SIF_2013)
        .kind(InspectionKind.SIF_INSPECTION).start(d(start)).end(d(start).plusDays(24))
        .published(d(start).plusDays(60)).judgement(JudgementArea.OVERALL_EFFECTIVENESS, overall)
        .build();
  }

  private static Inspection ilacs2026(Grade careLeavers) {
    return Inspection.builder().authority(Histories.SOMEWHERE).framework(Framework.ILACS_2026)
        .kind(InspectionKind.STANDARD_INSPECTION).start(d("2026-05-04")).end(d("2026-05-15"))
        .published(d("2026-06-30")).judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD)
        .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD)
        .judgement(JudgementArea.CHILDREN_IN_CARE, Grade.GOOD)
        .judgement(JudgementArea.CARE_LEAVERS, careLeavers).build();
  }

  private static Inspection slac() {
    return Inspection.builder().authority(Histories.SOMEWHERE).framework(Framework.SLAC_2009)
        .kind(InspectionKind.SLAC_INSPECTION).start(d("2010-03-01")).end(d("2010-03-12"))
        .published(d("2010-04-20"))
        .judgement(JudgementArea.SAFEGUARDING_SERVICES, Grade.INADEQUATE)
        .judgement(JudgementArea.LOOKED_AFTER_CHILDREN_SERVICES, Grade.REQUIRES_IMPROVEMENT)
        .build();
  }

  private static InspectionHistory covering(Coverage coverage) {
    return InspectionHistory.builder().authority(Histories.SOMEWHERE).coverage(coverage)
        .addInspection(Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10",
            Grade.INADEQUATE)).build();
  }

  private static Inspection priorityVisit(boolean received) {
    Inspection.Builder b = Inspection.builder().from(Histories.visit(InspectionKind.FOCUSED_VISIT,
        "2022-04-26", null, Finding.of(FindingKind.AREA_FOR_PRIORITY_ACTION,
            "Assessments are too slow.", Theme.ASSESSMENT))).focus(Theme.ASSESSMENT)
        .issued(d("2022-06-01"));
    if (received) {
      b.received(d("2022-06-02"));
    }
    return b.build();
  }

  /** Every reason of an answer: its pathway's, its activities' and its deadlines'. */
  static Set<Reason> reasonsOf(InspectionPathway p) {
    Set<Reason> all = EnumSet.noneOf(Reason.class);
    all.addAll(p.reasons());
    all.addAll(p.nextInspection().reasons());
    p.scheduled().ifPresent(w -> all.addAll(w.reasons()));
    p.interimActivities().forEach(a -> all.addAll(a.reasons()));
    p.deadlines().forEach(dl -> all.addAll(dl.reasons()));
    return all;
  }

  static Stream<Arguments> cases() {
    String notts = "Nottinghamshire, February 2020";
    String notYet = "not yet inspected";
    return Stream.of(
        row(Reason.OVERALL_GRADE_SETS_PATHWAY, notts, notYet),
        row(Reason.SIF_RESULT_CARRIES_OVER, "Nottinghamshire, October 2019 report awaited", notts),
        row(Reason.LEADERS_PLUS_TWO_OF_THREE, "ILACS 2026, all good", notts),
        row(Reason.ANY_PRACTICE_INADEQUATE, "ILACS 2026, a practice judgement inadequate",
            "ILACS 2026, all good"),
        row(Reason.USER_PATHWAY_RULE, "ILACS 2026, the user's rule", "ILACS 2026, all good"),
        row(Reason.WORST_AREA_SETS_PATHWAY, "SLAC inadequate, 2010", notts),
        row(Reason.NOT_YET_INSPECTED, notYet, notts),
        row(Reason.PENDING_INSPECTION, "Nottinghamshire, October 2019 report awaited", notts),
        row(Reason.NEW_AUTHORITY, "created in 2021", notYet),
        row(Reason.GRADED_INSPECTIONS_ONLY, "graded inspections only",
            "published activity only"),
        row(Reason.PUBLISHED_ACTIVITY_ONLY, "published activity only",
            "graded inspections only"),
        row(Reason.HISTORY_HAS_ERRORS, "a history with an error", notts),
        row(Reason.RECORD_ENDS, "Nottinghamshire recorded until 2024, asked in 2026",
            "Nottinghamshire, June 2025"),
        row(Reason.THREE_YEAR_CYCLE, notts, "SIF inadequate, 2016"),
        row(Reason.CYCLE_WINDOW, notts, "SIF inadequate, 2016"),
        row(Reason.SHORT_AFTER_GOOD, notts, notYet),
        row(Reason.REINSPECTION_AFTER_INADEQUATE, "SIF inadequate, 2016", notts),
        row(Reason.FIRST_INSPECTION_WITHIN_CYCLE, notYet, notts),
        row(Reason.SIF_INSPECTED_ONCE, "SIF requires improvement, 2014", notts),
        row(Reason.SIF_REINSPECTION_UNTIL_AUGUST_2018, "SIF inadequate, 2016",
            "ILACS inadequate, all activity"),
        row(Reason.NO_FULL_INSPECTIONS_2012_2013, "SLAC inadequate, 2010", notts),
        row(Reason.PAUSE, "Nottinghamshire, July 2022", notts),
        row(Reason.PAUSE_PART, "created in 2021", "Nottinghamshire, July 2022"),
        row(Reason.KIND_FROM_THE_NEXT_DAY, "Nottinghamshire, June 2025", notts),
        row(Reason.OVERDUE, "Nottinghamshire, June 2025", notts),
        row(Reason.NATIONAL_SCHEDULE, "national schedule, not yet due", notts),
        row(Reason.NOT_BEFORE_THE_DATE, "national schedule, in the backlog",
            "national schedule, not yet due"),
        row(Reason.BACKLOG_QUEUE, "national schedule, in the backlog",
            "national schedule, not yet due"),
        row(Reason.INTERIM_VISIT_ON_PATHWAY_ONE, notts, "requires improvement"),
        row(Reason.INTERIM_VISITS_WHEN_REQUIRES_IMPROVEMENT, "requires improvement", notts),
        row(Reason.NO_FOCUSED_VISITS_WHILE_INADEQUATE, "ILACS inadequate, all activity", notts),
        row(Reason.FOCUSED_VISITS_UNDER_ILACS, notts, "SLAC inadequate, 2010"),
        row(Reason.NONE_WHILE_REPORT_AWAITED, "good, re-inspection awaited without a visit",
            notts),
        row(Reason.ENGAGEMENT_MEETING_EVERY_YEAR, notts, "SLAC inadequate, 2010"),
        row(Reason.NO_MEETING_RECORDED, "requires improvement", notts),
        row(Reason.INSPECTION_STANDS_IN_FOR_MEETING,
            "good, a full inspection stands in for the meeting", "requires improvement"),
        row(Reason.UNPUBLISHED_NEVER_OVERDUE, notts, "graded inspections only"),
        row(Reason.ACTION_PLANNING_VISIT, "ILACS inadequate, all activity", notts),
        row(Reason.MONITORING_VISITS, "ILACS inadequate, all activity", notts),
        row(Reason.NO_MONITORING_BEFORE_SIF, "SLAC inadequate, 2010", "SIF inadequate, 2016"),
        row(Reason.NOT_KNOWN_FROM_THIS_DATA, "graded inspections only",
            "ILACS inadequate, all activity"),
        row(Reason.ACTION_PLAN, notts, notYet),
        row(Reason.REPORT_PUBLICATION, notts, notYet),
        row(Reason.PRIORITY_ACTION_PLAN, "priority action, letter received", notts),
        row(Reason.COUNTED_FROM_RECEIPT, "priority action, letter received", notts),
        row(Reason.COUNTED_FROM_ISSUE, "priority action, letter issued",
            "priority action, letter received"),
        row(Reason.COUNTED_FROM_PUBLICATION, notts, notYet),
        row(Reason.WORKING_DAYS, notts, notYet));
  }

  private static Arguments row(Reason reason, String fires, String silent) {
    return Arguments.of(reason, fires, silent);
  }

  @ParameterizedTest(name = "{0}: given for {1}, not for {2}")
  @MethodSource("cases")
  void eachReasonFiresWhereItAppliesAndOnlyThere(Reason reason, String fires, String silent) {
    assertThat(reasonsOf(CASES.get(fires).get())).as(fires).contains(reason);
    assertThat(reasonsOf(CASES.get(silent).get())).as(silent).doesNotContain(reason);
  }

  @Test
  void everyReasonOfTheCatalogueHasItsCase() {
    assertThat(cases().map(a -> (Reason) a.get()[0])).containsExactlyInAnyOrder(Reason.values());
  }
}

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The answers the pathway issue asked for, each as a table of cases, asserted by reasons. */
class PathwayAnswersTest {
  private static final LocalAuthority BARNET = LocalAuthority.of("Barnet", "302");
  private static final InspectionKind MEETING = InspectionKind.ANNUAL_ENGAGEMENT_MEETING;

  /** Barnet as the outcomes table gives it: inadequate SIF 2017, good ILACS 2019, short 2024. */
  private static InspectionHistory barnet(Coverage coverage, boolean with2024) {
    InspectionHistory.Builder b = InspectionHistory.builder().authority(BARNET)
        .coverage(coverage)
        .addInspection(Inspection.builder().authority(BARNET).framework(Framework.SIF_2013)
            .kind(InspectionKind.SIF_INSPECTION).start(d("2017-04-25")).end(d("2017-05-18"))
            .published(d("2017-07-07"))
            .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.INADEQUATE).build())
        .addInspection(ilacs(InspectionKind.STANDARD_INSPECTION, "2019-05-13", "2019-05-24",
            "2019-07-01", Grade.GOOD));
    if (with2024) {
      b.addInspection(ilacs(InspectionKind.SHORT_INSPECTION, "2024-06-10", "2024-06-14",
          "2024-07-23", Grade.GOOD));
    }
    return b.build();
  }

  private static Inspection ilacs(InspectionKind kind, String start, String end,
      String published, Grade overall) {
    LocalDate s = d(start);
    Framework f = Framework.inForceOn(s, kind).orElseThrow();
    boolean split = f != Framework.ILACS_2018;
    Inspection.Builder b = Inspection.builder().authority(BARNET).framework(f).kind(kind)
        .start(s).end(d(end)).published(d(published))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, overall)
        .judgement(JudgementArea.IMPACT_OF_LEADERS, overall)
        .judgement(JudgementArea.HELP_AND_PROTECTION, overall);
    if (split) {
      b.judgement(JudgementArea.CHILDREN_IN_CARE, overall)
          .judgement(JudgementArea.CARE_LEAVERS, overall);
    } else {
      b.judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, overall);
    }
    return b.build();
  }

  /**
   * An overdue next inspection keeps the window it was forecast in, says since when it is
   * overdue, and stays overdue whatever later date is asked about.
   */
  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
      "2023-01-01, ON_TRACK",
      "2024-06-01, DUE",
      "2024-10-19, OVERDUE",
      "2026-06-01, OVERDUE"
  })
  void anOverdueInspectionLikeBarnetsKeepsItsWindowAndSaysSinceWhen(LocalDate asOf,
      ActivityStatus status) {
    InspectionHistory h = barnet(Coverage.GRADED_INSPECTIONS, false);
    InspectionPathway p = InspectionPathway.of(h, asOf);
    Window forecast = InspectionPathway.of(h, d("2023-01-01")).forecastWindow();
    assertThat(p.nextInspection().window()).isEqualTo(forecast);
    assertThat(forecast).isEqualTo(new Window(d("2023-04-18"), d("2023-11-16"),
        d("2024-10-16")));
    assertThat(p.nextInspection().kind()).isEqualTo(InspectionKind.SHORT_INSPECTION);
    assertThat(p.nextInspection().status()).isEqualTo(status);
    assertThat(p.nextInspection().overdueSince())
        .isEqualTo(status == ActivityStatus.OVERDUE ? Optional.of(d("2024-10-17"))
            : Optional.empty());
    assertThat(p.nextInspection().reasons().contains(Reason.OVERDUE))
        .isEqualTo(status == ActivityStatus.OVERDUE);
    assertThat(p.overdue()).isEqualTo(status == ActivityStatus.OVERDUE);
  }

  /** From its first day on site to its report, the inspection is pending, not overdue. */
  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
      "2024-06-09, DUE, GOOD_OR_OUTSTANDING, 2019-05-13",
      "2024-06-10, PENDING, GOOD_OR_OUTSTANDING, 2019-05-13",
      "2024-07-22, PENDING, GOOD_OR_OUTSTANDING, 2019-05-13",
      "2024-07-23, ON_TRACK, GOOD_OR_OUTSTANDING, 2024-06-10"
  })
  void anInspectionAwaitingItsReportIsPending(LocalDate asOf, ActivityStatus status,
      Pathway pathway, LocalDate basisStart) {
    InspectionPathway p = InspectionPathway.of(barnet(Coverage.GRADED_INSPECTIONS, true), asOf);
    assertThat(p.nextInspection().status()).isEqualTo(status);
    assertThat(p.pathway()).isEqualTo(pathway);
    assertThat(p.basis()).get().extracting(Inspection::start).isEqualTo(basisStart);
    boolean pending = status == ActivityStatus.PENDING;
    assertThat(p.pending().isPresent()).isEqualTo(pending);
    assertThat(p.nextInspection().satisfiedBy()).isEqualTo(p.pending());
    assertThat(p.reasons().contains(Reason.PENDING_INSPECTION)).isEqualTo(pending);
    assertThat(p.overdue()).isFalse();
  }

  /**
   * Activity a history does not record is not known from it: an inadequate authority read from
   * an outcomes table owes no visit and is overdue only when its re-inspection is.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Coverage.class)
  void aGradedOnlyInadequateAuthorityIsNotOverdueForVisitsTheTableNeverRecords(
      Coverage coverage) {
    Inspection inadequate = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10",
        Grade.INADEQUATE);
    InspectionHistory h = InspectionHistory.builder().authority(Histories.SOMEWHERE)
        .coverage(coverage).addInspection(inadequate).build();
    InspectionPathway p = InspectionPathway.of(h, d("2023-06-01"));
    assertThat(p.nextInspection().status()).isNotEqualTo(ActivityStatus.OVERDUE);
    List<ExpectedActivity> visits = p.interimActivities().stream()
        .filter(a -> a.kind() == InspectionKind.ACTION_PLANNING_VISIT
            || a.kind() == InspectionKind.MONITORING_VISIT).toList();
    assertThat(visits).isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo(
        coverage.covers(a.kind()) ? ActivityStatus.OVERDUE : ActivityStatus.NOT_KNOWN));
    assertThat(p.overdue()).isEqualTo(coverage != Coverage.GRADED_INSPECTIONS);
    if (coverage == Coverage.GRADED_INSPECTIONS) {
      assertThat(visits).allSatisfy(a -> {
        assertThat(a.status()).isEqualTo(ActivityStatus.NOT_KNOWN);
        assertThat(a.reasons()).contains(Reason.NOT_KNOWN_FROM_THIS_DATA,
            Reason.GRADED_INSPECTIONS_ONLY);
      });
      assertThat(p.interimActivities()).filteredOn(a -> a.kind() == MEETING).singleElement()
          .extracting(ExpectedActivity::status).isEqualTo(ActivityStatus.NOT_KNOWN);
      assertThat(p.reasons()).contains(Reason.GRADED_INSPECTIONS_ONLY);
    }
  }

  /**
   * A 2010 inadequate judgement brings no action planning or monitoring visit (no framework had
   * them before the SIF); the re-inspection waits for the SIF.
   */
  @ParameterizedTest(name = "{0} inadequate as of {1}")
  @CsvSource({
      "SLAC_2009, 2010-03-01, 2011-01-01, SIF_INSPECTION, false",
      "SIF_2013, 2014-03-03, 2014-06-01, SIF_INSPECTION, true",
      "ILACS_2018, 2019-03-04, 2019-06-01, STANDARD_INSPECTION, true"
  })
  void visitsWhileInadequateComeOnlyWithFrameworksThatHaveThem(Framework framework,
      LocalDate start, LocalDate asOf, InspectionKind nextKind, boolean visits) {
    InspectionKind kind = framework.kinds().stream().filter(InspectionKind::isFullInspection)
        .findFirst().orElseThrow();
    Inspection.Builder b = Inspection.builder().authority(Histories.SOMEWHERE)
        .framework(framework).kind(kind).start(start).end(start.plusDays(11))
        .published(start.plusDays(50));
    for (JudgementArea area : framework.gradedAreas()) {
      b.judgement(area, Grade.INADEQUATE);
    }
    InspectionPathway p = InspectionPathway.of(Histories.of(b.build()), asOf);
    assertThat(p.pathway()).isEqualTo(Pathway.INADEQUATE_UNDER_MONITORING);
    assertThat(p.nextInspection().kind()).isEqualTo(nextKind);
    assertThat(p.interimActivities().stream().anyMatch(a -> a.kind().hasRole(
        InspectionKind.Role.WHILE_INADEQUATE))).isEqualTo(visits);
    assertThat(p.reasons().contains(Reason.NO_MONITORING_BEFORE_SIF)).isEqualTo(!visits);
    if (!visits) {
      assertThat(p.nextInspection().window().earliest()).isEqualTo(d("2013-11-01"));
      assertThat(p.nextInspection().reasons()).contains(Reason.NO_FULL_INSPECTIONS_2012_2013);
    }
  }

  /**
   * Every authority has a yearly engagement meeting, inadequate ones too, due in whole years
   * from one anchor; a full inspection replaces it only when the policy says so.
   */
  @ParameterizedTest(name = "{0} as of {2}: due {3}")
  @CsvSource({
      "INADEQUATE, '', 2023-06-01, 2024-01-01, false",
      "INADEQUATE, 2020-02-29, 2024-02-15, 2024-02-29, false",
      "INADEQUATE, 2020-02-29, 2024-03-01, 2025-02-28, false",
      "GOOD, 2020-02-29, 2023-01-15, 2023-02-28, false",
      "GOOD, 2020-02-29, 2023-01-15, 2023-01-21, true"
  })
  void everyAuthorityOwesAYearlyMeetingDueFromItsAnchor(Grade overall, String meeting,
      LocalDate asOf, LocalDate due, boolean standsIn) {
    Inspection basis = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10",
        overall);
    InspectionHistory h = meeting.isEmpty() ? Histories.of(basis)
        : Histories.of(Inspection.builder().authority(Histories.SOMEWHERE)
            .framework(Framework.ILACS_2018).kind(MEETING).start(d(meeting)).end(d(meeting))
            .build(), basis);
    PathwayPolicy policy = PathwayPolicy.defaults().withFullInspectionStandsInForMeeting(standsIn);
    ExpectedActivity m = InspectionPathway.of(h, asOf, policy).interimActivities().stream()
        .filter(a -> a.kind() == MEETING).findFirst().orElseThrow();
    assertThat(m.status()).isEqualTo(ActivityStatus.OWED);
    assertThat(m.window().latest()).isEqualTo(due);
    assertThat(m.reasons()).contains(Reason.ENGAGEMENT_MEETING_EVERY_YEAR,
        Reason.UNPUBLISHED_NEVER_OVERDUE);
    assertThat(m.reasons().contains(Reason.NO_MEETING_RECORDED)).isEqualTo(meeting.isEmpty());
    assertThat(m.reasons().contains(Reason.INSPECTION_STANDS_IN_FOR_MEETING))
        .isEqualTo(standsIn);
  }

  /** Deadlines count from receipt, else the date printed on the report, else publication. */
  @ParameterizedTest(name = "published {0}, issued {1}, received {2}")
  @CsvSource({
      "2019-12-19, '', '', PUBLISHED, 2019-12-19, 2020-03-31, COUNTED_FROM_PUBLICATION",
      "2019-12-19, 2019-12-17, '', ISSUED, 2019-12-17, 2020-03-27, COUNTED_FROM_ISSUE",
      "2019-12-19, 2019-12-17, 2019-12-18, RECEIVED, 2019-12-18, 2020-03-30, "
          + "COUNTED_FROM_RECEIPT",
      "'', '', 2019-12-18, RECEIVED, 2019-12-18, 2020-03-30, COUNTED_FROM_RECEIPT"
  })
  void deadlinesCountFromReceiptElseIssueElsePublication(String published, String issued,
      String received, Deadline.CountedFrom counted, LocalDate from, LocalDate actionPlan,
      Reason reason) {
    Inspection.Builder b = Inspection.builder().from(Histories.nottinghamshire().inspections()
        .get(5)).published(Optional.empty());
    if (!published.isEmpty()) {
      b.published(d(published));
    }
    if (!issued.isEmpty()) {
      b.issued(d(issued));
    }
    if (!received.isEmpty()) {
      b.received(d(received));
    }
    Inspection report = b.build();
    List<Deadline> ds = Deadline.following(report, d("2020-01-10"), PathwayPolicy.defaults());
    // in due-date order: the 30 working days to publish before the 70 for the action plan
    assertThat(ds).extracting(Deadline::kind).containsExactly(Deadline.Kind.REPORT_PUBLICATION,
        Deadline.Kind.ACTION_PLAN);
    assertThat(ds).allSatisfy(dl -> {
      assertThat(dl.countedFrom()).isEqualTo(counted);
      assertThat(dl.from()).isEqualTo(from);
      assertThat(dl.document()).isEqualTo(report);
      assertThat(dl.reasons()).contains(reason, Reason.WORKING_DAYS);
    });
    assertThat(ds.get(1).due()).isEqualTo(actionPlan);
    assertThat(ds.get(1).reasons()).contains(Reason.ACTION_PLAN);
    assertThat(ds.get(0).reasons()).contains(Reason.REPORT_PUBLICATION);
  }

  @Test
  void aDocumentWithoutAnyDateOrNotYetReceivedStartsNoDeadline() {
    Inspection report = Inspection.builder().from(Histories.nottinghamshire().inspections()
        .get(5)).published(Optional.empty()).build();
    assertThat(Deadline.following(report, d("2020-01-10"), PathwayPolicy.defaults())).isEmpty();
    Inspection later = Inspection.builder().from(report).received(d("2020-01-11")).build();
    assertThat(Deadline.following(later, d("2020-01-10"), PathwayPolicy.defaults())).isEmpty();
  }

  /**
   * An authority created in 2021 has its first standard inspection forecast from its creation,
   * not from its predecessor, so it can become due and overdue.
   */
  @ParameterizedTest(name = "{0} as of {1}: {2}")
  @CsvSource({
      "940, 2022-01-01, DUE",
      "940, 2025-06-01, OVERDUE",
      "999, 2025-06-01, DUE"
  })
  void aNewAuthoritysFirstInspectionIsForecastFromItsCreation(String code, LocalDate asOf,
      ActivityStatus status) {
    LocalAuthority authority = LocalAuthority.of("North Northamptonshire", code);
    InspectionPathway p = InspectionPathway.of(InspectionHistory.of(authority, List.of()), asOf);
    assertThat(p.pathway()).isEqualTo(Pathway.NOT_YET_INSPECTED);
    assertThat(p.nextInspection().kind()).isEqualTo(InspectionKind.STANDARD_INSPECTION);
    assertThat(p.nextInspection().status()).isEqualTo(status);
    boolean created = code.equals("940");
    assertThat(p.reasons().contains(Reason.NEW_AUTHORITY)).isEqualTo(created);
    if (created) {
      // from 1 April 2021, moved by the part of the pause after it (to 20 September 2021)
      assertThat(p.nextInspection().window().earliest()).isEqualTo(d("2021-09-20"));
      assertThat(p.nextInspection().reasons()).contains(Reason.PAUSE_PART);
    } else {
      assertThat(p.nextInspection().window().earliest()).isEqualTo(asOf);
    }
  }

  /** An answer from a history with validation errors carries them, and says so first. */
  @ParameterizedTest(name = "other authority in the history: {0}")
  @CsvSource({"true", "false"})
  void aHistoryWithErrorsIsAnsweredWithItsErrors(boolean broken) {
    Inspection basis = Histories.graded(InspectionKind.STANDARD_INSPECTION, "2022-01-10",
        Grade.GOOD);
    Inspection visit = Histories.visit(InspectionKind.FOCUSED_VISIT, "2023-05-09", "2023-06-01",
        Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Plans lack detail.", Theme.PLANNING));
    Inspection.Builder v = Inspection.builder().from(visit).focus(Theme.PLANNING);
    if (broken) {
      v.authority(BARNET);
    }
    InspectionPathway p = InspectionPathway.of(Histories.of(basis, v.build()), d("2023-07-01"));
    assertThat(p.errors().isEmpty()).isEqualTo(!broken);
    assertThat(p.reasons().contains(Reason.HISTORY_HAS_ERRORS)).isEqualTo(broken);
    if (broken) {
      assertThat(p.errors()).extracting(e -> e.code()).contains("R601");
      assertThat(p.explanation()).startsWith("The history has 1 validation error");
    }
  }

  @Test
  void answersAreValuesWithTheirAuthorityAndAUsefulString() {
    InspectionHistory h = barnet(Coverage.GRADED_INSPECTIONS, false);
    InspectionPathway a = InspectionPathway.of(h, d("2026-06-01"));
    InspectionPathway b = InspectionPathway.of(h, d("2026-06-01"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(
        InspectionPathway.of(h, d("2026-06-02")));
    assertThat(a.authority()).isEqualTo(BARNET);
    assertThat(a.coverage()).isEqualTo(Coverage.GRADED_INSPECTIONS);
    assertThat(a.toString()).contains("Barnet (302)", "2026-06-01", "GOOD_OR_OUTSTANDING",
        "OVERDUE since 2024-10-17", "graded inspections only");
  }

  /** The explanation is rendered from the reasons: every code given appears in it. */
  @Test
  void theExplanationNamesEveryReasonOfTheAnswer() {
    InspectionPathway p = InspectionPathway.of(Histories.nottinghamshire(), d("2020-02-01"));
    String text = p.explanation();
    p.reasons().forEach(r -> assertThat(text).contains(r.code()));
    p.nextInspection().reasons().forEach(r -> assertThat(text).contains(r.code() + " "
        + r.statement()));
    p.deadlines().forEach(dl -> dl.reasons().forEach(r -> assertThat(text).contains(r.code())));
  }
}

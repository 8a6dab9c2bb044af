package io.github.ilacs.seeds;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.INADEQUATE;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;

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

/**
 * Small made-up inspection histories, one per pathway, for other projects' test suites.
 *
 * <p>Each history belongs to a fictional authority whose three-digit code (001 to 004) no real
 * English authority uses, and is built through the public API only, so it also shows how to
 * build one. All activity is under the ILACS framework as first in force (2018 to 2022), with
 * the usual days on site for its kind, and passes the validator without errors. Each method
 * names the date as of which the history is typical ({@code *_AS_OF}); the pathway answers
 * quoted are those of {@code InspectionPathway.of(history, asOf)} with the default policy
 * (docs/domain.md §3.5).
 *
 * <p>Every call builds a new, immutable history; the class is thread-safe.
 */
public final class TypicalHistories {
  /** The date as of which {@link #goodAuthority()} is typical: 1 January 2022. */
  public static final LocalDate GOOD_AS_OF = LocalDate.of(2022, 1, 1);
  /** The date as of which {@link #requiresImprovementAuthority()} is typical: 1 January 2022. */
  public static final LocalDate REQUIRES_IMPROVEMENT_AS_OF = LocalDate.of(2022, 1, 1);
  /** The date as of which {@link #inadequateWithMonitoring()} is typical: 1 November 2022. */
  public static final LocalDate INADEQUATE_AS_OF = LocalDate.of(2022, 11, 1);
  /** The date as of which {@link #notYetInspected()} is typical: 1 June 2022. */
  public static final LocalDate NOT_YET_INSPECTED_AS_OF = LocalDate.of(2022, 6, 1);

  private TypicalHistories() {}

  /**
   * Returns the history of a good authority, "Goodshire" (code 001): a single inspection
   * framework inspection on 2 to 26 November 2015 graded good in every area (report 12 January
   * 2016), a short inspection on
   * 4 to 8 March 2019 graded good in every area (report 5 April 2019; one area for
   * improvement), an annual engagement
   * meeting on 14 January 2020 (letter 4 February 2020) and a focused visit on children at risk
   * outside the family on 12 to 13 October 2021 (letter 16 November 2021; one strength, one
   * area for improvement).
   *
   * <p>As of {@link #GOOD_AS_OF} the authority is on pathway 1 (good or outstanding): its next
   * full inspection is a short inspection about three years after March 2019 (later under the
   * default policy, which moves windows for the 2020-21 pause), the focused visit owed between
   * inspections has taken place, and the next annual engagement meeting is owed.
   *
   * @return the history, never null
   */
  public static InspectionHistory goodAuthority() {
    LocalAuthority la = LocalAuthority.builder().name("Goodshire").code("001").build();
    return InspectionHistory.of(la, List.of(
        Inspection.builder().authority(la).framework(Framework.SIF_2013)
            .kind(InspectionKind.SIF_INSPECTION)
            .start(date(2015, 11, 2)).end(date(2015, 11, 26)).published(date(2016, 1, 12))
            .judgement(OVERALL_EFFECTIVENESS, GOOD)
            .judgement(HELP_AND_PROTECTION, GOOD)
            .judgement(JudgementArea.CHILDREN_LOOKED_AFTER, GOOD)
            .judgement(JudgementArea.ADOPTION_PERFORMANCE, GOOD)
            .judgement(JudgementArea.SIF_CARE_LEAVERS, GOOD)
            .judgement(JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, GOOD)
            .build(),
        graded(la, InspectionKind.SHORT_INSPECTION, date(2019, 3, 4), date(2019, 3, 8),
            date(2019, 4, 5), GOOD, GOOD, GOOD, GOOD)
            .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                "Plans for children in need should say what will change and by when.",
                Theme.PLANNING))
            .build(),
        meeting(la, date(2020, 1, 14), date(2020, 2, 4)),
        focusedVisit(la, date(2021, 10, 12), date(2021, 11, 16), Theme.EXTRA_FAMILIAL_RISK,
            Finding.of(FindingKind.STRENGTH,
                "Return home interviews after a child goes missing are prompt and used well.",
                Theme.EXTRA_FAMILIAL_RISK),
            Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                "Risk assessments for exploited teenagers are not updated when risks change.",
                Theme.EXTRA_FAMILIAL_RISK, Theme.ASSESSMENT))));
  }

  /**
   * Returns the history of an authority that requires improvement, "Requireston" (code 002):
   * a standard inspection on 3 to 14 June 2019 (report 19 July 2019) with overall effectiveness,
   * leaders and help and protection requiring improvement and children in care good, then a
   * focused visit on children in care on 16 to 17 November 2021 (letter 20 December 2021; two
   * areas for improvement).
   *
   * <p>As of {@link #REQUIRES_IMPROVEMENT_AS_OF} the authority is on the requires-improvement
   * pathway: its next full inspection is a standard inspection about three years after June
   * 2019 (later under the default policy, which moves windows for the 2020-21 pause), and
   * under the default policy a second focused visit or joint inspection is still owed.
   *
   * @return the history, never null
   */
  public static InspectionHistory requiresImprovementAuthority() {
    LocalAuthority la = LocalAuthority.builder().name("Requireston").code("002").build();
    return InspectionHistory.of(la, List.of(
        graded(la, InspectionKind.STANDARD_INSPECTION, date(2019, 6, 3), date(2019, 6, 14),
            date(2019, 7, 19), REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT,
            REQUIRES_IMPROVEMENT, GOOD)
            .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                    "Managers do not check that child protection plans are progressing.",
                    Theme.SUPERVISION_AND_MANAGEMENT_OVERSIGHT),
                Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                    "Too many social workers leave within their first year.",
                    Theme.CASELOADS_AND_WORKFORCE))
            .build(),
        focusedVisit(la, date(2021, 11, 16), date(2021, 12, 20), Theme.CHILDREN_IN_CARE,
            Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                "Children in care wait too long for their health assessments.",
                Theme.HEALTH),
            Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                "Caseloads in the children in care teams are still too high.",
                Theme.CASELOADS_AND_WORKFORCE))));
  }

  /**
   * Returns the history of an inadequate authority under monitoring, "Inadequateborough"
   * (code 003): a standard inspection on 4 to 15 October 2021 (report 30 November 2021) with
   * overall effectiveness, leaders and help and protection inadequate and children in care
   * requiring improvement, an action planning visit on 14 December 2021 (no letter), and three
   * quarterly monitoring visits: 5 to 6 April 2022 (letter 4 May 2022), 5 to 6 July 2022
   * (letter 3 August 2022) and 4 to 5 October 2022 (letter 28 October 2022).
   *
   * <p>As of {@link #INADEQUATE_AS_OF} the authority is on the inadequate pathway: its action
   * plan was due 70 working days after the report (11 March 2022), every monitoring visit so
   * far came on time, the next is not yet due, and re-inspection by a standard inspection
   * follows when monitoring shows enough progress.
   *
   * @return the history, never null
   */
  public static InspectionHistory inadequateWithMonitoring() {
    LocalAuthority la = LocalAuthority.builder().name("Inadequateborough").code("003").build();
    return InspectionHistory.of(la, List.of(
        graded(la, InspectionKind.STANDARD_INSPECTION, date(2021, 10, 4), date(2021, 10, 15),
            date(2021, 11, 30), INADEQUATE, INADEQUATE, INADEQUATE, REQUIRES_IMPROVEMENT)
            .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                    "Children at risk of significant harm are not always seen quickly.",
                    Theme.CHILD_PROTECTION_RESPONSE),
                Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                    "Leaders do not know the quality of front-line practice.",
                    Theme.SELF_EVALUATION, Theme.AUDIT_AND_QUALITY_ASSURANCE))
            .build(),
        Inspection.builder().authority(la).framework(Framework.ILACS_2018)
            .kind(InspectionKind.ACTION_PLANNING_VISIT)
            .start(date(2021, 12, 14)).end(date(2021, 12, 14))
            .build(),
        monitoring(la, date(2022, 4, 5), date(2022, 5, 4)),
        monitoring(la, date(2022, 7, 5), date(2022, 8, 3)),
        monitoring(la, date(2022, 10, 4), date(2022, 10, 28))));
  }

  /**
   * Returns the history of a new authority not yet inspected, "Newtown Unitary" (code 004): a
   * single focused visit on the front door on 8 to 9 March 2022 (letter 12 April 2022; one
   * strength) and no graded inspection.
   *
   * <p>As of {@link #NOT_YET_INSPECTED_AS_OF} the authority is not yet inspected: its first
   * full inspection will be a standard inspection, and the focused visit has already met the
   * interim activity expected before it.
   *
   * @return the history, never null
   */
  public static InspectionHistory notYetInspected() {
    LocalAuthority la = LocalAuthority.builder().name("Newtown Unitary").code("004").build();
    return InspectionHistory.of(la, List.of(
        focusedVisit(la, date(2022, 3, 8), date(2022, 4, 12), Theme.FRONT_DOOR_AND_THRESHOLDS,
            Finding.of(FindingKind.STRENGTH,
                "Contacts are screened quickly and thresholds are applied consistently.",
                Theme.FRONT_DOOR_AND_THRESHOLDS))));
  }

  private static Inspection.Builder graded(LocalAuthority la, InspectionKind kind,
      LocalDate start, LocalDate end, LocalDate published, Grade overall, Grade leaders,
      Grade helpAndProtection, Grade childrenInCare) {
    Inspection.Builder b = Inspection.builder();
    b.authority(la).framework(Framework.ILACS_2018).kind(kind)
        .start(start).end(end).published(published);
    return b.judgement(OVERALL_EFFECTIVENESS, overall)
        .judgement(IMPACT_OF_LEADERS, leaders)
        .judgement(HELP_AND_PROTECTION, helpAndProtection)
        .judgement(CHILDREN_IN_CARE_AND_CARE_LEAVERS, childrenInCare);
  }

  private static Inspection meeting(LocalAuthority la, LocalDate day, LocalDate letter) {
    return Inspection.builder().authority(la).framework(Framework.ILACS_2018)
        .kind(InspectionKind.ANNUAL_ENGAGEMENT_MEETING)
        .start(day).end(day).published(letter)
        .build();
  }

  private static Inspection focusedVisit(LocalAuthority la, LocalDate start, LocalDate letter,
      Theme focus, Finding... findings) {
    return Inspection.builder().authority(la).framework(Framework.ILACS_2018)
        .kind(InspectionKind.FOCUSED_VISIT)
        .start(start).end(start.plusDays(1)).published(letter)
        .focus(focus).addFindings(findings)
        .build();
  }

  private static Inspection monitoring(LocalAuthority la, LocalDate start, LocalDate letter) {
    return Inspection.builder().authority(la).framework(Framework.ILACS_2018)
        .kind(InspectionKind.MONITORING_VISIT)
        .start(start).end(start.plusDays(1)).published(letter)
        .build();
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}

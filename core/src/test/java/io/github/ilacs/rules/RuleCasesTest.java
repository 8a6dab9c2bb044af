package io.github.ilacs.rules;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.INADEQUATE;
import static io.github.ilacs.Grade.OUTSTANDING;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
import static io.github.ilacs.JudgementArea.ADOPTION_PERFORMANCE;
import static io.github.ilacs.JudgementArea.CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.LSCB_REVIEW;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static io.github.ilacs.rules.Fixtures.AUTHORITY;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table of cases per scope: for each rule, records where it fires (and what the message
 * must name) and near misses where it stays silent.
 */
class RuleCasesTest {

  /** A record, the rule under test, and the text its message names (null when silent). */
  record Case(String name, Rule rule, Object record, String mentions) {
    boolean fires() {
      return !mentions.isEmpty();
    }

    @Override
    public String toString() {
      return rule.code() + (fires() ? " fires: " : " silent: ") + name;
    }
  }

  private static Case fires(Rule rule, String name, Object record, String mentions) {
    return new Case(name, rule, record, mentions);
  }

  private static Case silent(Rule rule, String name, Object record) {
    return new Case(name, rule, record, "");
  }

  private static Map<JudgementArea, Grade> grades(Object... areaGradePairs) {
    Map<JudgementArea, Grade> map = new LinkedHashMap<>();
    for (int n = 0; n < areaGradePairs.length; n += 2) {
      map.put((JudgementArea) areaGradePairs[n], (Grade) areaGradePairs[n + 1]);
    }
    return map;
  }

  private static Inspection without(Inspection i, JudgementArea area) {
    return Inspection.builder().from(i)
        .judgements(i.judgements().stream().filter(j -> j.area() != area).toList()).build();
  }

  static Stream<Case> inspectionCases() {
    Inspection standard = Fixtures.standard2023().build();
    Inspection sif = Fixtures.sif2015().build();
    Inspection visit = Fixtures.focusedVisit2022().build();
    LocalDate monday = LocalDate.of(2019, 3, 4);
    return Stream.of(
        silent(Rule.FRAMEWORK_IN_FORCE, "ILACS 2023 on its last Monday in force",
            Fixtures.standard2023().start(LocalDate.of(2026, 3, 30))
                .end(LocalDate.of(2026, 4, 10)).published(LocalDate.of(2026, 5, 1)).build()),
        fires(Rule.FRAMEWORK_IN_FORCE, "ILACS 2023 in November 2022",
            Fixtures.standard2023().start(LocalDate.of(2022, 11, 7))
                .end(LocalDate.of(2022, 11, 18)).build(), "2022-11-07"),
        silent(Rule.KIND_IN_FRAMEWORK, "SIF inspection under the SIF", sif),
        fires(Rule.KIND_IN_FRAMEWORK, "standard inspection under the SIF",
            Inspection.builder().from(sif).kind(InspectionKind.STANDARD_INSPECTION).build(),
            "SIF_2013 has no STANDARD_INSPECTION"),
        silent(Rule.REQUIRED_AREAS_GRADED, "ILACS 2026 without overall effectiveness",
            without(Fixtures.standard2023().framework(Framework.ILACS_2026)
                .start(LocalDate.of(2026, 6, 8)).end(LocalDate.of(2026, 6, 19))
                .published(LocalDate.of(2026, 8, 3)).build(), OVERALL_EFFECTIVENESS)),
        fires(Rule.REQUIRED_AREAS_GRADED, "ILACS 2023 without care leavers",
            without(standard, CARE_LEAVERS), "does not grade CARE_LEAVERS"),
        fires(Rule.REQUIRED_AREAS_GRADED, "LAC 2012 without overall effectiveness",
            Inspection.builder().authority(AUTHORITY).framework(Framework.LAC_2012)
                .kind(InspectionKind.LAC_INSPECTION).start(LocalDate.of(2013, 6, 3))
                .end(LocalDate.of(2013, 6, 7)).build(), "OVERALL_EFFECTIVENESS"),
        silent(Rule.SIF_AREAS_GRADED, "SIF with every area and the LSCB review",
            Inspection.builder().from(sif).judgement(LSCB_REVIEW, GOOD).build()),
        fires(Rule.SIF_AREAS_GRADED, "SIF grading only overall effectiveness",
            Inspection.builder().from(sif).judgements(List.of())
                .judgement(OVERALL_EFFECTIVENESS, GOOD).build(), "ADOPTION_PERFORMANCE"),
        silent(Rule.NO_AREA_OUTSIDE_FRAMEWORK, "SIF grading its optional LSCB review",
            Inspection.builder().from(sif).judgement(LSCB_REVIEW, REQUIRES_IMPROVEMENT).build()),
        fires(Rule.NO_AREA_OUTSIDE_FRAMEWORK, "ILACS 2023 grading adoption performance",
            Fixtures.standard2023().judgement(ADOPTION_PERFORMANCE, GOOD).build(),
            "ILACS_2023 does not grade ADOPTION_PERFORMANCE"),
        silent(Rule.UNGRADED_KIND_GRADES_NOTHING, "focused visit without grades", visit),
        fires(Rule.UNGRADED_KIND_GRADES_NOTHING, "focused visit grading help and protection",
            Fixtures.focusedVisit2022().judgement(HELP_AND_PROTECTION, GOOD).build(),
            "HELP_AND_PROTECTION GOOD"),
        silent(Rule.INADEQUATE_DRIVER_MEANS_INADEQUATE_OVERALL,
            "inadequate leaders, overall requires improvement (not a practice judgement)",
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, REQUIRES_IMPROVEMENT,
                IMPACT_OF_LEADERS, INADEQUATE, HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT,
                CHILDREN_IN_CARE_AND_CARE_LEAVERS, REQUIRES_IMPROVEMENT)).build()),
        fires(Rule.INADEQUATE_DRIVER_MEANS_INADEQUATE_OVERALL,
            "inadequate help and protection, overall requires improvement",
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, REQUIRES_IMPROVEMENT,
                IMPACT_OF_LEADERS, REQUIRES_IMPROVEMENT, HELP_AND_PROTECTION, INADEQUATE,
                CHILDREN_IN_CARE_AND_CARE_LEAVERS, REQUIRES_IMPROVEMENT)).build(),
            "HELP_AND_PROTECTION is INADEQUATE"),
        silent(Rule.OVERALL_WITHIN_RANGE, "overall good with help and protection RI",
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, GOOD, IMPACT_OF_LEADERS, GOOD,
                HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT, CHILDREN_IN_CARE_AND_CARE_LEAVERS,
                GOOD)).build()),
        fires(Rule.OVERALL_WITHIN_RANGE, "overall outstanding above every component",
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, OUTSTANDING, IMPACT_OF_LEADERS,
                GOOD, HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT, CHILDREN_IN_CARE_AND_CARE_LEAVERS,
                GOOD)).build(), "OUTSTANDING, outside the range GOOD to REQUIRES_IMPROVEMENT"),
        silent(Rule.OVERALL_NOT_BETTER_THAN_LEADERSHIP, "leaders inadequate, overall RI",
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, REQUIRES_IMPROVEMENT,
                IMPACT_OF_LEADERS, INADEQUATE, HELP_AND_PROTECTION, GOOD,
                CHILDREN_IN_CARE_AND_CARE_LEAVERS, REQUIRES_IMPROVEMENT)).build()),
        fires(Rule.OVERALL_NOT_BETTER_THAN_LEADERSHIP, "leaders RI, overall good",
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, GOOD, IMPACT_OF_LEADERS,
                REQUIRES_IMPROVEMENT, HELP_AND_PROTECTION, GOOD, CHILDREN_IN_CARE_AND_CARE_LEAVERS,
                GOOD)).build(), "GOOD is better than IMPACT_OF_LEADERS REQUIRES_IMPROVEMENT"),
        silent(Rule.USUAL_ON_SITE_LENGTH, "SIF on site 18 working days over a bank holiday", sif),
        silent(Rule.USUAL_ON_SITE_LENGTH, "three days in 1977, before the calendar's years",
            Fixtures.standard2023().kind(InspectionKind.SHORT_INSPECTION)
                .start(LocalDate.of(1977, 7, 11)).end(LocalDate.of(1977, 7, 13))
                .published(LocalDate.of(1977, 9, 1)).build()),
        fires(Rule.USUAL_ON_SITE_LENGTH, "short inspection of three days",
            Fixtures.standard2023().kind(InspectionKind.SHORT_INSPECTION)
                .start(LocalDate.of(2023, 7, 11)).end(LocalDate.of(2023, 7, 13)).build(),
            "on site 3 working days from 2023-07-11 to 2023-07-13"),
        silent(Rule.USUAL_ON_SITE_LENGTH, "focused visit of two days", visit),
        silent(Rule.USUAL_ON_SITE_LENGTH, "focused visit of one day (Wednesday 26 Nov 2025)",
            Fixtures.focusedVisit2022().framework(Framework.ILACS_2023)
                .start(LocalDate.of(2025, 11, 26)).end(LocalDate.of(2025, 11, 26))
                .published(LocalDate.of(2026, 1, 12)).build()),
        silent(Rule.USUAL_ON_SITE_LENGTH,
            "focused visit Friday to Tuesday over a weekend and a bank holiday: 2 working days",
            Fixtures.focusedVisit2022().start(LocalDate.of(2022, 4, 29))
                .end(LocalDate.of(2022, 5, 3)).build()),
        fires(Rule.USUAL_ON_SITE_LENGTH, "focused visit of three days",
            Fixtures.focusedVisit2022().end(LocalDate.of(2022, 4, 28)).build(),
            "on site 3 working days from 2022-04-26 to 2022-04-28; a FOCUSED_VISIT usually"
                + " lasts 1 to 2"),
        fires(Rule.USUAL_ON_SITE_LENGTH, "monitoring visit of one day (only focused visits may)",
            Inspection.builder().from(Fixtures.visit(Framework.ILACS_2018,
                InspectionKind.MONITORING_VISIT, LocalDate.of(2019, 3, 5)))
                .end(LocalDate.of(2019, 3, 5)).build(),
            "on site 1 working day from 2019-03-05 to 2019-03-05; a MONITORING_VISIT usually"
                + " lasts 2"),
        fires(Rule.USUAL_ON_SITE_LENGTH, "standard inspection of thirteen working days",
            Fixtures.ilacs2018(grades(OVERALL_EFFECTIVENESS, GOOD)).start(LocalDate.of(2019, 6, 3))
                .end(LocalDate.of(2019, 6, 19)).build(), "usually lasts 10"),
        silent(Rule.STARTS_ON_MONDAY, "focused visit starting on a Tuesday", visit),
        fires(Rule.STARTS_ON_MONDAY, "standard inspection starting on a Tuesday",
            Fixtures.standard2023().start(LocalDate.of(2023, 7, 11))
                .end(LocalDate.of(2023, 7, 24)).build(), "TUESDAY 2023-07-11"),
        silent(Rule.PUBLICATION_DATE_GIVEN, "engagement meeting without a publication date",
            Inspection.builder().from(Fixtures.visit(Framework.ILACS_2018,
                InspectionKind.ANNUAL_ENGAGEMENT_MEETING, LocalDate.of(2018, 5, 17)))
                .published(java.util.Optional.empty()).build()),
        fires(Rule.PUBLICATION_DATE_GIVEN, "focused visit without a publication date",
            Fixtures.focusedVisit2022().published(java.util.Optional.empty()).build(),
            "FOCUSED_VISIT"),
        silent(Rule.FINDING_KIND_IN_FRAMEWORK, "focused visit with an area for priority action",
            Fixtures.focusedVisit2022().addFindings(Finding.of(
                FindingKind.AREA_FOR_PRIORITY_ACTION, "Strategy meetings are not held promptly.",
                Theme.STRATEGY_DISCUSSIONS)).build()),
        fires(Rule.FINDING_KIND_IN_FRAMEWORK, "SIF report with an area for priority action",
            Inspection.builder().from(sif).addFindings(Finding.of(
                FindingKind.AREA_FOR_PRIORITY_ACTION, "Assessments are often late."))
                .build(), "SIF_2013 letters do not use AREA_FOR_PRIORITY_ACTION"),
        silent(Rule.FINDING_AREA_FITS_LETTER, "focused visit finding tied to help and protection",
            Fixtures.focusedVisit2022().addFindings(Finding.builder()
                .kind(FindingKind.STRENGTH).summary("Referrals are screened quickly.")
                .area(HELP_AND_PROTECTION).build()).build()),
        fires(Rule.FINDING_AREA_FITS_LETTER, "focused visit finding tied to overall effectiveness",
            Fixtures.focusedVisit2022().addFindings(Finding.builder()
                .kind(FindingKind.STRENGTH).summary("Services are improving.")
                .area(OVERALL_EFFECTIVENESS).build()).build(),
            "a FOCUSED_VISIT makes no overall judgement"),
        fires(Rule.FINDING_AREA_FITS_LETTER, "ILACS finding tied to a SIF area",
            Fixtures.standard2023().addFindings(Finding.builder()
                .kind(FindingKind.STRENGTH).summary("Adoption is timely.")
                .area(ADOPTION_PERFORMANCE).build()).build(),
            "tied to ADOPTION_PERFORMANCE, which ILACS_2023 does not judge"),
        silent(Rule.FOCUS_ONLY_WHERE_KIND_HAS_ONE, "monitoring visit with a focus",
            Inspection.builder().from(Fixtures.visit(Framework.ILACS_2018,
                InspectionKind.MONITORING_VISIT, monday)).focus(Theme.FRONT_DOOR_AND_THRESHOLDS)
                .build()),
        fires(Rule.FOCUS_ONLY_WHERE_KIND_HAS_ONE, "standard inspection with a focus",
            Fixtures.standard2023().focus(Theme.CARE_LEAVERS).build(),
            "a STANDARD_INSPECTION has no focus, but CARE_LEAVERS is given"),
        silent(Rule.FOCUS_GIVEN, "monitoring visit without a focus",
            Fixtures.visit(Framework.ILACS_2018, InspectionKind.MONITORING_VISIT, monday)),
        fires(Rule.FOCUS_GIVEN, "focused visit without a focus",
            Fixtures.focusedVisit2022().focus(java.util.Optional.empty()).build(),
            "FOCUSED_VISIT on site 2022-04-26 to 2022-04-27 names no focus"));
  }

  static Stream<Case> historyCases() {
    LocalDate jan2019 = LocalDate.of(2019, 1, 7);
    Inspection good2019 = Fixtures.full(Framework.ILACS_2018, InspectionKind.STANDARD_INSPECTION,
        jan2019, GOOD);
    Inspection ri2019 = Fixtures.full(Framework.ILACS_2018, InspectionKind.STANDARD_INSPECTION,
        jan2019, REQUIRES_IMPROVEMENT);
    Inspection inadequate2019 = Fixtures.full(Framework.ILACS_2018,
        InspectionKind.STANDARD_INSPECTION, jan2019, INADEQUATE);
    Inspection short2022 = Fixtures.full(Framework.ILACS_2018, InspectionKind.SHORT_INSPECTION,
        LocalDate.of(2022, 1, 10), GOOD);
    Inspection monitoring = Fixtures.visit(Framework.ILACS_2018, InspectionKind.MONITORING_VISIT,
        LocalDate.of(2019, 6, 4));
    Inspection visitDuring = Fixtures.visit(Framework.ILACS_2018, InspectionKind.FOCUSED_VISIT,
        LocalDate.of(2019, 1, 15));
    Inspection visitAfter = Inspection.builder().from(visitDuring)
        .start(LocalDate.of(2019, 1, 21)).end(LocalDate.of(2019, 1, 22)).build();
    Inspection otherAuthority = Inspection.builder().from(short2022)
        .authority(LocalAuthority.of("Nottingham", "892")).build();
    Inspection sameCodeOtherSpelling = Inspection.builder().from(short2022)
        .authority(LocalAuthority.of("nottinghamshire county council", "891")).build();
    Inspection goodNoOverall = Fixtures.full(Framework.ILACS_2026,
        InspectionKind.STANDARD_INSPECTION, LocalDate.of(2026, 4, 13), GOOD);
    Inspection short2029 = Fixtures.full(Framework.ILACS_2026, InspectionKind.SHORT_INSPECTION,
        LocalDate.of(2029, 4, 16), GOOD);
    // Leaders and two of the three practice judgements good: pathway 1 under the default April
    // 2026 rule, though its worst grade is requires improvement.
    Inspection leadersPlusTwo = mixed2026(CARE_LEAVERS, REQUIRES_IMPROVEMENT);
    // One practice judgement inadequate: inadequate under the rule, though most grades are good.
    Inspection onePracticeInadequate = mixed2026(CARE_LEAVERS, INADEQUATE);
    Inspection monitoring2026 = Fixtures.visit(Framework.ILACS_2026,
        InspectionKind.MONITORING_VISIT, LocalDate.of(2026, 9, 8));
    return Stream.of(
        silent(Rule.ONE_AUTHORITY, "same DfE code spelt differently",
            history(good2019, sameCodeOtherSpelling)),
        fires(Rule.ONE_AUTHORITY, "an inspection of another authority",
            history(good2019, otherAuthority), "Nottingham (892)"),
        silent(Rule.CHRONOLOGICAL_ORDER, "in date order", history(good2019, short2022)),
        fires(Rule.CHRONOLOGICAL_ORDER, "later inspection listed first",
            history(short2022, good2019), "starting 2019-01-07 is listed after"),
        silent(Rule.NO_OVERLAPPING_ACTIVITY, "visit the Monday after the inspection ends",
            history(good2019, visitAfter)),
        fires(Rule.NO_OVERLAPPING_ACTIVITY, "visit during the inspection",
            history(good2019, visitDuring), "overlaps the STANDARD_INSPECTION on site 2019-01-07"),
        silent(Rule.MONITORING_ONLY_WHILE_INADEQUATE, "monitoring after inadequate",
            history(inadequate2019, monitoring)),
        fires(Rule.MONITORING_ONLY_WHILE_INADEQUATE, "monitoring after requires improvement",
            history(ri2019, monitoring), "(overall REQUIRES_IMPROVEMENT), not INADEQUATE"),
        fires(Rule.MONITORING_ONLY_WHILE_INADEQUATE, "monitoring with no full inspection before",
            history(monitoring), "follows no full inspection"),
        silent(Rule.MONITORING_ONLY_WHILE_INADEQUATE,
            "monitoring after an ILACS 2026 inspection with one practice judgement inadequate",
            history(onePracticeInadequate, monitoring2026)),
        fires(Rule.MONITORING_ONLY_WHILE_INADEQUATE,
            "monitoring after an ILACS 2026 inspection on pathway 1 by leaders plus two",
            history(leadersPlusTwo, monitoring2026),
            "its grades set the pathway GOOD_OR_OUTSTANDING), not INADEQUATE"),
        silent(Rule.SHORT_ONLY_AFTER_GOOD, "short after good", history(good2019, short2022)),
        silent(Rule.SHORT_ONLY_AFTER_GOOD, "short after all-good grades without overall",
            history(goodNoOverall, short2029)),
        silent(Rule.SHORT_ONLY_AFTER_GOOD,
            "short after leaders plus two of three good, care leavers RI (pathway 1)",
            history(leadersPlusTwo, short2029)),
        fires(Rule.SHORT_ONLY_AFTER_GOOD,
            "short after leaders plus two good but one practice judgement inadequate",
            history(onePracticeInadequate, short2029),
            "its grades set the pathway INADEQUATE"),
        fires(Rule.SHORT_ONLY_AFTER_GOOD, "short after requires improvement",
            history(ri2019, short2022), "(overall REQUIRES_IMPROVEMENT)"),
        fires(Rule.SHORT_ONLY_AFTER_GOOD, "short after an inadequate grade without overall",
            history(Fixtures.full(Framework.ILACS_2026, InspectionKind.STANDARD_INSPECTION,
                LocalDate.of(2026, 4, 13), INADEQUATE), short2029),
            "(no overall grade; its grades set the pathway INADEQUATE)"));
  }

  /** An ILACS 2026 standard inspection, every area good but one. */
  private static Inspection mixed2026(JudgementArea area, Grade grade) {
    Inspection good = Fixtures.full(Framework.ILACS_2026, InspectionKind.STANDARD_INSPECTION,
        LocalDate.of(2026, 4, 13), GOOD);
    return Inspection.builder().from(without(good, area)).judgement(area, grade).build();
  }

  private static InspectionHistory history(Inspection... inspections) {
    return InspectionHistory.of(AUTHORITY, List.of(inspections));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inspectionCases")
  void inspectionRuleFiresOnlyWhereBroken(Case c) {
    ValidationReport report = Validator.only(c.rule()).validate((Inspection) c.record());
    check(c, report);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("historyCases")
  void historyRuleFiresOnlyWhereBroken(Case c) {
    ValidationReport report = Validator.only(c.rule()).validate((InspectionHistory) c.record());
    check(c, report);
  }

  private static void check(Case c, ValidationReport report) {
    if (c.fires()) {
      assertThat(report.violations()).as(c.toString()).isNotEmpty()
          .allSatisfy(v -> assertThat(v.rule()).isEqualTo(c.rule()))
          .anySatisfy(v -> assertThat(v.message()).contains(c.mentions()));
      assertThat(report.hasErrors()).isEqualTo(c.rule().severity() == Severity.ERROR);
    } else {
      assertThat(report.violations()).as(c.toString()).isEmpty();
    }
  }

  @Test
  void everyRuleHasACaseWhereItFiresAndOneWhereItStaysSilent() {
    List<Case> all = Stream.concat(inspectionCases(), historyCases()).toList();
    Set<Rule> firing = all.stream().filter(Case::fires).map(Case::rule)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    Set<Rule> silentOnes = all.stream().filter(c -> !c.fires()).map(Case::rule)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    assertThat(firing).containsExactlyInAnyOrder(Rule.values());
    assertThat(silentOnes).containsExactlyInAnyOrder(Rule.values());
  }

  @Test
  void historyCasesUseRulesOfHistoryScopeOnly() {
    assertThat(historyCases().map(Case::rule)).allMatch(r -> r.scope() == Rule.Scope.HISTORY);
    assertThat(inspectionCases().map(Case::rule))
        .allMatch(r -> r.scope() == Rule.Scope.INSPECTION);
  }
}

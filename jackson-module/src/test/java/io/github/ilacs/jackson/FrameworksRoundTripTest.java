package io.github.ilacs.jackson;

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
import io.github.ilacs.NationalFrameworkReference;
import io.github.ilacs.Theme;
import io.github.ilacs.Timescale;
import io.github.ilacs.rules.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One activity of each framework the catalogue gained: each builds, validates with no
 * violation at all, and comes back equal from JSON that the schema accepts. Summaries are ours.
 */
class FrameworksRoundTripTest {
  private static final LocalAuthority KENT = LocalAuthority.of("Kent", "886");
  /** A fictional authority for the activities no document in hand records. */
  private static final LocalAuthority FICTIONAL = LocalAuthority.of("Example Borough", "001");

  /** Kent's looked after children inspection of 15-19 July 2013: five grades, timed findings. */
  static Inspection lac2013() {
    return Inspection.builder().authority(KENT).framework(Framework.LAC_2012)
        .kind(InspectionKind.LAC_INSPECTION)
        .start(LocalDate.of(2013, 7, 15)).end(LocalDate.of(2013, 7, 19))
        .published(LocalDate.of(2013, 8, 23))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Framework.LAC_2012.parseGrade("Adequate"))
        .judgement(JudgementArea.find("Capacity to improve").orElseThrow(), Grade.GOOD)
        .judgement(JudgementArea.find("Outcomes for looked after children and young people")
            .orElseThrow(), Grade.REQUIRES_IMPROVEMENT)
        .judgement(JudgementArea.QUALITY_OF_PROVISION, Grade.REQUIRES_IMPROVEMENT)
        .judgement(JudgementArea.LEADERSHIP_AND_MANAGEMENT, Grade.REQUIRES_IMPROVEMENT)
        .addFindings(timed(Timescale.IMMEDIATELY, "Managers oversee casework more closely.",
                Theme.SUPERVISION_AND_MANAGEMENT_OVERSIGHT),
            timed(Timescale.WITHIN_THREE_MONTHS, "Care proceedings are brought more quickly.",
                Theme.PLO_AND_COURT),
            timed(Timescale.WITHIN_SIX_MONTHS, "Enough placements exist to match children well.",
                Theme.PLACEMENT_DECISIONS))
        .build();
  }

  private static Finding timed(Timescale due, String summary, Theme theme) {
    return Finding.builder().kind(FindingKind.AREA_FOR_IMPROVEMENT).summary(summary)
        .timescale(due).addThemes(theme).build();
  }

  /** A child protection inspection in the programme's first month; its areas are not known. */
  static Inspection childProtection2012() {
    return Inspection.builder().authority(FICTIONAL).framework(Framework.CP_2012)
        .kind(InspectionKind.CHILD_PROTECTION_INSPECTION)
        .start(LocalDate.of(2012, 6, 11)).end(LocalDate.of(2012, 6, 22))
        .published(LocalDate.of(2012, 7, 27))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Framework.CP_2012.parseGrade("Adequate"))
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
            "Strategy discussions include the police every time.", Theme.STRATEGY_DISCUSSIONS))
        .build();
  }

  /** A front-door joint targeted area inspection of 2022 with a deep-dive theme beside it. */
  static Inspection frontDoorJtai2022() {
    return Inspection.builder().authority(FICTIONAL).framework(Framework.JTAI_2022)
        .kind(InspectionKind.FRONT_DOOR_JTAI)
        .start(LocalDate.of(2022, 10, 3)).end(LocalDate.of(2022, 10, 7))
        .published(LocalDate.of(2022, 11, 25))
        .focus(Theme.FRONT_DOOR_AND_THRESHOLDS).deepDive(Theme.EXTRA_FAMILIAL_RISK)
        .addFindings(Finding.of(FindingKind.STRENGTH, "Partners share information at once.",
                Theme.PARTNERSHIP_WORKING),
            Finding.of(FindingKind.AREA_FOR_IMPROVEMENT,
                "Thresholds are applied the same way in every team.", Theme.FRONT_DOOR_AND_THRESHOLDS))
        .build();
  }

  /** A focused visit under the April 2026 framework, findings cross-referenced. */
  static Inspection focusedVisit2026() {
    return Inspection.builder().authority(FICTIONAL).framework(Framework.ILACS_2026)
        .kind(InspectionKind.FOCUSED_VISIT)
        .start(LocalDate.of(2026, 5, 12)).end(LocalDate.of(2026, 5, 13))
        .published(LocalDate.of(2026, 6, 16))
        .focus(Theme.CHILDREN_IN_NEED_AND_PROTECTION)
        .addFindings(Finding.builder().kind(FindingKind.AREA_FOR_IMPROVEMENT)
            .summary("Plans for children in need say what should change and by when.")
            .nationalFramework(NationalFrameworkReference.find("(outcome 3, national framework)")
                .orElseThrow())
            .addThemes(Theme.PLANNING).build())
        .build();
  }

  static Stream<Arguments> activities() {
    return Stream.of(Arguments.of("LAC 2013", lac2013()),
        Arguments.of("child protection June 2012", childProtection2012()),
        Arguments.of("front-door JTAI 2022", frontDoorJtai2022()),
        Arguments.of("focused visit May 2026", focusedVisit2026()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("activities")
  void validatesCleanAndRoundTrips(String label, Inspection activity) throws Exception {
    assertThat(Validator.defaults().validate(activity).violations()).as(label).isEmpty();
    InspectionHistory history = InspectionHistory.of(activity.authority(), List.of(activity));
    String json = Fixtures.MAPPER.writeValueAsString(history);
    assertThat(Fixtures.MAPPER.readValue(json, InspectionHistory.class)).as(label)
        .isEqualTo(history);
    assertThat(Fixtures.schemaErrors(Fixtures.MAPPER.readTree(json))).as(json).isEmpty();
  }

  @Test
  void theNewFieldsAreWrittenByName() throws Exception {
    String lac = Fixtures.MAPPER.writeValueAsString(lac2013());
    assertThat(lac).contains("\"area\":\"CAPACITY_TO_IMPROVE\"")
        .contains("\"timescale\":\"WITHIN_THREE_MONTHS\"");
    assertThat(Fixtures.MAPPER.writeValueAsString(frontDoorJtai2022()))
        .contains("\"focus\":\"FRONT_DOOR_AND_THRESHOLDS\",\"deepDive\":\"EXTRA_FAMILIAL_RISK\"");
    assertThat(Fixtures.MAPPER.writeValueAsString(focusedVisit2026()))
        .contains("\"nationalFramework\":\"outcome 3\"");
  }

  @Test
  void aStandardInspectionHoldingAnAreaForPriorityActionIsAnError() {
    Inspection.Builder standard = Inspection.builder().authority(FICTIONAL)
        .framework(Framework.ILACS_2026).kind(InspectionKind.STANDARD_INSPECTION)
        .start(LocalDate.of(2026, 6, 8)).end(LocalDate.of(2026, 6, 19))
        .published(LocalDate.of(2026, 7, 31))
        .judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD)
        .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD)
        .judgement(JudgementArea.CHILDREN_IN_CARE, Grade.GOOD)
        .judgement(JudgementArea.CARE_LEAVERS, Grade.GOOD);
    assertThat(Validator.defaults().validate(standard.build()).violations()).isEmpty();
    Inspection withPriority = standard.addFindings(Finding.of(
        FindingKind.AREA_FOR_PRIORITY_ACTION, "Children at risk are seen the same day.")).build();
    assertThat(Validator.defaults().validate(withPriority).errors())
        .extracting(v -> v.rule().code() + " " + v.path())
        .containsExactly("R501 /findings/0/kind");
  }
}

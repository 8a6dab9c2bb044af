package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact words and grouping of the history rules (R602, R603, R604). */
class HistoryRulesTest {
  private static final LocalDate JUNE_4 = LocalDate.of(2019, 6, 4);

  private static Inspection meeting(LocalDate day) {
    return Fixtures.visit(Framework.ILACS_2018, InspectionKind.ANNUAL_ENGAGEMENT_MEETING, day);
  }

  private static List<Violation> r603(List<Inspection> list) {
    return Validator.only(Rule.NO_OVERLAPPING_ACTIVITY)
        .validate(InspectionHistory.of(Fixtures.AUTHORITY, list)).violations();
  }

  @Test
  void twoOverlappingActivitiesAreNamedWithoutACount() {
    assertThat(r603(List.of(meeting(JUNE_4), meeting(JUNE_4)))).singleElement()
        .extracting(Violation::message).isEqualTo("the ANNUAL_ENGAGEMENT_MEETING on site"
            + " 2019-06-04 to 2019-06-04 overlaps the ANNUAL_ENGAGEMENT_MEETING on site"
            + " 2019-06-04 to 2019-06-04 (/inspections/0)");
  }

  @ParameterizedTest(name = "{0} meetings")
  @CsvSource(delimiter = '|', textBlock = """
      3 | /inspections/0, /inspections/1 and /inspections/2
      5 | /inspections/0, /inspections/1, /inspections/2, /inspections/3 and /inspections/4
      6 | /inspections/0, /inspections/1, /inspections/2, /inspections/3, /inspections/4 and 1 more
      """)
  void aGroupNamesUpToFiveMembers(int size, String members) {
    List<Inspection> list = new ArrayList<>();
    for (int n = 0; n < size; n++) {
      list.add(meeting(JUNE_4));
    }
    assertThat(r603(list)).singleElement().extracting(Violation::message).asString()
        .endsWith("; " + size + " activities in all are on site between 2019-06-04 and"
            + " 2019-06-04: " + members);
  }

  /** The second reaches past the first, the third overlaps only the second: one group. */
  @Test
  void aGroupExtendsToTheLatestEndOfItsMembers() {
    Inspection first = meeting(LocalDate.of(2019, 1, 7));
    Inspection long1 = Inspection.builder().from(meeting(LocalDate.of(2019, 1, 7)))
        .kind(InspectionKind.MONITORING_VISIT).end(LocalDate.of(2019, 1, 20)).build();
    Inspection third = meeting(LocalDate.of(2019, 1, 15));
    Inspection apart = meeting(LocalDate.of(2019, 1, 21));
    assertThat(r603(List.of(first, long1, third, apart))).singleElement()
        .extracting(Violation::message).asString()
        .endsWith("3 activities in all are on site between 2019-01-07 and 2019-01-20:"
            + " /inspections/0, /inspections/1 and /inspections/2");
  }

  @Test
  void anActivityListedOutOfOrderNamesTheOneBeforeIt() {
    List<Violation> found = Validator.only(Rule.CHRONOLOGICAL_ORDER).validate(
        InspectionHistory.of(Fixtures.AUTHORITY, List.of(meeting(JUNE_4),
            meeting(LocalDate.of(2020, 6, 4)), meeting(LocalDate.of(2019, 1, 8))))).violations();
    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/inspections/2/start");
      assertThat(v.message()).endsWith("(/inspections/1)");
    });
  }

  /**
   * A long inspection that began first but ended last is not the basis of a visit held while it
   * was still on site: the basis is the latest full inspection that had ended.
   */
  @Test
  void theBasisOfAVisitIsTheLatestFullInspectionEndedBeforeIt() {
    Inspection longGood = Inspection.builder().from(Fixtures.full(Framework.ILACS_2018,
            InspectionKind.STANDARD_INSPECTION, LocalDate.of(2019, 1, 7), Grade.GOOD))
        .end(LocalDate.of(2019, 3, 1)).published(LocalDate.of(2019, 4, 1)).build();
    Inspection shortInadequate = Fixtures.full(Framework.ILACS_2018,
        InspectionKind.STANDARD_INSPECTION, LocalDate.of(2019, 1, 14), Grade.INADEQUATE);
    Inspection monitoring = Fixtures.visit(Framework.ILACS_2018,
        InspectionKind.MONITORING_VISIT, LocalDate.of(2019, 2, 4));
    assertThat(Validator.only(Rule.MONITORING_ONLY_WHILE_INADEQUATE).validate(
        InspectionHistory.of(Fixtures.AUTHORITY, List.of(longGood, shortInadequate,
            monitoring))).hasNoViolations()).isTrue();
  }

  @Test
  void aFullInspectionWithoutGradesSetsNoPathwayForTheVisitsAfterIt() {
    Inspection ungraded = Inspection.builder().from(Fixtures.full(Framework.ILACS_2018,
        InspectionKind.STANDARD_INSPECTION, LocalDate.of(2019, 1, 7), Grade.GOOD))
        .judgements(List.of()).build();
    Inspection monitoring = Fixtures.visit(Framework.ILACS_2018,
        InspectionKind.MONITORING_VISIT, LocalDate.of(2019, 6, 4));
    assertThat(Validator.only(Rule.MONITORING_ONLY_WHILE_INADEQUATE).validate(
        InspectionHistory.of(Fixtures.AUTHORITY, List.of(ungraded, monitoring))).hasNoViolations())
        .isTrue();
  }

  @Test
  void aReportCountsWhatItLeftOutInItsEqualityAndText() {
    List<Inspection> many = new ArrayList<>();
    for (int n = 0; n < 150; n++) {
      many.add(Inspection.builder().from(meeting(JUNE_4))
          .authority(io.github.ilacs.LocalAuthority.of("Elsewhere", "999")).build());
    }
    ValidationReport capped = Validator.only(Rule.ONE_AUTHORITY)
        .validate(InspectionHistory.of(Fixtures.AUTHORITY, many));
    assertThat(capped.omitted()).containsExactly(java.util.Map.entry(Rule.ONE_AUTHORITY, 50));
    ValidationReport listedOnly = ValidationReport.of(capped.violations());
    assertThat(listedOnly.omitted()).isEmpty();
    assertThat(capped).isNotEqualTo(listedOnly).isEqualTo(Validator.only(Rule.ONE_AUTHORITY)
        .validate(InspectionHistory.of(Fixtures.AUTHORITY, many)));
    assertThat(capped.hashCode()).isNotEqualTo(listedOnly.hashCode())
        .isEqualTo(listedOnly.violations().hashCode() * 31 + capped.omitted().hashCode());
    assertThat(ValidationReport.empty().omitted()).isEmpty();
  }
}

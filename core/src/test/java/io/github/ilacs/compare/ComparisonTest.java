package io.github.ilacs.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ilacs.AreaChain;
import io.github.ilacs.AreaTrend;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.directory.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {
  private static final AuthorityDirectory DIRECTORY = AuthorityDirectory.builtIn();
  private static final AuthorityEntry NOTTS = DIRECTORY.byCode("891").orElseThrow();

  /**
   * A graded inspection of the framework's own kind, on site for twelve days. The grades are
   * initials (O, G, R, I; "-" for none) in the order of the framework's graded areas.
   */
  private static Inspection graded(String code, Framework framework, String start,
      String published, String grades) {
    InspectionKind kind = framework.kinds().stream().filter(InspectionKind::isGraded)
        .findFirst().orElseThrow();
    LocalDate first = LocalDate.parse(start);
    Inspection.Builder b = Inspection.builder()
        .authority(DIRECTORY.byCode(code).orElseThrow().toLocalAuthority())
        .framework(framework).kind(kind).start(first).end(first.plusDays(11))
        .published(LocalDate.parse(published));
    String[] initials = grades.split("");
    for (int i = 0; i < initials.length; i++) {
      JudgementArea area = framework.gradedAreas().get(i);
      String initial = initials[i];
      Arrays.stream(Grade.values()).filter(g -> g.name().startsWith(initial)).findFirst()
          .ifPresent(g -> b.judgement(area, g));
    }
    return b.build();
  }

  private static final Inspection NOTTS_2015 = graded("891", Framework.SIF_2013, "2015-05-11",
      "2015-07-20", "GGGGRG");
  private static final Inspection NOTTS_2019 = graded("891", Framework.ILACS_2018, "2019-10-07",
      "2019-12-19", "GGRG");
  private static final Inspection NOTTS_2024 = graded("891", Framework.ILACS_2023, "2024-05-20",
      "2024-07-12", "GOGGG");
  private static final Inspection NOTTS_2026 = graded("891", Framework.ILACS_2026, "2026-05-11",
      "2026-07-01", "GGGG");
  private static final Inspection KENT_2022 = graded("886", Framework.ILACS_2018, "2022-05-09",
      "2022-07-05", "OOGO");

  /** Nottinghamshire, three neighbours (Derbyshire also in its region) and Cumberland. */
  private static List<InspectionHistory> histories(Inspection... more) {
    List<Inspection> notts = new ArrayList<>(List.of(NOTTS_2015, NOTTS_2019, NOTTS_2024));
    notts.addAll(List.of(more));
    return List.of(
        InspectionHistory.of(NOTTS.toLocalAuthority(), notts),
        InspectionHistory.of(KENT_2022.authority(), List.of(KENT_2022)),
        history(graded("830", Framework.ILACS_2023, "2023-11-06", "2024-01-12", "GGGGG")),
        history(graded("935", Framework.ILACS_2023, "2024-06-03", "2024-08-21", "RRRGR")),
        history(graded("942", Framework.ILACS_2026, "2026-06-01", "2026-07-20", "RRRR")));
  }

  private static InspectionHistory history(Inspection i) {
    return InspectionHistory.of(i.authority(), List.of(i));
  }

  private static Comparison compare(String asOf, Inspection... more) {
    return Comparison.of(NOTTS, histories(more), LocalDate.parse(asOf));
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
      "2011-01-01, SLAC_2009, SAFEGUARDING_SERVICES LOOKED_AFTER_CHILDREN_SERVICES",
      "2013-08-01, LAC_2012, LOOKED_AFTER_CHILDREN_SERVICES",
      "2016-01-01, SIF_2013, OVERALL_EFFECTIVENESS HELP_AND_PROTECTION CHILDREN_LOOKED_AFTER"
          + " ADOPTION_PERFORMANCE SIF_CARE_LEAVERS LEADERSHIP_MANAGEMENT_GOVERNANCE",
      "2018-03-01, ILACS_2018, OVERALL_EFFECTIVENESS IMPACT_OF_LEADERS HELP_AND_PROTECTION"
          + " CHILDREN_IN_CARE_AND_CARE_LEAVERS",
      "2024-12-31, ILACS_2023, OVERALL_EFFECTIVENESS IMPACT_OF_LEADERS HELP_AND_PROTECTION"
          + " CHILDREN_IN_CARE CARE_LEAVERS",
      "2026-03-31, ILACS_2023, OVERALL_EFFECTIVENESS IMPACT_OF_LEADERS HELP_AND_PROTECTION"
          + " CHILDREN_IN_CARE CARE_LEAVERS",
      // overall effectiveness is still compared, to say honestly that it is no longer graded
      "2026-04-01, ILACS_2026, OVERALL_EFFECTIVENESS IMPACT_OF_LEADERS HELP_AND_PROTECTION"
          + " CHILDREN_IN_CARE CARE_LEAVERS"})
  void theAreasComparedAreThoseOfTheFrameworkInForce(LocalDate asOf, Framework framework,
      String areas) {
    Comparison c = Comparison.of(NOTTS, List.of(), asOf);
    assertThat(c.framework()).isEqualTo(framework);
    assertThat(c.areas()).extracting(Enum::name).containsExactly(areas.split(" "));
  }

  @ParameterizedTest(name = "{0} as of {1}: {2} {3}")
  @CsvSource(nullValues = "none", value = {
      // a report counts from its publication date
      "891, 2024-07-11, CARE_LEAVERS, NOT_GRADED, none, none, 2019-10-07",
      "891, 2024-07-12, CARE_LEAVERS, GRADED, GOOD, CARE_LEAVERS, 2024-05-20",
      "891, 2016-01-01, SIF_CARE_LEAVERS, GRADED, REQUIRES_IMPROVEMENT, SIF_CARE_LEAVERS,"
          + " 2015-05-11",
      "891, 2019-12-18, CHILDREN_IN_CARE_AND_CARE_LEAVERS, GRADED, GOOD, CHILDREN_LOOKED_AFTER,"
          + " 2015-05-11",
      "891, 2024-07-11, CHILDREN_IN_CARE, GRADED, GOOD, CHILDREN_IN_CARE_AND_CARE_LEAVERS,"
          + " 2019-10-07",
      "891, 2024-07-11, IMPACT_OF_LEADERS, GRADED, GOOD, IMPACT_OF_LEADERS, 2019-10-07",
      "891, 2024-07-12, IMPACT_OF_LEADERS, GRADED, OUTSTANDING, IMPACT_OF_LEADERS, 2024-05-20",
      "886, 2024-12-31, CARE_LEAVERS, NOT_GRADED, none, none, 2022-05-09",
      "886, 2024-12-31, CHILDREN_IN_CARE, GRADED, OUTSTANDING, CHILDREN_IN_CARE_AND_CARE_LEAVERS,"
          + " 2022-05-09",
      "933, 2024-12-31, OVERALL_EFFECTIVENESS, NOT_INSPECTED, none, none, none",
      // from April 2026 an inspection gives no overall grade; an older one still stands
      "891, 2026-12-01, OVERALL_EFFECTIVENESS, NO_LONGER_GRADED, none, none, 2026-05-11",
      "891, 2026-12-01, CARE_LEAVERS, GRADED, GOOD, CARE_LEAVERS, 2026-05-11",
      "830, 2026-12-01, OVERALL_EFFECTIVENESS, GRADED, GOOD, OVERALL_EFFECTIVENESS, 2023-11-06",
      "942, 2026-12-01, OVERALL_EFFECTIVENESS, NO_LONGER_GRADED, none, none, 2026-06-01",
      "942, 2026-07-19, OVERALL_EFFECTIVENESS, NOT_INSPECTED, none, none, none"})
  void eachAuthorityHoldsItsLatestGradeOrSaysWhyNot(String code, LocalDate asOf,
      JudgementArea area, LatestGrade.Status status, Grade grade, JudgementArea gradedAs,
      LocalDate inspectionStart) {
    AuthorityEntry entry = DIRECTORY.byCode(code).orElseThrow();
    Comparison c = Comparison.of(entry, histories(NOTTS_2026), asOf);
    LatestGrade latest = c.authority().grade(area).orElseThrow();
    assertThat(latest.status()).isEqualTo(status);
    assertThat(latest.grade()).isEqualTo(Optional.ofNullable(grade));
    assertThat(latest.point().map(p -> p.area())).isEqualTo(Optional.ofNullable(gradedAs));
    assertThat(latest.inspection().map(Inspection::start))
        .isEqualTo(Optional.ofNullable(inspectionStart));
  }

  @Test
  void neighboursComeClosestFirstWithTheirGrades() {
    Comparison c = compare("2024-12-31");
    assertThat(c.region()).isEqualTo(Region.EAST_MIDLANDS);
    assertThat(c.neighbours()).extracting(s -> s.authority().code())
        .containsExactly("830", "935", "933", "886", "926", "937", "855", "802", "860", "888");
    assertThat(c.neighbours().get(1).grade(JudgementArea.OVERALL_EFFECTIVENESS)
        .flatMap(LatestGrade::grade)).contains(Grade.REQUIRES_IMPROVEMENT);
    assertThat(c.neighbours().get(1).latestInspection().map(Inspection::start))
        .contains(LocalDate.of(2024, 6, 3));
    assertThat(c.neighbours().get(2).latestInspection()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
      // O, G, R, I, not graded; then ahead, level, behind, not graded (the authority left out)
      "OVERALL_EFFECTIVENESS, NEIGHBOURS, 1 1 1 0 7, 1 1 1 7",
      "OVERALL_EFFECTIVENESS, REGION, 0 2 0 0 8, 0 1 0 8",
      "OVERALL_EFFECTIVENESS, ENGLAND, 1 2 1 0 149, 1 1 1 149",
      "IMPACT_OF_LEADERS, NEIGHBOURS, 1 1 1 0 7, 0 1 2 7",
      "IMPACT_OF_LEADERS, ENGLAND, 2 1 1 0 149, 0 1 2 149",
      "CARE_LEAVERS, NEIGHBOURS, 0 1 1 0 8, 0 1 1 8",
      "CARE_LEAVERS, REGION, 0 2 0 0 8, 0 1 0 8"})
  void distributionsCountEveryAuthorityAndPositionsLeaveTheAuthorityOut(JudgementArea area,
      Group group, String counts, String position) {
    Comparison c = compare("2024-12-31");
    Distribution d = c.distribution(area, group);
    int[] n = Arrays.stream(counts.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertThat(new int[] {d.count(Grade.OUTSTANDING), d.count(Grade.GOOD),
        d.count(Grade.REQUIRES_IMPROVEMENT), d.count(Grade.INADEQUATE), d.notGraded()})
        .containsExactly(n);
    int[] p = Arrays.stream(position.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertThat(c.position(area, group)).contains(new Position(p[0], p[1], p[2], p[3]));
  }

  @Test
  void englandAndTheRegionCountTheAuthoritiesThatExistedOnTheDate() {
    Comparison c = compare("2024-12-31");
    assertThat(c.distribution(JudgementArea.OVERALL_EFFECTIVENESS, Group.ENGLAND).total())
        .isEqualTo(153);
    assertThat(c.distribution(JudgementArea.OVERALL_EFFECTIVENESS, Group.REGION).total())
        .isEqualTo(10);
    // Northamptonshire, abolished in April 2021, was an East Midlands authority in 2020
    assertThat(compare("2020-12-31")
        .distribution(JudgementArea.OVERALL_EFFECTIVENESS, Group.REGION).total()).isEqualTo(9);
  }

  @Test
  void anAuthorityWithoutAGradeHasNoPosition() {
    Comparison c = compare("2026-12-01", NOTTS_2026);
    assertThat(c.position(JudgementArea.OVERALL_EFFECTIVENESS, Group.ENGLAND)).isEmpty();
    assertThat(c.position(JudgementArea.CARE_LEAVERS, Group.ENGLAND)).isPresent();
  }

  @Test
  void badRequestsAreRefusedNamingTheValue() {
    AuthorityEntry cumbria = DIRECTORY.byCode("909").orElseThrow();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Comparison.of(cumbria, List.of(), LocalDate.of(2024, 12, 31)))
        .withMessage("authority: 909 (Cumbria) did not exist on 2024-12-31 (abolished"
            + " 2023-04-01)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Comparison.of(NOTTS, List.of(), LocalDate.of(2009, 3, 31)))
        .withMessage("asOf: no framework graded inspections on 2009-03-31 (the first began on"
            + " 2009-04-01)");
    InspectionHistory twice = InspectionHistory.of(NOTTS.toLocalAuthority(), List.of());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Comparison.of(NOTTS, List.of(twice, twice), LocalDate.of(2024, 1, 1)))
        .withMessageContaining("two histories for the authority with code 891");
    Comparison c = compare("2024-12-31");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> c.distribution(JudgementArea.ADOPTION_PERFORMANCE, Group.REGION))
        .withMessageStartingWith("area: ADOPTION_PERFORMANCE is not compared as of 2024-12-31");
  }

  /** Standings, grades and distributions are values: equal when built from equal data. */
  @Test
  void comparisonsOfTheSameDataGiveEqualValues() {
    Comparison a = compare("2024-12-31");
    Comparison b = compare("2024-12-31");
    Comparison before = compare("2019-12-31");
    assertThat(a.authority()).isEqualTo(b.authority()).hasSameHashCodeAs(b.authority())
        .isNotEqualTo(before.authority()).isNotEqualTo(a.neighbours().get(0));
    assertThat(a.authority().hashCode()).isNotEqualTo(before.authority().hashCode());
    assertThat(a.authority().toString()).isEqualTo(b.authority().toString())
        .startsWith("891 Nottinghamshire [");
    assertThat(a).hasToString("Comparison[891 as of 2024-12-31]");
    for (JudgementArea area : a.areas()) {
      LatestGrade grade = a.authority().grade(area).orElseThrow();
      assertThat(grade).isEqualTo(b.authority().grade(area).orElseThrow())
          .hasSameHashCodeAs(b.authority().grade(area).orElseThrow());
      assertThat(grade.toString()).startsWith(area + ": ");
      for (Group group : Group.values()) {
        Distribution d = a.distribution(area, group);
        assertThat(d).isEqualTo(b.distribution(area, group))
            .hasSameHashCodeAs(b.distribution(area, group));
        assertThat(d.toString()).isEqualTo(b.distribution(area, group).toString())
            .endsWith("not graded " + d.notGraded());
      }
    }
    JudgementArea first = a.areas().get(0);
    assertThat(a.authority().grade(first)).isNotEqualTo(a.neighbours().get(2).grade(first));
    assertThat(a.distribution(first, Group.NEIGHBOURS))
        .isNotEqualTo(a.distribution(first, Group.ENGLAND));
  }

  @Test
  void areaTrendsAndChainsAreValues() {
    InspectionHistory notts = histories().get(0);
    AreaTrend trend = notts.areaTrend(JudgementArea.HELP_AND_PROTECTION);
    AreaTrend again = histories().get(0).areaTrend(JudgementArea.HELP_AND_PROTECTION);
    AreaTrend other = notts.areaTrend(JudgementArea.OVERALL_EFFECTIVENESS);
    assertThat(trend).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(other);
    assertThat(trend.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(trend.toString()).isEqualTo(again.toString()).startsWith("AreaTrend[");
    assertThat(trend.chain()).isEqualTo(AreaChain.of(JudgementArea.HELP_AND_PROTECTION))
        .hasSameHashCodeAs(AreaChain.of(JudgementArea.HELP_AND_PROTECTION))
        .isNotEqualTo(other.chain());
    assertThat(trend.chain().toString()).contains("HELP_AND_PROTECTION");
  }
}

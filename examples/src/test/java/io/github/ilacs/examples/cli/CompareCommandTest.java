package io.github.ilacs.examples.cli;

import static io.github.ilacs.examples.cli.IlacsCommandTest.assertOneLineError;
import static io.github.ilacs.examples.cli.IlacsCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Grade;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.compare.Distribution;
import io.github.ilacs.compare.Group;
import io.github.ilacs.compare.LatestGrade;
import io.github.ilacs.compare.Position;
import io.github.ilacs.compare.Standing;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.examples.cli.IlacsCommandTest.Run;
import io.github.ilacs.seeds.NationalOutcomes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nottinghamshire beside its statistical neighbours, the East Midlands and England at the end of
 * 2024, from the national outcomes to 2024. The expected figures were counted by hand from the
 * outcomes table (latest report published by 31 December 2024 for each authority) and checked
 * against its rows.
 */
class CompareCommandTest {
  private static final AuthorityEntry NOTTS =
      AuthorityDirectory.builtIn().byCode("891").orElseThrow();
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final Comparison AT_END_2024 =
      Comparison.of(NOTTS, NationalOutcomes.histories(), END_2024);
  private static final List<JudgementArea> AREAS = List.of(JudgementArea.OVERALL_EFFECTIVENESS,
      JudgementArea.IMPACT_OF_LEADERS, JudgementArea.HELP_AND_PROTECTION,
      JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS);

  @TempDir
  static Path dir;
  static Path outcomes;

  @BeforeAll
  static void files() throws IOException {
    outcomes = dir.resolve("outcomes.csv");
    try (InputStream in = NationalOutcomes.class.getResourceAsStream(NationalOutcomes.RESOURCE)) {
      Files.copy(in, outcomes);
    }
  }

  /** Grades as initials (O, G, R, I) in the order of {@link #AREAS}; "-" for none. */
  private static String initials(Standing s) {
    StringBuilder b = new StringBuilder();
    for (JudgementArea a : AREAS) {
      b.append(s.grade(a).flatMap(LatestGrade::grade).map(g -> g.name().substring(0, 1))
          .orElse("-"));
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
      "891, Nottinghamshire, GOGGG, 2024-07-12",
      "830, Derbyshire, GGGGG, 2024-01-12",
      "935, Suffolk, RRRGR, 2024-08-21",
      "933, Somerset, GGGG-, 2022-09-21",
      "886, Kent, OOGO-, 2022-07-05",
      "926, Norfolk, GGGG-, 2023-01-13",
      "937, Warwickshire, GGGG-, 2022-02-01",
      "855, Leicestershire, OOGOO, 2024-07-12",
      "802, North Somerset, RRRRG, 2023-05-11",
      "860, Staffordshire, RRRGR, 2024-01-12",
      "888, Lancashire, GGGG-, 2023-01-26"})
  void nottinghamshireAndItsTenNeighboursHoldTheirLatestGrades(String code, String name,
      String grades, LocalDate published) {
    List<Standing> rows = new java.util.ArrayList<>(List.of(AT_END_2024.authority()));
    rows.addAll(AT_END_2024.neighbours());
    Standing s = rows.stream().filter(r -> r.authority().code().equals(code)).findFirst()
        .orElseThrow();
    assertThat(s.authority().name()).isEqualTo(name);
    assertThat(initials(s)).isEqualTo(grades);
    assertThat(s.latestInspection().flatMap(i -> i.published())).contains(published);
  }

  @Test
  void theNeighboursComeClosestFirst() {
    assertThat(AT_END_2024.neighbours()).extracting(s -> s.authority().code())
        .containsExactly("830", "935", "933", "886", "926", "937", "855", "802", "860", "888");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      // outstanding good requires-improvement inadequate not-graded | ahead level behind
      "NEIGHBOURS, OVERALL_EFFECTIVENESS, 2 5 3 0 0, 2 5 3",
      "NEIGHBOURS, IMPACT_OF_LEADERS, 2 5 3 0 0, 0 2 8",
      "NEIGHBOURS, HELP_AND_PROTECTION, 0 7 3 0 0, 0 7 3",
      "NEIGHBOURS, CHILDREN_IN_CARE, 2 7 1 0 0, 2 7 1",
      "NEIGHBOURS, CARE_LEAVERS, 1 2 2 0 5, 1 2 2",
      "REGION, OVERALL_EFFECTIVENESS, 3 4 2 1 0, 3 3 3",
      "REGION, IMPACT_OF_LEADERS, 4 3 3 0 0, 0 3 6",
      "REGION, HELP_AND_PROTECTION, 2 5 2 1 0, 2 4 3",
      "REGION, CHILDREN_IN_CARE, 2 5 3 0 0, 2 4 3",
      "REGION, CARE_LEAVERS, 1 4 0 0 5, 1 3 0",
      "ENGLAND, OVERALL_EFFECTIVENESS, 32 68 35 18 0, 32 67 53",
      "ENGLAND, IMPACT_OF_LEADERS, 43 59 34 17 0, 0 42 110",
      "ENGLAND, HELP_AND_PROTECTION, 17 72 50 14 0, 17 71 64",
      "ENGLAND, CHILDREN_IN_CARE, 33 74 35 11 0, 33 73 46",
      "ENGLAND, CARE_LEAVERS, 18 38 21 4 72, 18 37 25"})
  void theDistributionsAndPositionsAreThoseCountedByHand(Group group, JudgementArea area,
      String counts, String position) {
    int[] n = Arrays.stream(counts.split(" ")).mapToInt(Integer::parseInt).toArray();
    int[] p = Arrays.stream(position.split(" ")).mapToInt(Integer::parseInt).toArray();
    Distribution d = AT_END_2024.distribution(area, group);
    assertThat(new int[] {d.count(Grade.OUTSTANDING), d.count(Grade.GOOD),
        d.count(Grade.REQUIRES_IMPROVEMENT), d.count(Grade.INADEQUATE), d.notGraded()})
        .containsExactly(n);
    assertThat(AT_END_2024.position(area, group))
        .contains(new Position(p[0], p[1], p[2], n[4]));
  }

  @Test
  void aReportPublishedAfterTheDateDoesNotCount() {
    // Leicester's inspection of September 2024 was published on 29 January 2025
    AuthorityEntry leicester = AuthorityDirectory.builtIn().byCode("856").orElseThrow();
    assertThat(Comparison.of(leicester, NationalOutcomes.histories(), END_2024).authority()
        .grade(JudgementArea.OVERALL_EFFECTIVENESS).flatMap(LatestGrade::grade))
        .contains(Grade.GOOD);
    assertThat(Comparison.of(leicester, NationalOutcomes.histories(), LocalDate.of(2025, 1, 29))
        .authority().grade(JudgementArea.OVERALL_EFFECTIVENESS).flatMap(LatestGrade::grade))
        .contains(Grade.REQUIRES_IMPROVEMENT);
  }

  @Test
  void theCommandPrintsTheTableWithNamesCodesGradesAndDistributions() {
    Run run = run("compare", "891", "--as-of", "2024-12-31");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).contains(
        "Nottinghamshire (891), East Midlands, beside its statistical neighbours, as of"
            + " 2024-12-31",
        "891   Nottinghamshire                      2024-07-12  good              outstanding"
            + "       good              good              good",
        "886   Kent                                 2022-07-05  outstanding       outstanding"
            + "       good              outstanding*      not graded",
        "East Midlands (10 authorities)                         overall           leaders"
            + "           help & protection children in care  care leavers",
        "  inadequate                                           1                 0"
            + "                 1                 0                 0",
        "England (153 authorities)                              overall           leaders"
            + "           help & protection children in care  care leavers",
        "  Nottinghamshire ahead/level/behind                   32/67/53          0/42/110"
            + "          17/71/64          33/73/46          18/37/25");
    for (Standing s : AT_END_2024.neighbours()) {
      assertThat(run.out()).contains(s.authority().code() + "   " + s.authority().name());
    }
  }

  @Test
  void theBuiltInDataWithTheSeedsGiveTheSameTableAsTheOutcomesTable() {
    // the seeds hold Nottinghamshire's 2024 short inspection with the grades of its outcomes row
    Run csv = run("compare", "891", "--as-of", "2024-12-31", "--csv", outcomes.toString());
    Run builtIn = run("compare", "Nottinghamshire County Council", "--as-of", "2024-12-31");
    assertThat(csv.status()).isZero();
    assertThat(builtIn.status()).isZero();
    assertThat(builtIn.out()).isEqualTo(csv.out());
    // before the 2024 report was published, the seeds' 2019 inspection is the latest
    Run july = run("compare", "891", "--as-of", "2024-07-11");
    assertThat(july.outLines()).contains("891   Nottinghamshire                      2019-12-19"
        + "  good              good              requires impr.    good*             not graded");
  }

  @Test
  void anUnknownOrVanishedAuthorityIsOneLineOfError() {
    assertOneLineError(run("compare", "999", "--as-of", "2024-12-31"),
        "authority '999': no authority has this DfE code");
    assertOneLineError(run("compare", "Atlantis", "--as-of", "2024-12-31"),
        "authority 'Atlantis': no authority has this name, or none that existed on 2024-12-31");
    assertOneLineError(run("compare", "Cumbria", "--as-of", "2024-12-31"),
        "authority: 909 (Cumbria) did not exist on 2024-12-31 (abolished 2023-04-01)");
    assertOneLineError(run("compare", "909", "--as-of", "2024-12-31"),
        "authority: 909 (Cumbria) did not exist on 2024-12-31 (abolished 2023-04-01)");
    assertOneLineError(run("compare", "891", "--as-of", "2009-01-01"),
        "asOf: no framework graded inspections on 2009-01-01");
  }
}

package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.directory.AuthorityDirectory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One real row of the national table, changed in one way per case, read alone: rejected with
 * the column, value and reason, or accepted with the authority the directory gives.
 */
class RowMapperTest {
  private static final List<String> ILACS = Fixtures.realRow("barnsley", "2018-10-08");
  private static final List<String> SIF = Fixtures.realRow("barnsley", "2014-06-02");
  private static final List<String> LAC = Fixtures.realRow("kent", "2013-07-15");

  /** A changed row that is rejected: base, changes, column, reason (a fragment of it). */
  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of(ILACS, List.of("inspection_end=2018-10-01"), "inspection_end", "[IV02]"),
        Arguments.of(ILACS, List.of("published=2018-10-10"), "published", "[IV03]"),
        Arguments.of(ILACS, List.of("inspection_start=2018-06-31"), "inspection_start",
            "is not a calendar date"),
        Arguments.of(ILACS, List.of("inspection_end=19 Oct 2018"), "inspection_end",
            "is not a date; expected yyyy-mm-dd, dd/mm/yyyy or dd/mm/yy"),
        Arguments.of(ILACS, List.of("overall=excellent"), "overall",
            "is not a grade of ILACS_2018; expected one of Outstanding, Good"),
        Arguments.of(ILACS, List.of("framework=OFSTED"), "framework", "is not a framework"),
        Arguments.of(ILACS, List.of("kind="), "kind",
            "expected short, standard or longer than standard"),
        Arguments.of(ILACS, List.of("kind=long"), "kind", "is not an ILACS inspection kind"),
        Arguments.of(ILACS, List.of("adoption=good"), "adoption",
            "ILACS_2018 makes no judgement for this column"),
        Arguments.of(ILACS, List.of("care_leavers=good"), "care_leavers",
            "ILACS_2018 makes no judgement for this column"),
        Arguments.of(SIF, List.of("kind=standard"), "kind",
            "SIF inspections have no kind; expected it to be empty"),
        Arguments.of(LAC, List.of("kind=short"), "kind",
            "LAC_2012 inspections have no kind; expected it to be empty"),
        Arguments.of(LAC, List.of("leaders=good"), "leaders",
            "LAC_2012 makes no judgement for this column"),
        Arguments.of(SIF, List.of("inspection_start=2011-03-01"), "inspection_start",
            "no SIF framework with SIF_INSPECTION was in force on 2011-03-01"),
        Arguments.of(ILACS, List.of("la_code=12"), "la_code",
            "[IV06] is not valid (a DfE local authority code is exactly three digits)"),
        Arguments.of(ILACS, List.of("la_urn=80a30"), "la_urn", "[IV07]"),
        Arguments.of(ILACS, List.of("la_code=999"), "la_code",
            "is not the DfE code of any local authority in the directory"),
        Arguments.of(ILACS, List.of("la_code=", "la_urn=99999999"), "la_urn",
            "is not the URN of any local authority in the directory"),
        Arguments.of(ILACS, List.of("local_authority=kent"), "local_authority",
            "names Kent (886) but la_code 370 is Barnsley (370); a row names one authority"),
        Arguments.of(ILACS, List.of("local_authority=kent", "la_code="), "local_authority",
            "names Kent (886) but la_urn 80426 is Barnsley (370)"),
        Arguments.of(ILACS, List.of("la_urn=80534"), "la_urn",
            "is the URN of Nottinghamshire (891) but la_code 370 is Barnsley (370)"),
        Arguments.of(ILACS, List.of("la_urn=99999"), "la_urn",
            "is not the URN of Barnsley (370) (la_code 370), which is 80426"),
        Arguments.of(ILACS, List.of("local_authority=dorset", "la_code=838", "la_urn="),
            "local_authority", "names Dorset (835) on 2018-10-08 but la_code 838 is Dorset (838)"),
        Arguments.of(ILACS, List.of("local_authority=Somewhere Else", "la_code=", "la_urn="),
            "local_authority", "is not a name of any local authority in the directory"),
        Arguments.of(ILACS, List.of("local_authority=", "la_code=", "la_urn="),
            "local_authority", "is empty, and so are the DfE code and URN"));
  }

  private static OutcomesImport readOne(List<String> base, List<String> changes)
      throws IOException {
    String csv = String.join(",", Fixtures.nationalHeader()) + "\n"
        + Fixtures.changed(base, changes.toArray(String[]::new));
    return OutcomesCsv.read(new StringReader(csv), "one row");
  }

  @ParameterizedTest(name = "{1}: {2} {3}")
  @MethodSource("rejections")
  void aBrokenRowIsRejectedWithItsColumnValueAndReason(List<String> base, List<String> changes,
      String column, String reason) throws IOException {
    OutcomesImport result = readOne(base, changes);
    String value = changes.stream().filter(c -> c.startsWith(column + "=")).findFirst()
        .map(c -> c.substring(column.length() + 1))
        .orElse(base.get(Fixtures.nationalHeader().indexOf(column)));
    assertThat(result.rows()).isEqualTo(1);
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(2);
      assertThat(r.column()).isEqualTo(column);
      assertThat(r.value()).isEqualTo(value);
      assertThat(r.reason()).contains(reason);
    });
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rejections")
  void aCodeOfAnInvariantIsPrintedOnceAtTheStart(List<String> base, List<String> changes,
      String column, String reason) throws IOException {
    if (reason.startsWith("[IV")) {
      String code = reason.substring(0, 6);
      assertThat(readOne(base, changes).rejected().get(0).reason()).startsWith(code)
          .containsOnlyOnce(code);
    }
  }

  /** A changed row that is accepted: base, changes, the DfE code imported, the warning. */
  static Stream<Arguments> acceptances() {
    return Stream.of(
        Arguments.of(ILACS, List.of(), "370", ""),
        Arguments.of(ILACS, List.of("local_authority=", "la_code="), "370", ""),
        Arguments.of(ILACS, List.of("la_urn=", "la_code="), "370", ""),
        Arguments.of(ILACS, List.of("local_authority=", "la_urn="), "370", ""),
        Arguments.of(ILACS, List.of("local_authority=BARNSLEY Metropolitan Borough Council"),
            "370", ""),
        Arguments.of(ILACS, List.of("local_authority=dorset", "la_code=", "la_urn="), "835",
            ""),
        Arguments.of(ILACS, List.of("local_authority=dorset", "la_code=", "la_urn=",
            "inspection_start=2019-10-07", "inspection_end=2019-10-18",
            "published=2019-12-19"), "838", ""),
        Arguments.of(ILACS, List.of("local_authority=dorset", "la_code=835", "la_urn="), "835",
            ""),
        Arguments.of(ILACS, List.of("local_authority=Barnsleigh"), "370",
            "line 2, local_authority 'Barnsleigh': is not a spelling the directory knows;"
                + " imported as la_code 370 is Barnsley (370)"),
        Arguments.of(ILACS, List.of("local_authority=Barnsleigh", "la_code="), "370",
            "imported as la_urn 80426 is Barnsley (370)"),
        Arguments.of(ILACS, List.of("local_authority=bournemouth", "la_code=837",
            "la_urn=80999"), "837",
            "la_urn '80999': the directory gives no URN for Bournemouth (837)"),
        Arguments.of(SIF, List.of(), "370", ""),
        Arguments.of(LAC, List.of(), "886", ""));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("acceptances")
  void aRowNamingOneAuthorityImportsItAsTheDirectoryHasIt(List<String> base,
      List<String> changes, String code, String warning) throws IOException {
    OutcomesImport result = readOne(base, changes);
    assertThat(result.rejected()).isEmpty();
    Inspection inspection = result.history(code).orElseThrow().inspections().get(0);
    assertThat(inspection.authority())
        .isEqualTo(AuthorityDirectory.builtIn().byCode(code).orElseThrow().toLocalAuthority());
    if (warning.isEmpty()) {
      assertThat(result.warnings()).isEmpty();
    } else {
      assertThat(result.warnings()).singleElement()
          .satisfies(w -> assertThat(w.toString()).contains(warning));
    }
  }

  @Test
  void aTableOfRealAndBrokenRowsKeepsExactlyTheGoodOnes() throws IOException {
    List<String> lines = Fixtures.nationalLines();
    List<Arguments> cases = rejections().toList();
    StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Object[] c = cases.get(i).get();
      csv.append(lines.get(1 + i)).append('\n');
      @SuppressWarnings("unchecked")
      List<String> base = (List<String>) c[0];
      @SuppressWarnings("unchecked")
      List<String> changes = (List<String>) c[1];
      csv.append(Fixtures.changed(base, changes.toArray(String[]::new)));
      expected.add((3 + 2 * i) + " " + c[2]);
    }
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv.toString()), "broken");
    assertThat(result.rejected()).extracting(r -> r.line() + " " + r.column())
        .containsExactlyElementsOf(expected);
    assertThat(result.rows()).isEqualTo(2 * cases.size());
    assertThat(result.accepted()).isEqualTo(cases.size());
    assertThat(result.histories().stream().mapToInt(h -> h.inspections().size()).sum())
        .isEqualTo(cases.size());
    String good = IntStream.range(0, cases.size()).mapToObj(i -> lines.get(1 + i).split(",")[2])
        .distinct().sorted().collect(Collectors.joining(","));
    assertThat(result.histories().stream().map(h -> h.authority().code()).sorted()
        .collect(Collectors.joining(","))).isEqualTo(good);
  }
}

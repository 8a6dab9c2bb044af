package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layout detection: headers that resemble a layout, and data rows that resemble a header. */
class LayoutsTest {
  private static final String OUTCOMES = String.join(",", Fixtures.nationalHeader());
  private static final String SCRAPE = "urn,local_authority,inspection_link,pdf_filename,"
      + "publication_date,inspection_framework,inspector_name,inspection_start_date,"
      + "inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,"
      + "help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version";
  private static final String ROW = Fixtures.changed(
      Fixtures.realRow("barnsley", "2018-10-08"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the header repeated (two tables joined)|" + "OUTCOMES|repeats the header",
      "the header repeated in other spelling|Local Authority,LA URN,LA-Code,Region Code,"
          + "Framework,Kind,Inspection Start,Inspection End,Published,Overall,Leaders,"
          + "Help Protection,Children in Care,Care Leavers,Adoption,Report URL"
          + "|repeats the header",
      "the scrape tool's header (two layouts joined)|SCRAPE|looks like a header (15 of its 15",
      "a header missing a column|local_authority,la_urn,la_code,region_code,framework,kind,"
          + "inspection_start,inspection_end,published,overall,leaders,help_protection,"
          + "children_in_care,care_leavers,report_url,|looks like a header (15 of its 15"})
  void aRowThatLooksLikeAHeaderIsRejectedAndTheRowsAroundItKept(String what, String line,
      String reason) throws IOException {
    String header = line.equals("OUTCOMES") ? OUTCOMES : line.equals("SCRAPE") ? SCRAPE : line;
    String csv = OUTCOMES + "\n" + ROW + header + "\n" + ROW;
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv), what);
    assertThat(result.rows()).isEqualTo(3);
    assertThat(result.accepted()).isEqualTo(2);
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(3);
      assertThat(r.column()).isEqualTo("(row)");
      assertThat(r.value()).isEqualTo(header);
      assertThat(r.reason()).contains(reason).contains("expected a data row");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a name and a code|kent,886,x,y,z,short,a,b,c,d,e,f,g,h,i,j",
      "grades and dates|barnsley,80426,370,YH,ILACS,standard,overall,leaders,good,,,,,,,x"})
  void aDataRowWithFewColumnNamesIsNotAHeader(String what, String line) {
    Layouts.Columns columns = Layouts.detect(Fixtures.nationalHeader(), what);
    assertThat(columns.lookAlikeHeader(List.of(line.split(",", -1)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "la_code renamed|la_code|dfe_code|OUTCOMES_TABLE, which lacks the columns [la_code];"
          + " the header's columns [dfe_code] are not OUTCOMES_TABLE columns",
      "two columns missing|inspection_start,inspection_end|start,end|OUTCOMES_TABLE, which"
          + " lacks the columns [inspection_start, inspection_end]",
      "scrape tool without urn|urn,local_authority,inspection_link|la_urn,local_authority,"
          + "inspection_link|SCRAPE_TOOL, which lacks the columns [urn]; the header's columns"
          + " [la_urn] are not SCRAPE_TOOL columns"})
  void aHeaderThatResemblesALayoutFailsNamingItAndTheMissingColumns(String what, String from,
      String to, String message) {
    String header = (what.startsWith("scrape") ? SCRAPE : OUTCOMES).replace(from, to);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OutcomesCsv.read(new StringReader(header + "\n" + ROW), "t.csv"))
        .withMessageStartingWith("t.csv: the header matches no known layout; closest is ")
        .withMessageContaining(message);
  }
}

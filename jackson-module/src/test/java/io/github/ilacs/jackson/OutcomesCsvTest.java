package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.directory.AuthorityDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import io.github.ilacs.rules.Validator;
import io.github.ilacs.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomesCsvTest {
  private static final String HEADER = "local_authority,la_urn,la_code,region_code,framework,"
      + "kind,inspection_start,inspection_end,published,overall,leaders,help_protection,"
      + "children_in_care,care_leavers,adoption,report_url\n";

  @Test
  void theNationalTableImportsWithEveryRowAccepted() {
    OutcomesImport result = Fixtures.realOutcomes();
    assertThat(result.rejected()).as("rejected rows").isEmpty();
    assertThat(result.warnings()).as("warnings").isEmpty();
    assertThat(result.rows()).isEqualTo(427);
    assertThat(result.accepted()).isEqualTo(427);
    assertThat(result.layout()).isEqualTo(OutcomesCsv.Layout.OUTCOMES_TABLE);
    assertThat(result.histories()).hasSize(153);
    assertThat(result.histories().stream().mapToInt(h -> h.inspections().size()).sum())
        .isEqualTo(427);
  }

  @Test
  void theTableTo2023HoldsItsReportsAndAuthorities() {
    // The data README says 153 authorities; the rows begun before 2024 name 151 distinct codes.
    OutcomesImport result = Fixtures.realOutcomesTo2023();
    assertThat(result.rejected()).isEmpty();
    assertThat(result.accepted()).isEqualTo(378);
    assertThat(result.histories()).hasSize(151);
    Map<Framework, Long> byFramework = result.histories().stream()
        .flatMap(h -> h.inspections().stream())
        .collect(Collectors.groupingBy(Inspection::framework, Collectors.counting()));
    assertThat(byFramework).containsEntry(Framework.SIF_2013, 166L)
        .containsEntry(Framework.LAC_2012, 4L);
    assertThat(byFramework.get(Framework.ILACS_2018) + byFramework.get(Framework.ILACS_2023))
        .isEqualTo(208L);
  }

  @Test
  void theNationalTableHasNoErrorFromTheValidator() {
    Validator validator = Validator.defaults();
    List<String> errors = new ArrayList<>();
    for (InspectionHistory h : Fixtures.realOutcomes().histories()) {
      for (Violation v : validator.validate(h).errors()) {
        errors.add(h.authority().code() + " " + h.authority().name() + ": " + v);
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void everyInspectionCarriesItsAuthorityAsTheDirectoryHasIt() throws IOException {
    AuthorityDirectory directory = AuthorityDirectory.builtIn();
    OutcomesImport result = Fixtures.realOutcomes();
    assertThat(result.histories()).allSatisfy(h -> {
      LocalAuthority expected = directory.byCode(h.authority().code()).orElseThrow()
          .toLocalAuthority();
      assertThat(h.authority()).isEqualTo(expected);
      assertThat(h.inspections()).allSatisfy(i -> assertThat(i.authority()).isEqualTo(expected));
    });
    InspectionHistory bcp = result.history("839").orElseThrow();
    assertThat(bcp.authority().name()).isEqualTo("Bournemouth, Christchurch and Poole");
    assertThat(bcp.authority().urn()).contains("2532287");
    assertThat(bcp.authority().onsCode()).contains("E06000058");
    String json = Fixtures.MAPPER.writeValueAsString(bcp);
    assertThat(Fixtures.MAPPER.readValue(json, InspectionHistory.class)).isEqualTo(bcp);
  }

  @Test
  void columnsMapToTheFrameworksAreas() {
    OutcomesImport result = Fixtures.realOutcomes();
    InspectionHistory barnsley = result.history("370").orElseThrow();
    Inspection sif = barnsley.inspections().get(0);
    assertThat(sif.framework()).isEqualTo(Framework.SIF_2013);
    assertThat(sif.kind()).isEqualTo(InspectionKind.SIF_INSPECTION);
    assertThat(sif.gradesByArea()).containsOnlyKeys(JudgementArea.OVERALL_EFFECTIVENESS,
        JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, JudgementArea.HELP_AND_PROTECTION,
        JudgementArea.CHILDREN_LOOKED_AFTER, JudgementArea.SIF_CARE_LEAVERS,
        JudgementArea.ADOPTION_PERFORMANCE);
    Inspection ilacs2018 = barnsley.inspections().get(1);
    assertThat(ilacs2018.framework()).isEqualTo(Framework.ILACS_2018);
    assertThat(ilacs2018.kind()).isEqualTo(InspectionKind.STANDARD_INSPECTION);
    assertThat(ilacs2018.grade(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS))
        .contains(Grade.GOOD);
    Inspection ilacs2023 = barnsley.inspections().get(2);
    assertThat(ilacs2023.framework()).isEqualTo(Framework.ILACS_2023);
    assertThat(ilacs2023.kind()).isEqualTo(InspectionKind.SHORT_INSPECTION);
    assertThat(ilacs2023.gradesByArea()).containsEntry(JudgementArea.CARE_LEAVERS, Grade.GOOD)
        .containsEntry(JudgementArea.CHILDREN_IN_CARE, Grade.GOOD)
        .containsEntry(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT);
    assertThat(ilacs2023.source()).hasValueSatisfying(s -> {
      assertThat(s.url()).contains("https://files.ofsted.gov.uk/v1/file/50231520");
      assertThat(s.date()).isEqualTo(LocalDate.of(2023, 10, 27));
    });
    Inspection kentLac = result.history("886").orElseThrow().inspections().get(0);
    assertThat(kentLac.framework()).isEqualTo(Framework.LAC_2012);
    assertThat(kentLac.gradesByArea())
        .containsExactly(Map.entry(JudgementArea.OVERALL_EFFECTIVENESS,
            Grade.REQUIRES_IMPROVEMENT));
    Inspection wiltshireLong = result.history("865").orElseThrow().inspections().get(1);
    assertThat(wiltshireLong.kind()).isEqualTo(InspectionKind.STANDARD_INSPECTION);
  }

  @Test
  void scrapeToolLayoutIsRecognisedAndPlaceholdersAreNoGrade() throws IOException {
    OutcomesImport result = OutcomesCsv.read(Fixtures.resource("scrape-tool-history.csv"));
    assertThat(result.layout()).isEqualTo(OutcomesCsv.Layout.SCRAPE_TOOL);
    assertThat(result.rows()).isEqualTo(8);
    assertThat(result.rejected()).extracting(r -> r.line() + " " + r.column() + ": "
        + r.reason().substring(0, 20)).containsExactly(
            "7 inspection_framework: is not an ILACS insp",
            "8 urn: is not the URN of an",
            "9 inspection_start_date: is not a calendar da");
    Inspection notts = result.history("891").orElseThrow().inspections().get(0);
    assertThat(notts.framework()).isEqualTo(Framework.ILACS_2018);
    assertThat(notts.start()).isEqualTo(LocalDate.of(2019, 10, 7));
    assertThat(notts.published()).contains(LocalDate.of(2019, 12, 19));
    assertThat(notts.gradesByArea()).containsOnlyKeys(JudgementArea.OVERALL_EFFECTIVENESS,
        JudgementArea.IMPACT_OF_LEADERS, JudgementArea.HELP_AND_PROTECTION,
        JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS);
    List<Inspection> wiltshire = result.history("865").orElseThrow().inspections();
    assertThat(wiltshire.get(0).kind()).isEqualTo(InspectionKind.STANDARD_INSPECTION);
    assertThat(wiltshire.get(0).end()).isEqualTo(LocalDate.of(2019, 6, 19));
    assertThat(wiltshire.get(1).framework()).isEqualTo(Framework.ILACS_2023);
    assertThat(wiltshire.get(1).grade(JudgementArea.CARE_LEAVERS)).contains(Grade.OUTSTANDING);
    Inspection barnsley = result.history("370").orElseThrow().inspections().get(0);
    assertThat(barnsley.grade(JudgementArea.IMPACT_OF_LEADERS)).isEmpty();
    Inspection kent = result.history("886").orElseThrow().inspections().get(0);
    assertThat(kent.authority().urn()).as("the directory's URN for a row without one")
        .contains("80476");
    assertThat(kent.grade(JudgementArea.CARE_LEAVERS)).isEmpty();
  }

  @Test
  void headerVariantsAreTolerated() throws IOException {
    String csv = "\uFEFF Local Authority ,LA-URN,LA_Code,Region Code,FRAMEWORK,Kind,"
        + "Inspection Start,Inspection End,Published,Overall,Leaders,Help Protection,"
        + "Children In Care,Care Leavers,Adoption,Report URL\n"
        + "kent,80476,886,SE,ILACS,standard,09/05/2022,20/05/22,2022-07-05,Outstanding,"
        + "outstanding,good,Outstanding,,,\n";
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv), "variants");
    assertThat(result.rejected()).isEmpty();
    Inspection kent = result.history("886").orElseThrow().inspections().get(0);
    assertThat(kent.end()).isEqualTo(LocalDate.of(2022, 5, 20));
    assertThat(kent.source()).isEmpty();
  }

  @Test
  void frameworkConstantNamesAreAccepted() throws IOException {
    String csv = HEADER
        + "kent,80476,886,SE,ILACS_2018,short,2019-01-07,2019-01-11,2019-02-20,good,good,good,"
        + "good,,,\n"
        + "kent,80476,886,SE,ILACS_2023,short,2019-01-07,2019-01-11,2019-02-20,good,good,good,"
        + "good,,,\n";
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv), "constants");
    assertThat(result.accepted()).isEqualTo(1);
    assertThat(result.rejected()).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("no ILACS_2023 framework"));
  }

  @Test
  void unknownHeaderFailsNamingTheMissingColumns() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OutcomesCsv.read(new StringReader("a,b,c\n1,2,3\n"), "odd.csv"))
        .withMessageContaining("odd.csv").withMessageContaining("la_code");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OutcomesCsv.read(new StringReader(""), "empty.csv"))
        .withMessageContaining("empty");
  }

  @Test
  void blankLinesAreSkipped() throws IOException {
    String csv = HEADER + "\n"
        + "kent,80476,886,SE,SIF,,2017-03-06,2017-03-30,2017-06-13,good,good,"
        + "requires improvement,good,good,good,\n\n";
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv), "blank");
    assertThat(result.rows()).isEqualTo(1);
    assertThat(result.accepted()).isEqualTo(1);
  }

  private static String row(String name, String urn, String code, String start, String end,
      String published) {
    return name + "," + urn + "," + code + ",EM,ILACS,short," + start + "," + end + ","
        + published + ",good,good,good,good,,,\n";
  }

  /**
   * 80,000 rows for one authority: a history holds at most 10,000 inspections (the core's
   * limit), so the rows after the 10,000th are rejected with their line and the reason, and the
   * history that is kept validates to a bounded report.
   */
  @Test
  void rowsBeyondTheLimitOfOneHistoryAreRejectedWithTheirLine() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    String kent = row("kent", "80476", "886", "2019-01-07", "2019-01-11", "2019-02-20");
    for (int n = 0; n < 80_000; n++) {
      csv.append(kent);
    }
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv.toString()), "big");
    assertThat(result.rows()).isEqualTo(80_000);
    assertThat(result.histories()).singleElement()
        .satisfies(h -> assertThat(h.inspections()).hasSize(10_000));
    assertThat(result.rejected()).hasSize(70_000);
    assertThat(result.rejected().get(0)).satisfies(r -> {
      assertThat(r.line()).isEqualTo(10_002);
      assertThat(r.reason()).contains("10000");
    });
    io.github.ilacs.rules.ValidationReport report = io.github.ilacs.rules.Validator.defaults()
        .validate(result.histories().get(0));
    assertThat(report.violations()).hasSizeLessThanOrEqualTo(
        io.github.ilacs.rules.Rule.values().length * 100);
  }

  private static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String) {
        out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
      } else {
        out.writeBytes((byte[]) part);
      }
    }
    return out.toByteArray();
  }

  @Test
  void aLineThatIsNotUtf8IsRejectedWithItsLineAndTheOthersAreRead(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, bytes(HEADER.replace("\n", "\r\n"),
        row("kent", "80476", "886", "2019-01-07", "2019-01-11", "2019-02-20"),
        "st helens caf", new byte[] {(byte) 0xE9}, ",80455,342,NW,ILACS,short,2019-01-07,"
            + "2019-01-11,2019-02-20,good,good,good,good,,,\r\n",
        row("notts", "80534", "891", "2019-01-07", "2019-01-11", "2019-02-20"),
        row("notts", "80534", "891", "2020-02-07", "2020-02-03", "2020-03-20").trim()));
    OutcomesImport result = OutcomesCsv.read(file);
    assertThat(result.rows()).isEqualTo(4);
    assertThat(result.accepted()).isEqualTo(2);
    assertThat(result.rejected()).extracting(r -> r.line() + " " + r.column())
        .containsExactly("3 (row)", "5 inspection_end");
    assertThat(result.rejected().get(0).reason())
        .startsWith("is not valid UTF-8: byte 0xE9 at byte 14 of the line");
    assertThat(result.rejected().get(0).value()).startsWith("st helens caf\uFFFD,80455");
    assertThat(result.history("886")).isPresent();
    assertThat(result.history("891")).isPresent();
  }

  @Test
  void aHeaderThatIsNotUtf8FailsNamingTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad-header.csv");
    Files.write(file, bytes(new byte[] {(byte) 0xFF}, HEADER,
        row("kent", "80476", "886", "2019-01-07", "2019-01-11", "2019-02-20")));
    assertThatExceptionOfType(IOException.class).isThrownBy(() -> OutcomesCsv.read(file))
        .withMessageContaining("line 1 (the header) is not valid UTF-8: byte 0xFF at byte 1");
  }

  @Test
  void aReaderThatCannotDecodeFailsNamingALine() {
    byte[] table = bytes(HEADER,
        row("kent", "80476", "886", "2019-01-07", "2019-01-11", "2019-02-20"),
        "caf", new byte[] {(byte) 0xE9}, "\n");
    Reader reader = new InputStreamReader(new ByteArrayInputStream(table),
        StandardCharsets.UTF_8.newDecoder());
    assertThatExceptionOfType(IOException.class)
        .isThrownBy(() -> OutcomesCsv.read(reader, "strict"))
        .withMessageContaining("cannot decode line 1 or a line after it");
  }

  @Test
  void aNullReaderIsNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OutcomesCsv.read((Reader) null, "x"))
        .withMessage("reader: is required but was null");
  }

  @Test
  void aColumnNamedTwiceInTheHeaderFails() {
    String csv = HEADER.replace("report_url", "overall") + row("kent", "80476", "886",
        "2019-01-07", "2019-01-11", "2019-02-20");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OutcomesCsv.read(new StringReader(csv), "twice.csv"))
        .withMessage("twice.csv: the header names the column overall twice (columns 10 and"
            + " 16); expected each column once");
  }

  @ParameterizedTest(name = "{0} from {1}, {3}: {4}")
  @CsvSource({
      "SIF, 2016-01-11, '', leaders, LEADERSHIP_MANAGEMENT_GOVERNANCE",
      "SIF, 2016-01-11, '', children_in_care, CHILDREN_LOOKED_AFTER",
      "SIF, 2016-01-11, '', care_leavers, SIF_CARE_LEAVERS",
      "SIF, 2016-01-11, '', adoption, ADOPTION_PERFORMANCE",
      "ILACS, 2019-03-04, standard, leaders, IMPACT_OF_LEADERS",
      "ILACS, 2019-03-04, standard, children_in_care, CHILDREN_IN_CARE_AND_CARE_LEAVERS",
      "ILACS, 2019-03-04, standard, care_leavers, ''",
      "ILACS, 2023-03-06, standard, children_in_care, CHILDREN_IN_CARE",
      "ILACS, 2023-03-06, standard, care_leavers, CARE_LEAVERS",
      "ILACS, 2023-03-06, standard, adoption, ''",
      "ILACS, 2026-05-11, standard, overall, ''",
      "ILACS, 2026-05-11, standard, help_protection, HELP_AND_PROTECTION",
      "LAC_2012, 2012-09-03, '', overall, OVERALL_EFFECTIVENESS",
      "LAC_2012, 2012-09-03, '', leaders, ''"})
  void eachGradeColumnHoldsTheAreaItsFrameworkGrades(String framework, LocalDate start,
      String kind, String column, String area) throws IOException {
    List<String> header = List.of("local_authority", "la_urn", "la_code", "region_code",
        "framework", "kind", "inspection_start", "inspection_end", "published", "overall",
        "leaders", "help_protection", "children_in_care", "care_leavers", "adoption",
        "report_url");
    List<String> row = new ArrayList<>(List.of("blackpool", "", "890", "NW", framework, kind,
        start.toString(), start.plusDays(4).toString(), "", "", "", "", "", "", "", ""));
    row.set(header.indexOf(column), "good");
    OutcomesImport result = OutcomesCsv.read(new StringReader(String.join(",", header) + "\n"
        + String.join(",", row) + "\n"), "one-row");
    if (area.isEmpty()) {
      assertThat(result.rejected()).singleElement().satisfies(r -> {
        assertThat(r.column()).isEqualTo(column);
        assertThat(r.reason()).contains("makes no judgement for this column");
      });
    } else {
      assertThat(result.rejected()).isEmpty();
      Inspection inspection = result.history("890").orElseThrow().inspections().get(0);
      assertThat(inspection.gradesByArea())
          .containsExactly(Map.entry(JudgementArea.valueOf(area), Grade.GOOD));
    }
  }

  private static final List<String> BARNSLEY = Fixtures.realRow("barnsley", "2018-10-08");

  /**
   * RFC 4180 quoting: rows of a real authority whose cells hold commas, doubled quotes and line
   * breaks import with the lines they start on, and damaged quoting spoils one row only.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // what | the rows after the header, a backslash-n a line break | rejected | rows
      "a name with a comma and a line break inside quotes"
          + "|\"Bournemouth, Christchurch\\nand Poole\",2532287,839,SW,ILACS,standard,"
          + "2021-12-06,2021-12-17,2022-02-11,inadequate,inadequate,inadequate,"
          + "requires improvement,,,x\\nbarnsley,80426,370,YH,ILACS,standard,2018-10-08,"
          + "2018-10-01,2018-11-19,good,good,good,good,,,x|4 inspection_end|2",
      "a report URL with CR LF inside quotes, lines ending CR LF"
          + "|barnsley,80426,370,YH,ILACS,standard,2018-10-08,2018-10-19,2018-11-19,good,good,"
          + "good,good,,,\"https://a\\r\\nb\"\\r\\nbarnsley,80426,370,YH,ILACS,standard,"
          + "2018-10-08,2018-10-19,2018-11-19,good,good,good,excellent,,,x\\r\\n"
          + "|4 children_in_care|2",
      "doubled quotes inside a quoted kind"
          + "|barnsley,80426,370,YH,ILACS,\"\"\"standard\"\"\",2018-10-08,2018-10-19,"
          + "2018-11-19,good,good,good,good,,,x|2 kind|1",
      "a quoted field left open runs to the end of the table"
          + "|barnsley,80426,370,YH,ILACS,standard,2018-10-08,2018-10-19,2018-11-19,good,good,"
          + "good,good,,,x\\n\"barnsley,80426,370,YH,ILACS,standard,2018-10-08,2018-10-19,"
          + "2018-11-19,good,good,good,good,,,x\\nbarnsley,80426,370|3 (row)|2",
      "text after a closing quote spoils its row only"
          + "|\"barnsley\"x,80426,370,YH,ILACS,standard,2018-10-08,2018-10-19,2018-11-19,good,"
          + "good,good,good,,,x\\nbarnsley,80426,370,YH,ILACS,standard,2018-10-08,"
          + "2018-10-19,2018-11-19,good,good,good,good,,,x|2 (row)|2",
      "a row short of two fields"
          + "|barnsley,80426,370,YH,ILACS,standard,2018-10-08,2018-10-19,2018-11-19,good,good,"
          + "good,good,x|2 (row)|1"})
  void quotedFieldsFollowRfc4180(String what, String rows, String rejected, int count)
      throws IOException {
    String csv = HEADER + rows.replace("\\n", "\n").replace("\\r", "\r");
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv), what);
    assertThat(result.rows()).isEqualTo(count);
    assertThat(result.rejected()).extracting(r -> r.line() + " " + r.column())
        .containsExactly(rejected);
    assertThat(result.accepted()).isEqualTo(count - 1);
  }

  @Test
  void aQuotedLineBreakIsKeptInTheValue() throws IOException {
    String csv = HEADER + Fixtures.changed(BARNSLEY, "kind=\"standard\"",
        "report_url=https://example.org/a\nb");
    RejectedRow row = OutcomesCsv.read(new StringReader(csv), "kept").rejected().get(0);
    assertThat(row.value()).isEqualTo("\"standard\"");
    String url = HEADER + Fixtures.changed(BARNSLEY, "report_url=https://example.org/a\nb");
    Inspection barnsley = OutcomesCsv.read(new StringReader(url), "kept").history("370")
        .orElseThrow().inspections().get(0);
    assertThat(barnsley.source()).hasValueSatisfying(
        s -> assertThat(s.url()).contains("https://example.org/a\nb"));
  }

  @Test
  void anUnclosedQuoteSaysWhereItBegan() throws IOException {
    String csv = HEADER + Fixtures.changed(BARNSLEY) + "\"" + Fixtures.changed(BARNSLEY)
        + Fixtures.changed(BARNSLEY);
    RejectedRow row = OutcomesCsv.read(new StringReader(csv), "open").rejected().get(0);
    assertThat(row.line()).isEqualTo(3);
    assertThat(row.reason()).contains("quoted field that is not closed",
        "runs to the end of the table (line 5)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "a field one character too long, 10001, 16, has a field longer than 10000 characters",
      "a field at the limit, 10000, 16, ''",
      "a row of too many fields, 30, 1200, has more than 1000 fields"})
  void aRowBeyondTheLimitsIsRejectedAndTheNextOneRead(String what, int length, int fields,
      String reason) throws IOException {
    List<String> cells = new ArrayList<>(BARNSLEY);
    cells.set(cells.size() - 1, "https://example.org/" + "x".repeat(length - 20));
    while (cells.size() < fields) {
      cells.add("");
    }
    String csv = HEADER + Fixtures.record(cells.toArray(String[]::new))
        + Fixtures.changed(BARNSLEY);
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv), what);
    assertThat(result.rows()).isEqualTo(2);
    if (reason.isEmpty()) {
      assertThat(result.rejected()).isEmpty();
    } else {
      assertThat(result.rejected()).singleElement().satisfies(r -> {
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.column()).isEqualTo("(row)");
        assertThat(r.reason()).startsWith(reason);
        assertThat(r.value()).hasSizeLessThanOrEqualTo(503);
      });
    }
  }
}

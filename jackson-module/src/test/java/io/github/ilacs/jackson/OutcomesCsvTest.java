package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
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
  void realOutcomesImportWithEveryRowAccepted() {
    OutcomesImport result = Fixtures.realOutcomes();
    assertThat(result.rejected()).as("rejected rows").isEmpty();
    assertThat(result.rows()).isEqualTo(378);
    assertThat(result.accepted()).isEqualTo(378);
    assertThat(result.layout()).isEqualTo(OutcomesCsv.Layout.OUTCOMES_TABLE);
    assertThat(result.histories().stream().mapToInt(h -> h.inspections().size()).sum())
        .isEqualTo(378);
  }

  @Test
  void realOutcomesHold151DistinctAuthorities() {
    // The data README says 153; the file lists 151 distinct DfE codes (measured here).
    OutcomesImport result = Fixtures.realOutcomes();
    assertThat(result.histories()).hasSize(151);
    assertThat(result.histories().stream().map(h -> h.authority().code()).distinct())
        .hasSize(151);
  }

  @Test
  void realOutcomesCountEachFramework() {
    Map<Framework, Long> byFramework = Fixtures.realOutcomes().histories().stream()
        .flatMap(h -> h.inspections().stream())
        .collect(Collectors.groupingBy(Inspection::framework, Collectors.counting()));
    assertThat(byFramework).containsEntry(Framework.SIF_2013, 166L)
        .containsEntry(Framework.LAC_2012, 4L);
    assertThat(byFramework.get(Framework.ILACS_2018) + byFramework.get(Framework.ILACS_2023))
        .isEqualTo(208L);
  }

  @Test
  void realOutcomesHaveNoErrorFromTheValidator() {
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
  void quotedNameWithCommaIsKept() {
    InspectionHistory bcp = Fixtures.realOutcomes().history("839").orElseThrow();
    assertThat(bcp.authority().name()).isEqualTo("bournemouth, christchurch & poole");
    assertThat(bcp.authority().urn()).contains("2532287");
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
  void brokenCopyRejectsExactlyTheBrokenRows() throws IOException {
    OutcomesImport result = OutcomesCsv.read(
        Fixtures.resource("la-inspection-outcomes-broken.csv"));
    List<String> rejected = result.rejected().stream()
        .map(r -> r.line() + " " + r.column()).collect(Collectors.toList());
    assertThat(rejected).containsExactly(
        "3 inspection_end", "5 published", "7 inspection_start", "9 inspection_end",
        "11 overall", "13 framework", "15 kind", "17 la_code", "19 la_urn", "22 adoption",
        "23 inspection_start", "25 local_authority", "27 care_leavers", "28 (row)",
        "31 (row)");
    assertThat(result.rows()).isEqualTo(40);
    assertThat(result.accepted()).isEqualTo(25);
    assertThat(result.histories().stream().mapToInt(h -> h.inspections().size()).sum())
        .isEqualTo(25);
  }

  @ParameterizedTest(name = "line {0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "3|2019-02-11|[IV02]",
      "5|2017-05-01|[IV03]",
      "7|2014-06-31|not a calendar date",
      "9|15 Sept 2023|is not a date; expected yyyy-mm-dd",
      "11|excellent|is not a grade of ILACS_2018; expected one of Outstanding, Good",
      "13|OFSTED|is not a framework",
      "15|''|expected short, standard or longer than standard",
      "17|12|[IV06]",
      "19|80a30|[IV07]",
      "22|good|ILACS_2018 makes no judgement for this column",
      "23|2011-03-01|no SIF framework with SIF_INSPECTION was in force on 2011-03-01",
      "25|Somewhere Else|authority 890 is named 'blackpool' on line 24 but 'Somewhere Else' here",
      "27|good|ILACS_2018 makes no judgement for this column",
      "28|''|has 14 fields but the header has 16",
      "31|''|a quoted field is not closed on this line"})
  void eachBrokenRowSaysWhy(long line, String value, String reason) throws IOException {
    RejectedRow row = OutcomesCsv.read(Fixtures.resource("la-inspection-outcomes-broken.csv"))
        .rejected().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    assertThat(row.reason()).contains(reason);
    if (!row.column().equals("(row)")) {
      assertThat(row.value()).isEqualTo(value);
    }
  }

  @Test
  void scrapeToolLayoutIsRecognisedAndPlaceholdersAreNoGrade() throws IOException {
    OutcomesImport result = OutcomesCsv.read(Fixtures.resource("scrape-tool-history.csv"));
    assertThat(result.layout()).isEqualTo(OutcomesCsv.Layout.SCRAPE_TOOL);
    assertThat(result.rows()).isEqualTo(8);
    assertThat(result.rejected()).extracting(r -> r.line() + " " + r.column())
        .containsExactly("7 inspection_framework", "8 urn", "9 inspection_start_date");
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
    assertThat(kent.authority().urn()).isEmpty();
    assertThat(kent.grade(JudgementArea.CARE_LEAVERS)).isEmpty();
  }

  @Test
  void aDirectoryGivesCodesToScrapeRows() throws IOException {
    OutcomesCsv reader = OutcomesCsv.withAuthorities(
        List.of(LocalAuthority.builder().name("nowhere").code("999").urn("99999999").build()));
    OutcomesImport result = reader.importFrom(Fixtures.resource("scrape-tool-history.csv"));
    assertThat(result.history("999")).isPresent();
    assertThat(result.history("891")).isEmpty();
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

  @ParameterizedTest(name = "line {0}: {1}")
  @CsvSource({"3,[IV02]", "5,[IV03]", "17,[IV06]", "19,[IV07]"})
  void rejectionsPrintTheCodeOnce(long line, String code) throws IOException {
    RejectedRow row = OutcomesCsv.read(Fixtures.resource("la-inspection-outcomes-broken.csv"))
        .rejected().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    assertThat(row.reason()).startsWith(code).containsOnlyOnce(code);
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

  @Test
  void anAuthorityMustAgreeFieldByFieldAndABlankUrnIsUnknown() throws IOException {
    String csv = HEADER
        + row("notts", "80534", "891", "2019-01-07", "2019-01-11", "2019-02-20")
        + row("notts", "", "891", "2020-02-03", "2020-02-07", "2020-03-20")
        + row("notts", "80535", "891", "2021-02-01", "2021-02-05", "2021-03-19")
        + row("Nottinghamshire County", "80534", "891", "2021-06-07", "2021-06-11",
            "2021-07-23")
        + row("NOTTS", "80534", "891", "2022-01-10", "2022-01-14", "2022-02-25");
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv), "authorities");
    assertThat(result.rejected()).extracting(RejectedRow::toString).containsExactly(
        "line 4, la_urn '80535': authority 891 has URN 80534 on line 2 but 80535 here;"
            + " an authority has one URN",
        "line 5, local_authority 'Nottinghamshire County': authority 891 is named 'notts' on"
            + " line 2 but 'Nottinghamshire County' here; a DfE code names one authority");
    InspectionHistory notts = result.history("891").orElseThrow();
    LocalAuthority expected = LocalAuthority.builder().name("notts").code("891").urn("80534")
        .build();
    assertThat(notts.authority()).isEqualTo(expected);
    assertThat(notts.inspections()).hasSize(3)
        .allSatisfy(i -> assertThat(i.authority()).isEqualTo(expected));
  }

  @Test
  void aUrnFirstGivenOnALaterRowIsAddedToEveryInspection() throws IOException {
    String csv = HEADER
        + row("kent", "", "886", "2019-01-07", "2019-01-11", "2019-02-20")
        + row("kent", "80476", "886", "2020-02-03", "2020-02-07", "2020-03-20");
    OutcomesImport result = OutcomesCsv.read(new StringReader(csv), "late urn");
    assertThat(result.rejected()).isEmpty();
    InspectionHistory kent = result.history("886").orElseThrow();
    assertThat(kent.authority().urn()).contains("80476");
    assertThat(kent.inspections()).hasSize(2)
        .allSatisfy(i -> assertThat(i.authority().urn()).contains("80476"));
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
    assertThatNullPointerException()
        .isThrownBy(() -> OutcomesCsv.read((Reader) null, "x")).withMessage("reader");
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
}

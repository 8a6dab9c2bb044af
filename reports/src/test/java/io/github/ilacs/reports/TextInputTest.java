package io.github.ilacs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text in, the file-name date only on request, warnings with page and line. */
class TextInputTest {
  @TempDir
  Path dir;

  @Test
  void readsTheUnannouncedInspectionLetterAsText() throws Exception {
    ReadResult r = ReportReader.defaults().readText(Documents.unannounced2009(), "2009.txt");
    Inspection i = r.inspection();

    assertThat(i.kind()).isEqualTo(InspectionKind.UNANNOUNCED_INSPECTION);
    assertThat(i.framework()).isEqualTo(Framework.UCRA_2009);
    assertThat(i.authority().name()).isEqualTo("Rotherham");
    assertThat(i.start()).isEqualTo(LocalDate.of(2009, 10, 6));
    assertThat(i.end()).isEqualTo(LocalDate.of(2009, 10, 7));
    assertThat(r.issued()).contains(LocalDate.of(2009, 11, 2));
    assertThat(LayoutsTest.counts(i.findings())).isEqualTo("AREA_FOR_DEVELOPMENT=2 "
        + "AREA_FOR_PRIORITY_ACTION=1 SATISFACTORY_AREA=1 STRENGTH=1");
  }

  @Test
  void aTxtFileIsReadAsText() throws Exception {
    Path file = Files.writeString(dir.resolve("letter.txt"), Documents.unannounced2009());

    assertThat(ReportReader.defaults().read(file).inspection().kind())
        .isEqualTo(InspectionKind.UNANNOUNCED_INSPECTION);
  }

  @Test
  void theFileNameDateIsTakenOnlyWhenAskedAndThenFlagged() throws Exception {
    Path pdf = TestPdfs.write(dir.resolve("children's services inspection - 30 april 2019.pdf"),
        Documents.ilacsStandard2019());

    ReadResult plain = ReportReader.defaults().read(pdf);
    ReadResult asked = ReportReader.defaults().withPublishedFromFileName(true).read(pdf);

    assertThat(plain.inspection().published()).isEmpty();
    assertThat(plain.warnings()).isEmpty();
    assertThat(asked.inspection().published()).contains(LocalDate.of(2019, 4, 30));
    assertThat(asked.warnings()).singleElement().hasToString(
        "page 1, line 1: publication date 2019-04-30 taken from the file name");
  }

  @Test
  void aMissingListIsAWarningWithPageAndLine() throws Exception {
    List<String> page = Documents.ilacsStandard2019().get(0);
    String text = String.join("\n", page.subList(0, page.indexOf("What needs to improve")));

    ReadResult r = ReportReader.defaults().readText(text, "no-list.txt");

    assertThat(r.inspection().findings()).isEmpty();
    assertThat(r.warnings()).singleElement().hasToString("page 1, line 2: no 'what needs to "
        + "improve' list found; no findings read");
  }

  @Test
  void aBoardOnlyReviewHoldsTheBoardsJudgementAndSaysSo() throws Exception {
    String text = String.join("\n", "Surrey",
        "Review of the effectiveness of the Local Safeguarding Children Board",
        "Inspection date: 18 May 2015 – 11 June 2015", "Report published: 3 August 2015", "",
        "The Local Safeguarding Children Board is inadequate", "", "Recommendations", "",
        "1. Hold partner agencies to account for the training they attend.", "",
        "2. Publish the annual report on time.", "", "Inspection findings", "",
        "3. A paragraph of findings, not a recommendation.");

    ReadResult r = ReportReader.defaults().readText(text, "board.txt");

    assertThat(r.inspection().kind()).isEqualTo(InspectionKind.SIF_INSPECTION);
    assertThat(LayoutsTest.render(r.inspection().gradesByArea()))
        .isEqualTo("LSCB_REVIEW=INADEQUATE");
    assertThat(LayoutsTest.counts(r.inspection().findings())).isEqualTo("RECOMMENDATION=2");
    assertThat(r.issued()).contains(LocalDate.of(2015, 8, 3));
    assertThat(r.warnings()).singleElement().asString().contains("Children Board alone");
  }

  @Test
  void aMeetingLetterIsAnEngagementMeetingWithItsDate() throws Exception {
    String text = String.join("\n", "4 June 2018", "", "Dear Director", "",
        "Social Care Annual Conversation – 17 May 2018", "",
        "Thank you for meeting us to talk about your own evaluation of services in Wigan.");

    Inspection i = ReportReader.defaults().readText(text, "meeting.txt").inspection();

    assertThat(i.kind()).isEqualTo(InspectionKind.ANNUAL_ENGAGEMENT_MEETING);
    assertThat(i.start()).isEqualTo(LocalDate.of(2018, 5, 17));
    assertThat(i.authority().name()).isEqualTo("Wigan");
  }

  @Test
  void aLetterWithoutSalutationIsStillALetter() throws Exception {
    String text = String.join("\n", "3 May 2019", "",
        "Focused visit to Wigan children’s services", "",
        "This letter sets out what inspectors found on a focused visit to",
        "Wigan children’s services on 2 and 3 April 2019.", "", "What needs to improve", "",
        "• The speed of assessments.", "", "Yours sincerely");

    ReadResult r = ReportReader.defaults().readText(text, "no-salutation.txt");

    assertThat(r.inspection().kind()).isEqualTo(InspectionKind.FOCUSED_VISIT);
    assertThat(r.inspection().authority().name()).isEqualTo("Wigan");
    assertThat(r.inspection().findings()).hasSize(1);
    assertThat(r.issued()).contains(LocalDate.of(2019, 5, 3));
  }
}

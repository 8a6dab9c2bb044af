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
}

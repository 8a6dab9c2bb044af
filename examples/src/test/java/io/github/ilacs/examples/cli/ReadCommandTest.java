package io.github.ilacs.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.examples.cli.IlacsCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ilacs read}: files and directories in, JSON out, one line per unreadable file. */
class ReadCommandTest {
  @TempDir
  Path dir;

  /** A focused-visit letter in our own words, with the structure of Ofsted's. */
  static String letter(String authority, String date, String visit) {
    return String.join("\n", date, "", "Dear Director", "",
        "Focused visit to " + authority + " children’s services", "",
        "This letter sets out what inspectors found on a focused visit to",
        authority + " children’s services on " + visit + ".", "",
        "What needs to improve", "", "• The speed of assessments.", "",
        "• The precision of plans.", "", "Yours sincerely");
  }

  private Path in(String relative, String content) throws IOException {
    Path file = dir.resolve("in").resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @Test
  void writesOneJsonPerDocumentBesideItsRelativePath() throws IOException {
    in("barnet/visit.txt", letter("Barnet", "12 March 2018", "13 and 14 February 2018"));
    in("wigan/visit.txt", letter("Wigan", "3 May 2019", "2 and 3 April 2019"));
    Path out = dir.resolve("out");

    Run run = IlacsCommandTest.run("read", dir.resolve("in").toString(), "--out", out.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("2 of 2 files read into " + out);
    Inspection barnet = Inputs.MAPPER.readValue(out.resolve("barnet/visit.json").toFile(),
        Inspection.class);
    assertThat(barnet.kind()).isEqualTo(InspectionKind.FOCUSED_VISIT);
    assertThat(barnet.findings()).hasSize(2);
    assertThat(out.resolve("wigan/visit.json")).exists();
  }

  @Test
  void anUnreadableFileGetsOneLineAndNoOutputAndExitOne() throws IOException {
    in("good.txt", letter("Barnet", "12 March 2018", "13 and 14 February 2018"));
    Path bad = in("bad.pdf", "<!DOCTYPE html><html><body>Not found</body></html>");
    Path out = dir.resolve("out");

    Run run = IlacsCommandTest.run("read", dir.resolve("in").toString(), "--out", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines()).containsExactly("ilacs: " + bad + ": not a PDF (an HTML web "
        + "page saved under a PDF name)");
    assertThat(out.resolve("bad.json")).doesNotExist();
    assertThat(out.resolve("good.json")).exists();
  }

  @Test
  void historyWritesOneFilePerAuthorityCode() throws IOException {
    Path first = in("a.txt", letter("Barnet", "12 March 2018", "13 and 14 February 2018"));
    Path second = in("b.txt", letter("Barnet", "10 June 2021", "5 and 6 May 2021"));
    Path out = dir.resolve("out");

    Run run = IlacsCommandTest.run("read", first.toString(), second.toString(), "--out",
        out.toString(), "--history");

    assertThat(run.status()).isZero();
    InspectionHistory history = Inputs.MAPPER.readValue(out.resolve("302.json").toFile(),
        InspectionHistory.class);
    assertThat(history.inspections()).hasSize(2);
    try (var files = Files.list(out)) {
      assertThat(files.toList()).containsExactly(out.resolve("302.json"));
    }
  }

  @Test
  void readsAPdf() throws IOException {
    Path pdf = dir.resolve("visit.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 760;
        for (String line : letter("Wigan", "3 May 2019", "2 and 3 April 2019").split("\n")) {
          if (!line.isEmpty()) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            cs.newLineAtOffset(60, y);
            cs.showText(line);
            cs.endText();
          }
          y -= 14;
        }
      }
      doc.save(pdf.toFile());
    }

    Run run = IlacsCommandTest.run("read", pdf.toString(), "--out", dir.resolve("o").toString());

    assertThat(run.status()).isZero();
    assertThat(dir.resolve("o/visit.json")).exists();
  }

  @Test
  void aMissingPathIsAUsageErrorInOneLine() {
    IlacsCommandTest.assertOneLineError(IlacsCommandTest.run("read", dir.resolve("nope")
        .toString(), "--out", dir.resolve("out").toString()), "nope: no such file or directory");
  }

  @Test
  void withoutOutIsAUsageError() {
    Run run = IlacsCommandTest.run("read", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--out=DIR'");
  }

  @Test
  void timelineAndValidateTakeADocumentOrADirectoryOfThem() throws IOException {
    Path one = in("barnet/a.txt", letter("Barnet", "12 March 2018", "13 and 14 February 2018"));
    in("barnet/b.txt", letter("Barnet", "10 June 2021", "5 and 6 May 2021"));

    Run timeline = IlacsCommandTest.run("timeline", one.toString(), "--as-of", "2019-01-01");
    Run validate = IlacsCommandTest.run("validate", dir.resolve("in/barnet").toString());

    assertThat(timeline.status()).isZero();
    assertThat(timeline.out()).contains("Barnet", "2018-02-13");
    assertThat(validate.out()).contains("Barnet (302), 2 inspections");
  }

  @Test
  void aDirectoryAboutTwoAuthoritiesIsOneLine() throws IOException {
    in("mixed/a.txt", letter("Barnet", "12 March 2018", "13 and 14 February 2018"));
    in("mixed/b.txt", letter("Wigan", "3 May 2019", "2 and 3 April 2019"));

    IlacsCommandTest.assertOneLineError(IlacsCommandTest.run("timeline",
        dir.resolve("in/mixed").toString()), "holds more than one authority");
  }
}

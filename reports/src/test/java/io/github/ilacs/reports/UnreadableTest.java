package io.github.ilacs.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ilacs.reports.UnreadableDocumentException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read at all: one exception naming the file and why. */
class UnreadableTest {
  private static final ReportReader READER = ReportReader.defaults();

  @TempDir
  Path dir;

  @Test
  void aWebPageSavedAsPdfIsNotAPdf() throws Exception {
    Path file = dir.resolve("page.pdf");
    Files.writeString(file, "<!DOCTYPE html>\n<html><body>Page not found</body></html>");

    UnreadableDocumentException e = refused(file);

    assertThat(e.reason()).isEqualTo(Reason.NOT_A_PDF);
    assertThat(e.getMessage()).isEqualTo(file + ": not a PDF (an HTML web page saved under a "
        + "PDF name)");
  }

  @Test
  void aDamagedPdfIsDamaged() throws Exception {
    Path file = dir.resolve("broken.pdf");
    Files.write(file, "%PDF-1.7\nthis is not a body\n".getBytes(StandardCharsets.US_ASCII));

    assertThat(refused(file).reason()).isEqualTo(Reason.DAMAGED);
  }

  @Test
  void aScanWithoutTextHasNoTextLayer() throws Exception {
    Path file = TestPdfs.writeWithoutText(dir.resolve("scan.pdf"));

    UnreadableDocumentException e = refused(file);

    assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER);
    assertThat(e.file()).isEqualTo(file.toString());
  }

  @Test
  void anEncryptedPdfIsEncrypted() throws Exception {
    Path file = TestPdfs.writeEncrypted(dir.resolve("locked.pdf"), Documents.focusedVisit2018());

    assertThat(refused(file).reason()).isEqualTo(Reason.ENCRYPTED);
  }

  @Test
  void anotherKindOfDocumentIsNotAnOfstedDocument() throws Exception {
    Path file = TestPdfs.write(dir.resolve("minutes.pdf"), List.of(List.of(
        "Minutes of the allotment society", "", "Present: the committee",
        "The society agreed to buy a new shed for the tools kept by members on the site.",
        "The treasurer reported that the fees collected this year cover the water bill and the",
        "insurance, with a little left over for seeds and compost for the shared beds.")));

    assertThat(refused(file).reason()).isEqualTo(Reason.NOT_AN_OFSTED_DOCUMENT);
  }

  @Test
  void aLetterAboutNoKnownAuthorityNamesTheTitle() throws Exception {
    String text = String.join("\n", "12 March 2018", "", "Dear Ms Director", "",
        "Focused visit to Atlantis children’s services", "",
        "This letter sets out what inspectors found on a focused visit to",
        "Atlantis children’s services on 13 and 14 February 2018.");

    UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
        () -> READER.readText(text, "atlantis.txt"));

    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_AUTHORITY);
    assertThat(e.getMessage()).startsWith("atlantis.txt: about no local authority")
        .contains("Atlantis");
  }

  @Test
  void aReadableLetterIsNotRefused() throws Exception {
    Path file = TestPdfs.write(dir.resolve("fine.pdf"), Documents.focusedVisit2018());

    assertThat(READER.read(file).inspection().authority().name()).isEqualTo("Barnet");
  }

  private static UnreadableDocumentException refused(Path file) {
    UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
        () -> READER.read(file));
    assertThat(e).as("refused").isNotNull();
    return e;
  }
}

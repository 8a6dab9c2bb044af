package io.github.ilacs.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes test PDFs with PDFBox: each page a list of lines, a blank string leaving a gap the
 * height of a paragraph break, as Ofsted's documents are laid out.
 */
final class TestPdfs {
  private static final float TOP = 780;
  private static final float LEFT = 60;
  private static final float LEADING = 14;

  private TestPdfs() {}

  /** Writes the pages to a file and returns it. */
  static Path write(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = build(pages)) {
      doc.save(file.toFile());
    }
    return file;
  }

  /** Writes the pages to an encrypted file that needs a password to open. */
  static Path writeEncrypted(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = build(pages)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  /** Writes a one-page PDF holding a drawn box and no text. */
  static Path writeWithoutText(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.addRect(100, 100, 200, 300);
        cs.fill();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static PDDocument build(List<List<String>> pages) throws IOException {
    PDDocument doc = new PDDocument();
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    for (List<String> lines : pages) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = TOP;
        for (String line : lines) {
          if (line.isBlank()) {
            y -= LEADING;
            continue;
          }
          cs.beginText();
          cs.setFont(font, 11);
          cs.newLineAtOffset(LEFT, y);
          cs.showText(line);
          cs.endText();
          y -= LEADING;
        }
      }
    }
    return doc;
  }
}

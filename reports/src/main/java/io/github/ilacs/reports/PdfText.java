package io.github.ilacs.reports;

import io.github.ilacs.reports.UnreadableDocumentException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text of a PDF page by page with PDFBox, refusing what is not a readable PDF.
 */
final class PdfText {
  /** Fewer letters than this over the whole document means there is no text layer. */
  private static final int MIN_LETTERS = 200;

  private PdfText() {}

  /** Returns the text of each page, in order. */
  static List<String> pages(Path file) throws IOException {
    String name = file.toString();
    checkSignature(file, name);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSuppressDuplicateOverlappingText(false);
      stripper.setPageEnd("\f");
      stripper.setParagraphEnd("\n");
      String text = stripper.getText(doc);
      List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
      if (pages.size() > doc.getNumberOfPages()) {
        pages.subList(doc.getNumberOfPages(), pages.size()).clear();
      }
      long letters = text.chars().filter(Character::isLetter).count();
      if (letters < MIN_LETTERS) {
        throw new UnreadableDocumentException(name, Reason.NO_TEXT_LAYER,
            letters + " letters of text on " + doc.getNumberOfPages() + " pages");
      }
      return pages;
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(name, Reason.ENCRYPTED, "it needs a password");
    } catch (UnreadableDocumentException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadableDocumentException(name, Reason.DAMAGED, String.valueOf(e.getMessage()));
    }
  }

  private static void checkSignature(Path file, String name) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1024);
    }
    String start = new String(head, StandardCharsets.ISO_8859_1);
    if (start.contains("%PDF-")) {
      return;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    String what = lower.contains("<html") || lower.contains("<!doctype")
        ? "an HTML web page saved under a PDF name"
        : head.length == 0 ? "an empty file" : "no %PDF- signature at its start";
    throw new UnreadableDocumentException(name, Reason.NOT_A_PDF, what);
  }
}

package io.github.ilacs.reports;

import io.github.ilacs.Finding;
import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Source;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import io.github.ilacs.reports.UnreadableDocumentException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an Ofsted report or letter about a local authority's children's services, as a PDF or
 * as plain text, into an {@link Inspection} with the warnings about what it could not read.
 *
 * <p>The authority is found by the name in the document through the directory; the framework
 * is the one in force on the first day on site; the kind comes from the layout (an ILACS report
 * is short when it ran for seven weekdays or fewer, standard otherwise; a visit letter whose
 * method was adapted to Covid-19 is an interim visit). Findings keep the document's own words.
 * The date a document prints is {@code issued} (a letter's date, a SIF or LAC report's
 * "published" line, which is also {@code published}); taking the publication date from a file
 * name such as {@code "... - 19 december 2019.pdf"} happens only when asked, with a warning.
 *
 * <p>Immutable and thread-safe: one reader may read many documents at once.
 */
public final class ReportReader {
  private static final List<Layout> REPORTS = List.of(new LacReportLayout(),
      new SifReportLayout(), new IlacsReportLayout());
  private static final List<Layout> LETTERS = List.of(new UnannouncedLetterLayout(),
      new VisitLetterLayout());
  private static final int HEAD_LINES = 80;
  /** No finding in the sample runs beyond 1,000 characters; one this long is a misread list. */
  private static final int MAX_FINDING_LENGTH = 4_000;

  private final AuthorityDirectory directory;
  private final Authorities authorities;
  private final ThemeLexicon lexicon;
  private final boolean publishedFromFileName;

  private ReportReader(AuthorityDirectory directory, ThemeLexicon lexicon,
      boolean publishedFromFileName) {
    this.directory = directory;
    this.authorities = new Authorities(directory);
    this.lexicon = lexicon;
    this.publishedFromFileName = publishedFromFileName;
  }

  /**
   * Returns a reader with the built-in directory and theme lexicon that never takes a date from
   * a file name.
   *
   * @return the reader
   */
  public static ReportReader defaults() {
    return new ReportReader(AuthorityDirectory.builtIn(), ThemeLexicon.builtIn(), false);
  }

  /**
   * Returns a copy that finds authorities in another directory.
   *
   * @param newDirectory the directory, not null
   * @return the copy
   */
  public ReportReader withDirectory(AuthorityDirectory newDirectory) {
    return new ReportReader(Objects.requireNonNull(newDirectory, "directory"), lexicon,
        publishedFromFileName);
  }

  /**
   * Returns a copy that suggests themes from another lexicon.
   *
   * @param newLexicon the lexicon, not null
   * @return the copy
   */
  public ReportReader withLexicon(ThemeLexicon newLexicon) {
    return new ReportReader(directory, Objects.requireNonNull(newLexicon, "lexicon"),
        publishedFromFileName);
  }

  /**
   * Returns a copy that, when a document prints no date, takes the publication date from the
   * last date in the file name, and says so in a warning.
   *
   * @param yes whether to take the date from the file name
   * @return the copy
   */
  public ReportReader withPublishedFromFileName(boolean yes) {
    return new ReportReader(directory, lexicon, yes);
  }

  /**
   * Reads a file: a PDF, or plain text when its name ends in {@code .txt}.
   *
   * @param file the file, not null
   * @return what was read
   * @throws UnreadableDocumentException when the file cannot be read at all, naming it and why
   * @throws IOException when the file cannot be opened
   */
  public ReadResult read(Path file) throws IOException {
    String name = file.toString();
    Path fileName = file.getFileName();
    String base = fileName == null ? name : fileName.toString();
    TextDocument doc = base.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? TextDocument.ofPlainText(Files.readString(file, StandardCharsets.UTF_8))
        : TextDocument.ofPages(PdfText.pages(file));
    return parse(doc, name, publishedFromFileName ? fileDate(base) : Optional.empty());
  }

  /**
   * Returns the text of a PDF as this reader sees it, pages separated by form feeds: what
   * {@link #readText(String, String)} would be given to read the same document. For tools and
   * benchmarks that keep PDF extraction apart from reading.
   *
   * @param file the PDF, not null
   * @return the text, never null
   * @throws UnreadableDocumentException when the file is not a PDF, is damaged or encrypted, or
   *     has no text layer
   * @throws IOException when the file cannot be opened
   */
  public static String pdfText(Path file) throws IOException {
    return String.join("\f", PdfText.pages(file));
  }

  /**
   * Reads the plain text of a document; form feeds, where present, separate pages.
   *
   * @param text the text, not null
   * @param name the name to give the text in results and errors, not null
   * @return what was read
   * @throws UnreadableDocumentException when the text is not an Ofsted report or letter about
   *     children's services, or names no known authority
   */
  public ReadResult readText(String text, String name) throws UnreadableDocumentException {
    return parse(TextDocument.ofPlainText(text), name,
        publishedFromFileName ? fileDate(name) : Optional.empty());
  }

  private ReadResult parse(TextDocument doc, String name, Optional<LocalDate> fileDate)
      throws UnreadableDocumentException {
    String head = Sections.head(doc, HEAD_LINES);
    boolean letter = doc.find(java.util.regex.Pattern.compile("^dear\\b"), 0, HEAD_LINES) >= 0;
    Layout layout = Stream.concat((letter ? LETTERS : REPORTS).stream(),
            (letter ? REPORTS : LETTERS).stream())
        .filter(l -> l.recognises(doc, head)).findFirst()
        .orElseThrow(() -> new UnreadableDocumentException(name,
            Reason.NOT_AN_OFSTED_DOCUMENT, "no known report or letter layout fits its first page"));
    Draft draft = new Draft();
    layout.read(doc, draft);
    LocalDate start = draft.start;
    LocalDate end = draft.end;
    if (start == null || end == null || draft.kind == null) {
      throw new UnreadableDocumentException(name, Reason.NOT_AN_OFSTED_DOCUMENT,
          "its layout was recognised but no on-site dates could be read");
    }
    Framework framework = draft.framework().orElseThrow(() -> new UnreadableDocumentException(
        name, Reason.NOT_AN_OFSTED_DOCUMENT, "no framework had " + draft.kind.title()
            + " on " + draft.start));
    AuthorityEntry authority = authorities.named(draft.title, start)
        .or(() -> authorities.named(doc.joined(0, HEAD_LINES), start))
        .orElseThrow(() -> new UnreadableDocumentException(name, Reason.UNKNOWN_AUTHORITY,
            "title: " + draft.title));
    Inspection.Builder b = Inspection.builder()
        .authority(authority.toLocalAuthority()).framework(framework).kind(draft.kind)
        .start(start).end(end);
    draft.judgements.forEach(b::judgement);
    for (Draft.RawFinding f : draft.findings) {
      String text = f.text();
      if (text.length() > MAX_FINDING_LENGTH) {
        draft.warn(f.first(), "a finding runs to " + text.length() + " characters, so its list"
            + " probably did not end where it should; cut to " + MAX_FINDING_LENGTH);
        text = text.substring(0, MAX_FINDING_LENGTH);
      }
      b.addFindings(Finding.builder().kind(f.kind()).summary(text)
          .addAllThemes(lexicon.suggest(text)).build());
    }
    Line top = Sections.at(doc, 0);
    Optional<LocalDate> issued = Optional.ofNullable(draft.issued);
    if (issued.isPresent() && issued.get().isBefore(end)) {
      draft.warn(top, "the printed date " + issued.get() + " is before the last day on site "
          + end + "; left out of the inspection");
      issued = Optional.empty();
    }
    issued.ifPresent(b::issued);
    Optional<LocalDate> published = draft.printedDateIsPublication ? issued : Optional.empty();
    if (published.isEmpty() && fileDate.isPresent()) {
      if (fileDate.get().isBefore(end)) {
        draft.warn(top, "the date " + fileDate.get() + " in the file name is before the last"
            + " day on site " + end + "; not taken");
      } else {
        published = fileDate;
        draft.warn(top, "publication date " + fileDate.get() + " taken from the file name");
      }
    }
    published.ifPresent(b::published);
    Optional.ofNullable(draft.focus).ifPresent(b::focus);
    Optional.ofNullable(draft.issued).ifPresent(d -> b.source(Source.of(title(draft), d)));
    try {
      return new ReadResult(name, b.build(), Optional.ofNullable(draft.issued), draft.warnings);
    } catch (InvalidInspectionException e) {
      throw new UnreadableDocumentException(name, Reason.NOT_AN_OFSTED_DOCUMENT,
          "what was read does not make a valid inspection: " + e.getMessage());
    }
  }

  private static String title(Draft draft) {
    String t = draft.title.strip();
    return t.isEmpty() ? "Untitled document" : t;
  }

  private static Optional<LocalDate> fileDate(String fileName) {
    List<LocalDate> dates = Dates.run(fileName);
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
  }
}

package io.github.ilacs.examples.bench;

import io.github.ilacs.reports.ReportReader;
import io.github.ilacs.reports.UnreadableDocumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The report reader on the real documents in {@code shared/documents} beside the checkout, on
 * one thread, split in two: PDF text extraction by PDFBox, and our reading of that text. With no
 * such folder there is nothing to read and both benchmarks measure an empty loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReaderBenchmarks {
  List<Path> pdfs;
  List<String> texts;
  ReportReader reader;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public ReaderBenchmarks() {}

  /** Finds the documents and extracts their text once, for the reading benchmark. */
  @Setup
  public void setUp() {
    reader = ReportReader.defaults();
    pdfs = new ArrayList<>();
    texts = new ArrayList<>();
    for (Path pdf : documents()) {
      try {
        texts.add(ReportReader.pdfText(pdf));
        pdfs.add(pdf);
      } catch (UnreadableDocumentException e) {
        // the web page saved as .pdf: refused, and left out of both benchmarks
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Extracts the text of every readable PDF with PDFBox.
   *
   * @param sink receives each text
   * @throws IOException when a file cannot be read
   */
  @Benchmark
  public void extractPdfText(Blackhole sink) throws IOException {
    for (Path pdf : pdfs) {
      sink.consume(ReportReader.pdfText(pdf));
    }
  }

  /**
   * Reads every extracted text into an inspection.
   *
   * @param sink receives each result
   * @throws UnreadableDocumentException when a text cannot be read
   */
  @Benchmark
  public void readExtractedText(Blackhole sink) throws UnreadableDocumentException {
    for (int i = 0; i < texts.size(); i++) {
      sink.consume(reader.readText(texts.get(i), pdfs.get(i).toString()));
    }
  }

  /** Returns the PDFs under shared/documents beside the working directory, or none. */
  static List<Path> documents() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path docs = dir.resolve("shared").resolve("documents");
      if (Files.isDirectory(docs)) {
        try (Stream<Path> s = Files.walk(docs)) {
          return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return List.of();
  }
}

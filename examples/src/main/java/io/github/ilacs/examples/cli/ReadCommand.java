package io.github.ilacs.examples.cli;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.reports.ReadResult;
import io.github.ilacs.reports.ReadWarning;
import io.github.ilacs.reports.ReportReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ilacs read PATH... --out DIR [--history]}: reads Ofsted reports and letters (PDF or
 * text; directories walked) and writes each as an inspection in the library's JSON format, or
 * with {@code --history} one history per authority. A file that cannot be read gets one line on
 * standard error and no output. Exit status 0 when all were read, 1 when some were not, 2 on a
 * usage error.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = "Read Ofsted reports and letters (.pdf, .txt; directories walked) into JSON: "
        + "DIR/<path relative to PATH>.json, or with --history DIR/<DfE code>.json per "
        + "authority. Exit status 0 when every file was read, 1 when some were not.",
    footerHeading = "%nExamples:%n",
    footer = {"  ilacs read report.pdf --out json",
        "  ilacs read letters/ --out json --history"})
final class ReadCommand implements Callable<Integer> {
  /**
   * PDFBox and FontBox report font substitutions through java.util.logging, which would add
   * lines to standard error; the logger is kept here so that it stays off.
   */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache");

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "PDF or text files, or directories holding them.")
  List<Path> paths;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory to write the JSON files into (created if absent).")
  Path out;

  @Option(names = "--history",
      description = "Write one history per authority, DIR/<DfE code>.json, instead.")
  boolean history;

  @Option(names = "--published-from-file-name",
      description = "Where a document prints no date, take the publication date from the last "
          + "date in its file name (flagged as a warning).")
  boolean publishedFromFileName;

  @Option(names = "--warnings", description = "Print every warning, one per line.")
  boolean printWarnings;

  @Spec
  CommandSpec spec;

  /** One input file and where its output goes, relative to the output directory. */
  private record Input(Path file, Path relative) {}

  /** What became of one input: a result or the one-line reason it was not read. */
  private record Outcome(Input input, ReadResult result, String failure) {}

  @Override
  public Integer call() throws InterruptedException {
    PDFBOX_LOG.setLevel(Level.OFF);
    List<Input> inputs = inputs();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UserError(out + ": cannot create the output directory: " + e.getMessage());
    }
    ReportReader reader = ReportReader.defaults().withPublishedFromFileName(publishedFromFileName);
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
        inputs.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Outcome> outcomes = new ArrayList<>();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Input input : inputs) {
        futures.add(pool.submit(() -> readOne(reader, input)));
      }
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    if (history) {
      writeHistories(outcomes);
    }
    return report(outcomes);
  }

  /** Reads one file and, unless histories are wanted, writes its JSON at once. */
  private Outcome readOne(ReportReader reader, Input input) {
    try {
      ReadResult result = reader.read(input.file());
      if (!history) {
        String name = input.relative().toString();
        int dot = name.lastIndexOf('.');
        Path target = out.resolve((dot > 0 ? name.substring(0, dot) : name) + ".json");
        write(target, result.inspection());
      }
      return new Outcome(input, result, null);
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      return new Outcome(input, null, message.startsWith(input.file().toString()) ? message
          : input.file() + ": cannot read: " + message);
    } catch (RuntimeException e) {
      return new Outcome(input, null, input.file() + ": cannot read: " + e);
    }
  }

  private void writeHistories(List<Outcome> outcomes) {
    Map<String, List<Inspection>> byCode = new TreeMap<>();
    for (Outcome o : outcomes) {
      if (o.result() != null) {
        Inspection i = o.result().inspection();
        byCode.computeIfAbsent(i.authority().code(), k -> new ArrayList<>()).add(i);
      }
    }
    byCode.forEach((code, list) -> {
      list.sort(Comparator.comparing(Inspection::start));
      write(out.resolve(code + ".json"), InspectionHistory.of(list.get(0).authority(), list));
    });
  }

  private static void write(Path target, Object value) {
    try {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Inputs.MAPPER.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), value);
    } catch (IOException e) {
      throw new UserError(target + ": cannot write: " + e.getMessage());
    }
  }

  private int report(List<Outcome> outcomes) {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    int read = 0;
    int warnings = 0;
    for (Outcome o : outcomes) {
      if (o.result() == null) {
        stderr.println("ilacs: " + o.failure());
        continue;
      }
      read++;
      warnings += o.result().warnings().size();
      if (printWarnings) {
        for (ReadWarning w : o.result().warnings()) {
          stdout.println(o.input().file() + ": " + w);
        }
      }
    }
    stdout.println(read + " of " + outcomes.size() + " files read into " + out + ", "
        + warnings + " warnings" + (history ? ", one history per authority" : ""));
    stdout.flush();
    stderr.flush();
    return read == outcomes.size() ? 0 : 1;
  }

  /** Lists the files to read, in a stable order; a missing path is a usage error. */
  private List<Input> inputs() {
    List<Input> list = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(Inputs::isDocument).sorted()
              .forEach(f -> list.add(new Input(f, p.relativize(f))));
        } catch (IOException e) {
          throw new UserError(p + ": cannot list: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        Path name = p.getFileName();
        list.add(new Input(p, name == null ? p : name));
      } else {
        throw new UserError(p + ": no such file or directory");
      }
    }
    return Collections.unmodifiableList(list);
  }
}

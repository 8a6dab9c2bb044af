package io.github.ilacs.examples.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the pages in headless Chromium from the system (Debian's {@code chromium}; nothing is
 * downloaded) to PNG and PDF, and checks in the rendered DOM: no console message or error,
 * nothing wider than an A4 page, one SVG mark per activity, every inspection in the page. Without
 * Chromium the test is skipped, except on CI ({@code CI=true}), where it fails.
 */
class BrowserTest {
  /** An A4 page at 96 dots per inch. */
  static final int A4_WIDTH = 794;
  static final int A4_HEIGHT = 1123;
  static final Pattern PAGE = Pattern.compile("/Type\\s*/Page\\b");

  /**
   * Runs after the page has loaded: counts errors (scripts and resources) and the elements that
   * reach past the viewport, and writes both onto the body for the dumped DOM.
   */
  static final String PROBE = "<script>window.__errors=0;"
      + "window.addEventListener('error',function(){window.__errors++;},true);"
      + "window.addEventListener('load',function(){var w=document.documentElement.clientWidth;"
      + "var n=0;document.querySelectorAll('body *').forEach(function(e){"
      + "var r=e.getBoundingClientRect();if(r.right>w+0.5||r.left<-0.5){n++;}});"
      + "document.body.setAttribute('data-overflow',String(n));"
      + "document.body.setAttribute('data-scroll-width',"
      + "String(document.documentElement.scrollWidth));"
      + "document.body.setAttribute('data-client-width',String(w));"
      + "document.body.setAttribute('data-errors',String(window.__errors));});</script>";

  @TempDir
  static Path dir;
  static Path chromium;

  @BeforeAll
  static void findChromium() {
    Optional<Path> found = locate(System.getenv().getOrDefault("PATH", ""));
    if (found.isEmpty()) {
      if (mustRun(System.getenv("CI"))) {
        fail("CI=true and no chromium on the PATH: .ci/run installs it (apt-get install -y "
            + "chromium)");
      }
      System.out.println("BrowserTest skipped: no chromium on the PATH (apt-get install -y "
          + "chromium to run it)");
      Assumptions.abort("no chromium on the PATH");
    }
    chromium = found.get();
  }

  /** The first executable chromium (or chromium-browser) on a PATH. */
  static Optional<Path> locate(String pathVariable) {
    return Stream.of(pathVariable.split(java.io.File.pathSeparator))
        .filter(p -> !p.isEmpty())
        .flatMap(p -> Stream.of(Path.of(p, "chromium"), Path.of(p, "chromium-browser")))
        .filter(Files::isExecutable).findFirst();
  }

  /** Whether a missing browser fails the build: on CI it does, elsewhere it skips. */
  static boolean mustRun(@org.jspecify.annotations.Nullable String ci) {
    return "true".equalsIgnoreCase(ci);
  }

  /** A page to render: its name, its HTML and the history it shows (or none for the overview). */
  record Page(String name, String html, Optional<InspectionHistory> history) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Page> pages() {
    List<InspectionHistory> all = BriefingPagesTest.builtIn();
    InspectionHistory notts = NottinghamshireSeeds.history();
    InspectionHistory inadequate = BriefingPagesTest.inadequate(BriefingPagesTest.AS_OF);
    return List.of(
        new Page("nottinghamshire", BriefingPagesTest.briefing(notts, BriefingPagesTest.AS_OF),
            Optional.of(notts)),
        new Page("inadequate", BriefingPagesTest.briefing(inadequate, BriefingPagesTest.AS_OF),
            Optional.of(inadequate)),
        new Page("overview", Overview.html(all, AuthorityDirectory.builtIn(),
            BriefingPagesTest.AS_OF, "test", new ArrayList<>()), Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void rendersToPngAndPdfWithNoErrorAndNothingWiderThanThePage(Page page) throws Exception {
    Path html = Files.writeString(dir.resolve(page.name() + ".html"), page.html());
    Path png = dir.resolve(page.name() + ".png");
    Path pdf = dir.resolve(page.name() + ".pdf");
    run(page.name() + "-png", "--window-size=" + A4_WIDTH + "," + A4_HEIGHT,
        "--hide-scrollbars", "--screenshot=" + png, html.toUri().toString());
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(Files.size(png)).isGreaterThan(10_000);
    run(page.name() + "-pdf", "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
        html.toUri().toString());
    String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    assertThat(pdfText).startsWith("%PDF-");
    Matcher pages = PAGE.matcher(pdfText);
    int count = 0;
    while (pages.find()) {
      count++;
    }
    assertThat(count).isPositive();

    Path probe = Files.writeString(dir.resolve(page.name() + "-probe.html"),
        page.html().replaceFirst("<head>", "<head>" + PROBE));
    String dom = run(page.name() + "-dom", "--window-size=" + A4_WIDTH + "," + A4_HEIGHT,
        "--dump-dom", probe.toUri().toString());
    Document doc = Jsoup.parse(dom);
    Element body = doc.body();
    assertThat(body.attr("data-errors")).isEqualTo("0");
    assertThat(body.attr("data-overflow")).as("elements reaching past the page").isEqualTo("0");
    assertThat(body.attr("data-scroll-width")).isEqualTo(body.attr("data-client-width"));
    if (page.history().isPresent()) {
      InspectionHistory h = page.history().get();
      List<String> starts = h.chronological().stream().map(i -> i.start().toString()).toList();
      assertThat(doc.select("svg g.activity").eachAttr("data-start"))
          .containsExactlyInAnyOrderElementsOf(starts);
      assertThat(doc.select("tr.activity").eachAttr("data-start"))
          .containsExactlyElementsOf(starts);
    } else {
      assertThat(doc.select("tr.authority")).hasSize(BriefingPagesTest.builtIn().size());
    }
  }

  @org.junit.jupiter.api.Test
  void theProbeSeesAnErrorAndAnElementWiderThanThePage() throws Exception {
    Path probe = Files.writeString(dir.resolve("bad-probe.html"), "<!DOCTYPE html><html><head>"
        + PROBE + "</head><body><div style=\"width:2000px\">wide</div>"
        + "<img src=\"missing.png\" alt=\"\"></body></html>");
    Document doc = Jsoup.parse(run("bad-dom", "--window-size=" + A4_WIDTH + "," + A4_HEIGHT,
        "--dump-dom", probe.toUri().toString()));
    assertThat(doc.body().attr("data-overflow")).isNotEqualTo("0");
    assertThat(doc.body().attr("data-errors")).isNotEqualTo("0");
  }

  /** Runs Chromium on a fresh profile; returns standard output, fails on console messages. */
  private static String run(String name, String... args) throws IOException,
      InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile-");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(args));
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s: " + command);
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("chromium exit status; stderr:%n%s", stderr).isZero();
    assertThat(stderr.lines().filter(l -> l.contains(":CONSOLE")))
        .as("console messages").isEmpty();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}

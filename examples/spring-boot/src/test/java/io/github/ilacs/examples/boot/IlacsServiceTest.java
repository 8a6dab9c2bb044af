package io.github.ilacs.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.jackson3.IlacsModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the service on a random loopback port and calls it over HTTP, as a client would: good
 * documents give the answer JSON, refused ones a problem-details body with the JSON pointer and
 * rule code, never a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.main.banner-mode=off",
        "logging.level.io.github.ilacs.examples.boot.ProblemHandler=off"})
@Import(IlacsServiceTest.FailingController.class)
class IlacsServiceTest {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();
  private static final String GOOD = resource("history.json");
  /** The request bodies of the table, by name: the good history and ways to spoil it. */
  private static final Map<String, String> BODIES = Map.ofEntries(
      Map.entry("good", GOOD),
      Map.entry("ungradedLeaders", spoil(GOOD,
          "{\"area\": \"IMPACT_OF_LEADERS\", \"grade\": \"GOOD\"},", "")),
      Map.entry("endBeforeStart", spoil(GOOD, "\"end\": \"2019-10-18\"", "\"end\": \"2019-10-01\"")),
      Map.entry("unknownProperty", spoil(GOOD, "\"kind\": \"STANDARD_INSPECTION\",",
          "\"kind\": \"STANDARD_INSPECTION\", \"colour\": \"green\",")),
      Map.entry("notADate", spoil(GOOD, "\"start\": \"2019-10-07\"", "\"start\": \"7 Oct 2019\"")),
      Map.entry("wrongType", spoil(GOOD, "\"judgements\": [", "\"judgements\": 4, \"x\": [")),
      Map.entry("truncated", GOOD.substring(0, GOOD.indexOf("\"published\""))),
      Map.entry("notJson", "inspections: none"),
      Map.entry("trailingText", GOOD + " and more"),
      Map.entry("blank", "  \n "),
      Map.entry("longNumber", "1".repeat(1001)),
      Map.entry("empty", ""));

  @LocalServerPort
  int port;

  @Autowired
  JsonMapper mapper;

  /**
   * Each call's status and some fields of its answer. {@code /a/b=v}: the value at that JSON
   * pointer of the answer is {@code v}; {@code /a/b~v}: it contains {@code v}.
   */
  @ParameterizedTest(name = "{0} {1} with {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      POST | /histories/validate                     | good            | 200 | /clean=true; /errors=0; /warnings=0
      POST | /histories/validate                     | ungradedLeaders | 200 | /clean=false; /errors=1; /violations/0/code=R201; /violations/0/path=/inspections/0/judgements
      POST | /histories/pathway?asOf=2020-02-01      | good            | 200 | /asOf=2020-02-01; /pathway=GOOD_OR_OUTSTANDING; /nextInspection/kinds/0=SHORT_INSPECTION; /authority/code=891
      POST | /histories/pathway?asOf=2020-02-01      | endBeforeStart  | 400 | /pointer=/inspections/0/end; /code=IV02; /detail~2019-10-01; /status=400
      POST | /histories/validate                     | unknownProperty | 400 | /pointer=/inspections/0/colour; /code=JS05; /detail~colour
      POST | /histories/validate                     | notADate        | 400 | /pointer=/inspections/0/start; /code=JS06; /detail~7 Oct 2019
      POST | /histories/validate                     | wrongType       | 400 | /pointer=/inspections/0/judgements; /code=JS03
      POST | /histories/validate                     | truncated       | 400 | /code=JS01; /detail~malformed JSON
      POST | /histories/validate                     | notJson         | 400 | /pointer=/; /code=JS01; /detail~malformed JSON
      POST | /histories/validate                     | trailingText    | 400 | /pointer=/; /code=JS01; /detail~malformed JSON
      POST | /histories/validate                     | empty           | 400 | /pointer=/; /code=JS01; /detail~malformed JSON
      POST | /histories/validate                     | blank           | 400 | /pointer=/; /code=JS01; /detail~malformed JSON
      POST | /histories/validate                     | longNumber      | 400 | /pointer=/; /code=JS02; /detail~parser limit
      POST | /histories/pathway?asOf=2024-13-01      | good            | 400 | /parameter=asOf; /value=2024-13-01; /rule~yyyy-mm-dd; /detail~asOf
      POST | /histories/pathway?asOf=1 June 2024     | good            | 400 | /parameter=asOf; /value=1 June 2024; /rule~yyyy-mm-dd
      POST | /histories/pathway?asOf=1989-12-31      | good            | 400 | /parameter=asOf; /value=1989-12-31; /rule~1990-01-01
      GET  | /authorities/891/pathway?asOf=2026-12-01 |                | 200 | /authority/code=891; /asOf=2026-12-01; /pathway=GOOD_OR_OUTSTANDING; /basis/kind=SHORT_INSPECTION; /overdue=false
      GET  | /authorities/380/pathway?asOf=2024-12-31 |                | 200 | /authority/code=380; /asOf=2024-12-31; /coverage=GRADED_INSPECTIONS
      GET  | /authorities/999/pathway                 |                | 404 | /authority=999; /detail~999; /status=404
      GET  | /authorities/891/pathway?asOf=tomorrow   |                | 400 | /parameter=asOf; /value=tomorrow
      GET  | /authorities/891/pathway?asOf=%C3%28     |                | 400 | /title=Query string refused; /detail~UTF-8
      GET  | /test/failure                            |                | 500 | /title=Internal error; /detail~log; /status=500
      """)
  void answers(String method, String path, String body, int status, String expected)
      throws Exception {
    assertThat(body == null || BODIES.containsKey(body)).as("body %s is in the table", body)
        .isTrue();
    HttpResponse<String> response = call(method, path, body == null ? null : BODIES.get(body));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith(status == 200 ? "application/json" : "application/problem+json");
    JsonNode answer = mapper.readTree(response.body());
    for (String expectation : expected.split(";")) {
      String[] parts = expectation.strip().split("[=~]", 2);
      String actual = answer.at(parts[0]).asString();
      if (expectation.contains("~")) {
        assertThat(actual).as(expectation + " in " + response.body()).contains(parts[1]);
      } else {
        assertThat(actual).as(expectation + " in " + response.body()).isEqualTo(parts[1]);
      }
    }
    if (status != 200) {
      assertThat(response.body()).as("no stack trace")
          .doesNotContain("Exception", "\tat ", "\"trace\"", "secret");
    }
  }

  @Test
  void asOfLeftOutMeansTodayInEngland() throws Exception {
    LocalDate before = LocalDate.now(ZoneId.of("Europe/London"));
    HttpResponse<String> response = call("GET", "/authorities/891/pathway", null);
    LocalDate after = LocalDate.now(ZoneId.of("Europe/London"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(LocalDate.parse(mapper.readTree(response.body()).at("/asOf").asString()))
        .isBetween(before, after);
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedByMediaType() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/histories/validate"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(GOOD))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void bootsOwnMapperHasTheIlacsModule() {
    String version = mapper.version().toString();

    Inspection inspection = mapper.readValue(
        mapper.readTree(GOOD).at("/inspections/0").toString(), Inspection.class);

    assertThat(mapper.version().getMajorVersion())
        .as("Boot's managed Jackson is %s", version).isEqualTo(3);
    assertThat(mapper.registeredModules())
        .as("modules of Boot's mapper (Jackson %s)", version)
        .anyMatch(IlacsModule.class::isInstance);
    assertThat(inspection.kind()).as("read by Boot's mapper (Jackson %s)", version)
        .isEqualTo(InspectionKind.STANDARD_INSPECTION);
    assertThat(mapper.writeValueAsString(inspection))
        .as("written by Boot's mapper (Jackson %s)", version)
        .contains("\"framework\":\"ILACS_2018\"", "\"start\":\"2019-10-07\"");
  }

  /** A service failure the client must not see the inside of. */
  @RestController
  static class FailingController {
    @GetMapping("/test/failure")
    String fail() {
      throw new IllegalStateException("secret internals at io.github.ilacs.Somewhere");
    }
  }

  private HttpResponse<String> call(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20"));
  }

  private static String spoil(String document, String what, String with) {
    if (!document.contains(what)) {
      throw new IllegalStateException("the test document has no " + what);
    }
    return document.replace(what, with);
  }

  private static String resource(String name) {
    try (InputStream in = IlacsServiceTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

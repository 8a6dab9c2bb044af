package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ilacs.InspectionHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad documents, each read as an {@link InspectionHistory}: every one fails with a
 * {@link JsonProcessingException} of the expected kind whose message names the JSON pointer of
 * the problem (and the rule code or the accepted values where there are some).
 */
class BadJsonTest {
  private static final ObjectMapper MAPPER = Fixtures.MAPPER;
  private static final JsonNode GOOD = readGolden();

  private static JsonNode readGolden() {
    try {
      return MAPPER.readTree(Fixtures.resource("golden/history-nottinghamshire.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden history with the value at a pointer replaced (raw JSON) or removed (null). */
  private static String with(String pointer, String rawValue) {
    ObjectNode doc = GOOD.deepCopy();
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = doc.at(p.head());
    String last = p.last().getMatchingProperty();
    JsonNode value;
    try {
      value = rawValue == null ? null : MAPPER.readTree(rawValue);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (parent instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) parent;
      int i = p.last().getMatchingIndex();
      if (value == null) {
        array.remove(i);
      } else if (i == array.size()) {
        array.add(value);
      } else {
        array.set(i, value);
      }
    } else if (value == null) {
      ((ObjectNode) parent).remove(last);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return doc.toString();
  }

  private static String without(String pointer) {
    return with(pointer, null);
  }

  private static final List<Arguments> CASES = new ArrayList<>();

  private static void bad(String name, Class<? extends JsonProcessingException> type,
      String pointer, String detail, Supplier<String> doc) {
    CASES.add(Arguments.of(name, type, pointer, detail, doc));
  }

  private static final String I0 = "/inspections/0";
  private static final String I1 = "/inspections/1";
  private static final String I2 = "/inspections/2";
  private static final Class<MismatchedInputException> MISMATCH = MismatchedInputException.class;
  private static final Class<InvalidFormatException> FORMAT = InvalidFormatException.class;
  private static final Class<ValueInstantiationException> INVARIANT =
      ValueInstantiationException.class;
  private static final Class<UnrecognizedPropertyException> UNKNOWN =
      UnrecognizedPropertyException.class;
  private static final Class<JsonMappingException> MALFORMED = JsonMappingException.class;

  static {
    String good = GOOD.toString();
    // Truncated and malformed input.
    bad("truncated in a name", MALFORMED, "/authority/name", "malformed JSON",
        () -> "{\"authority\": {\"name\": \"Kent");
    bad("truncated after a value", MALFORMED, "/authority/name", "end-of-input",
        () -> "{\"authority\": {\"name\": \"Kent\"");
    bad("truncated in the inspections", MALFORMED, "/inspections/1/authority", "malformed JSON",
        () -> good.substring(0, good.indexOf("\"framework\":\"ILACS_2018\"")));
    bad("truncated half way", MALFORMED, "/inspections/1/judgements/0/grade", "malformed JSON",
        () -> good.substring(0, good.length() / 2));
    bad("trailing comma", MALFORMED, "/authority/code", "malformed JSON",
        () -> "{\"authority\": {\"name\": \"Kent\", \"code\": \"886\",}, \"inspections\": []}");
    bad("single quotes", MALFORMED, "/", "malformed JSON",
        () -> "{'authority': {}}");
    bad("unquoted property name", MALFORMED, "/authority", "malformed JSON",
        () -> "{\"authority\": {name: \"Kent\"}}");
    bad("comment", MALFORMED, "/authority/code", "malformed JSON",
        () -> "{\"authority\": {\"name\": \"Kent\", \"code\": /* x */ \"886\"}}");
    bad("NaN", MALFORMED, "/inspections/0/start", "malformed JSON",
        () -> with(I0 + "/start", "\"x\"").replace("\"start\":\"x\"", "\"start\":NaN"));
    bad("missing colon", MALFORMED, "/authority", "malformed JSON",
        () -> "{\"authority\" {\"name\": \"Kent\"}}");
    bad("top-level array", MISMATCH, "/", "expected an object", () -> "[" + good + "]");
    bad("top-level string", MISMATCH, "/", "expected an object", () -> "\"history\"");
    bad("top-level number", MISMATCH, "/", "expected an object", () -> "42");
    bad("top-level null", MISMATCH, "/",
        "[IV01] null is not allowed here; expected an inspection history object", () -> "null");

    // Wrong JSON types.
    bad("authority is a string", MISMATCH, "/authority", "expected an object",
        () -> with("/authority", "\"Nottinghamshire\""));
    bad("code is a number", MISMATCH, "/authority/code", "found a number",
        () -> with("/authority/code", "891"));
    bad("inspections is an object", MISMATCH, "/inspections", "expected an array",
        () -> with("/inspections", "{}"));
    bad("inspection is a string", MISMATCH, I0, "expected an object",
        () -> with(I0, "\"SIF\""));
    bad("start is a number", MISMATCH, I0 + "/start", "ISO-8601 date",
        () -> with(I0 + "/start", "20150511"));
    bad("start is an array", MISMATCH, I0 + "/start", "found an array",
        () -> with(I0 + "/start", "[2015, 5, 11]"));
    bad("framework is a number", MISMATCH, I0 + "/framework", "one of [UCRA_2009",
        () -> with(I0 + "/framework", "2013"));
    bad("judgements is an object", MISMATCH, I0 + "/judgements", "expected an array",
        () -> with(I0 + "/judgements", "{}"));
    bad("grade is a number", MISMATCH, I0 + "/judgements/0/grade", "found a number",
        () -> with(I0 + "/judgements/0/grade", "2"));
    bad("finding is an array", MISMATCH, I1 + "/findings/0", "expected an object",
        () -> with(I1 + "/findings/0", "[]"));
    bad("themes is a string", MISMATCH, I1 + "/findings/0/themes", "expected an array",
        () -> with(I1 + "/findings/0/themes", "\"PLANNING\""));
    bad("theme is a number", MISMATCH, I1 + "/findings/0/themes/0", "found a number",
        () -> with(I1 + "/findings/0/themes/0", "5"));
    bad("summary is a boolean", MISMATCH, I1 + "/findings/0/summary", "found a boolean",
        () -> with(I1 + "/findings/0/summary", "true"));
    bad("published is an object", MISMATCH, I0 + "/published", "found an object",
        () -> with(I0 + "/published", "{\"y\": 2015}"));
    bad("source is a string", MISMATCH, I0 + "/source", "expected an object",
        () -> with(I0 + "/source", "\"report\""));
    bad("source date is a number", MISMATCH, I0 + "/source/date", "found a number",
        () -> with(I0 + "/source/date", "2015"));
    bad("focus is an array", MISMATCH, I2 + "/focus", "found an array",
        () -> with(I2 + "/focus", "[\"DIRECT_WORK\"]"));

    // Nulls where a value is required.
    bad("history authority null", MISMATCH, "/authority", "[IV01]",
        () -> with("/authority", "null"));
    bad("authority name null", MISMATCH, "/authority/name", "[IV01]",
        () -> with("/authority/name", "null"));
    bad("authority code null", MISMATCH, I1 + "/authority/code", "[IV01]",
        () -> with(I1 + "/authority/code", "null"));
    bad("inspection authority null", MISMATCH, I2 + "/authority", "[IV01]",
        () -> with(I2 + "/authority", "null"));
    bad("framework null", MISMATCH, I0 + "/framework", "[IV01]",
        () -> with(I0 + "/framework", "null"));
    bad("kind null", MISMATCH, I0 + "/kind", "[IV01]", () -> with(I0 + "/kind", "null"));
    bad("start null", MISMATCH, I1 + "/start", "[IV01]", () -> with(I1 + "/start", "null"));
    bad("end null", MISMATCH, I1 + "/end", "[IV01]", () -> with(I1 + "/end", "null"));
    bad("judgement null", MISMATCH, I0 + "/judgements/2", "[IV01]",
        () -> with(I0 + "/judgements/2", "null"));
    bad("judgement area null", MISMATCH, I0 + "/judgements/1/area", "[IV01]",
        () -> with(I0 + "/judgements/1/area", "null"));
    bad("judgement grade null", MISMATCH, I0 + "/judgements/1/grade", "[IV01]",
        () -> with(I0 + "/judgements/1/grade", "null"));
    bad("finding kind null", MISMATCH, I1 + "/findings/1/kind", "[IV01]",
        () -> with(I1 + "/findings/1/kind", "null"));
    bad("finding summary null", MISMATCH, I1 + "/findings/1/summary", "[IV01]",
        () -> with(I1 + "/findings/1/summary", "null"));
    bad("theme listed twice", MISMATCH, I1 + "/findings/0/themes/1",
        "theme 'HEALTH' is listed twice",
        () -> with(I1 + "/findings/0/themes", "[\"HEALTH\", \"HEALTH\"]"));
    bad("theme listed twice apart", MISMATCH, I1 + "/findings/0/themes/2",
        "theme 'PLANNING' is listed twice",
        () -> with(I1 + "/findings/0/themes", "[\"PLANNING\", \"HEALTH\", \"PLANNING\"]"));
    bad("theme null", MISMATCH, I1 + "/findings/1/themes/1", "[IV01]",
        () -> with(I1 + "/findings/1/themes/1", "null"));
    bad("source title null", MISMATCH, I0 + "/source/title", "[IV01]",
        () -> with(I0 + "/source/title", "null"));
    bad("source date null", MISMATCH, I0 + "/source/date", "[IV01]",
        () -> with(I0 + "/source/date", "null"));
    bad("finding null", MISMATCH, I2 + "/findings/0", "[IV01]",
        () -> with(I2 + "/findings/0", "null"));
    bad("inspection null", MISMATCH, I1, "[IV01]", () -> with(I1, "null"));

    // Missing required properties.
    bad("history authority missing", MISMATCH, "/authority", "is missing",
        () -> without("/authority"));
    bad("authority code missing", MISMATCH, "/authority/code", "is missing",
        () -> without("/authority/code"));
    bad("inspection authority missing", MISMATCH, I0 + "/authority", "is missing",
        () -> without(I0 + "/authority"));
    bad("framework missing", MISMATCH, I1 + "/framework", "is missing",
        () -> without(I1 + "/framework"));
    bad("kind missing", MISMATCH, I1 + "/kind", "is missing", () -> without(I1 + "/kind"));
    bad("start missing", MISMATCH, I2 + "/start", "is missing", () -> without(I2 + "/start"));
    bad("end missing", MISMATCH, I2 + "/end", "is missing", () -> without(I2 + "/end"));
    bad("judgement area missing", MISMATCH, I0 + "/judgements/3/area", "is missing",
        () -> without(I0 + "/judgements/3/area"));
    bad("judgement grade missing", MISMATCH, I0 + "/judgements/3/grade", "is missing",
        () -> without(I0 + "/judgements/3/grade"));
    bad("finding summary missing", MISMATCH, I2 + "/findings/0/summary", "is missing",
        () -> without(I2 + "/findings/0/summary"));
    bad("finding kind missing", MISMATCH, I2 + "/findings/0/kind", "is missing",
        () -> without(I2 + "/findings/0/kind"));
    bad("source date missing", MISMATCH, I2 + "/source/date", "is missing",
        () -> without(I2 + "/source/date"));

    // Unknown and duplicate properties.
    bad("unknown top-level property", UNKNOWN, "/version", "4 known properties: \"authority\", \"coverage\", \"recordedUntil\", \"inspections\"",
        () -> with("/version", "1"));
    bad("unknown inspection property", UNKNOWN, I0 + "/grade", "\"framework\", \"kind\"",
        () -> with(I0 + "/grade", "\"GOOD\""));
    bad("unknown authority property", UNKNOWN, "/authority/region", "onsCode",
        () -> with("/authority/region", "\"EM\""));
    bad("unknown judgement property", UNKNOWN, I0 + "/judgements/0/label", "\"area\", \"grade\"",
        () -> with(I0 + "/judgements/0/label", "\"Good\""));
    bad("unknown finding property", UNKNOWN, I1 + "/findings/0/text", "summary",
        () -> with(I1 + "/findings/0/text", "\"x\""));
    bad("unknown source property", UNKNOWN, I2 + "/source/pages", "\"title\", \"date\", \"url\"",
        () -> with(I2 + "/source/pages", "12"));
    bad("camel case is not snake case", UNKNOWN, "/authority/ons_code", "onsCode",
        () -> with("/authority/ons_code", "\"E10000024\""));
    bad("duplicate property", MISMATCH, "/authority/code", "duplicate property 'code'",
        () -> "{\"authority\": {\"name\": \"Kent\", \"code\": \"886\", \"code\": \"887\"},"
            + " \"inspections\": []}");

    // Unknown enum names and grade labels.
    bad("unknown framework", FORMAT, I0 + "/framework", "[UCRA_2009, SLAC_2009",
        () -> with(I0 + "/framework", "\"ILACS_2099\""));
    bad("unknown kind", FORMAT, I0 + "/kind", "STANDARD_INSPECTION, SHORT_INSPECTION",
        () -> with(I0 + "/kind", "\"inspection\""));
    bad("lower-case kind", FORMAT, I0 + "/kind", "[IV10]",
        () -> with(I0 + "/kind", "\"sif_inspection\""));
    bad("unknown area", FORMAT, I0 + "/judgements/0/area", "OVERALL_EFFECTIVENESS,",
        () -> with(I0 + "/judgements/0/area", "\"OVERALL\""));
    bad("unknown grade", FORMAT, I0 + "/judgements/0/grade", "[IV09]",
        () -> with(I0 + "/judgements/0/grade", "\"excellent\""));
    bad("Adequate after 2013", FORMAT, I1 + "/judgements/2/grade",
        "Outstanding, Good, Requires improvement to be good, Inadequate",
        () -> with(I1 + "/judgements/2/grade", "\"Adequate\""));
    bad("unknown timescale", FORMAT, I1 + "/findings/0/timescale", "WITHIN_THREE_MONTHS",
        () -> with(I1 + "/findings/0/timescale", "\"within a year\""));
    bad("national framework in words", FORMAT, I1 + "/findings/0/nationalFramework",
        "'outcome three' is not a national framework cross-reference; expected an outcome,"
            + " enabler or principle and its number",
        () -> with(I1 + "/findings/0/nationalFramework", "\"outcome three\""));
    bad("deep dive is a number", MISMATCH, I2 + "/deepDive", "found a number",
        () -> with(I2 + "/deepDive", "3"));
    bad("unknown theme", FORMAT, I1 + "/findings/0/themes/0", "FRONT_DOOR_AND_THRESHOLDS",
        () -> with(I1 + "/findings/0/themes/0", "\"NOT_A_THEME\""));
    bad("unknown finding kind", FORMAT, I1 + "/findings/0/kind", "AREA_FOR_IMPROVEMENT",
        () -> with(I1 + "/findings/0/kind", "\"strength\""));
    bad("unknown focus", FORMAT, I2 + "/focus", "DIRECT_WORK",
        () -> with(I2 + "/focus", "\"EVERYTHING\""));
    bad("unknown finding area", FORMAT, I1 + "/findings/0/area", "HELP_AND_PROTECTION",
        () -> with(I1 + "/findings/0/area", "\"HELP\""));

    // Impossible or non-ISO dates.
    bad("30 February", FORMAT, I0 + "/start", "not a calendar date",
        () -> with(I0 + "/start", "\"2015-02-30\""));
    bad("month 13", FORMAT, I0 + "/end", "not a calendar date",
        () -> with(I0 + "/end", "\"2015-13-01\""));
    bad("day-month-year", FORMAT, I1 + "/end", "expected yyyy-mm-dd",
        () -> with(I1 + "/end", "\"18/10/2019\""));
    bad("unpadded", FORMAT, I1 + "/published", "expected yyyy-mm-dd",
        () -> with(I1 + "/published", "\"2019-12-9\""));
    bad("date and time", FORMAT, I2 + "/start", "expected yyyy-mm-dd",
        () -> with(I2 + "/start", "\"2022-04-26T09:00:00\""));
    bad("signed year", FORMAT, I2 + "/source/date", "expected yyyy-mm-dd",
        () -> with(I2 + "/source/date", "\"+2022-06-01\""));
    bad("empty date", FORMAT, I2 + "/end", "expected yyyy-mm-dd",
        () -> with(I2 + "/end", "\"\""));

    // Broken invariants.
    bad("end before start", INVARIANT, I1 + "/end", "[IV02]",
        () -> with(I1 + "/end", "\"2019-10-01\""));
    bad("published before end", INVARIANT, I1 + "/published", "[IV03]",
        () -> with(I1 + "/published", "\"2019-10-17\""));
    bad("area graded twice", INVARIANT, I1 + "/judgements/1/area", "[IV04]",
        () -> with(I1 + "/judgements/1/area", "\"OVERALL_EFFECTIVENESS\""));
    bad("blank authority name", INVARIANT, "/authority/name", "[IV05]",
        () -> with("/authority/name", "\"  \""));
    bad("two-digit code", INVARIANT, I0 + "/authority/code", "[IV06]",
        () -> with(I0 + "/authority/code", "\"89\""));
    bad("URN with a dash", INVARIANT, I0 + "/authority/urn", "[IV07]",
        () -> with(I0 + "/authority/urn", "\"80-534\""));
    bad("ONS code with a wrong letter", INVARIANT, "/authority/onsCode", "[IV08]",
        () -> with("/authority/onsCode", "\"X10000024\""));
    bad("blank summary", INVARIANT, I1 + "/findings/0/summary", "[IV05]",
        () -> with(I1 + "/findings/0/summary", "\"\""));
    bad("blank source title", INVARIANT, I0 + "/source/title", "[IV05]",
        () -> with(I0 + "/source/title", "\" \""));
    bad("blank source url", INVARIANT, I0 + "/source/url", "[IV05]",
        () -> with(I0 + "/source/url", "\"\""));

    // Hostile sizes.
    bad("10 MB summary", MISMATCH, I1 + "/findings/0/summary", "longer than the 10000",
        () -> with(I1 + "/findings/0/summary", "\"\"").replace("\"summary\":\"\"",
            "\"summary\":\"" + "x".repeat(10_000_000) + "\""));
    bad("20,000-character name", MISMATCH, "/authority/name", "longer than the 10000",
        () -> with("/authority/name", "\"" + "n".repeat(20_000) + "\""));
    // Themes cannot make a long list: a theme listed twice fails first.
    bad("a million findings", MISMATCH, I1 + "/findings", "more than 10000 elements",
        () -> with(I1 + "/findings", "\"LONG\"").replace("\"findings\":\"LONG\"",
            "\"findings\":["
            + "{\"kind\":\"STRENGTH\",\"summary\":\"x\"},".repeat(999_999)
            + "{\"kind\":\"STRENGTH\",\"summary\":\"x\"}]"));
    bad("nested arrays as judgements", MISMATCH, I0 + "/judgements/0", "expected an object",
        () -> with(I0 + "/judgements", "[]").replace("\"judgements\":[]",
            "\"judgements\":" + "[".repeat(10_000) + "]".repeat(10_000)));
    bad("nested objects under an unknown property", UNKNOWN, "/deep", "unknown property",
        () -> "{\"deep\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}");
    bad("number of 5000 digits as a code", MALFORMED, "/authority/code",
        "exceeds a parser limit",
        () -> with("/authority/code", "1").replace("\"code\":1",
            "\"code\":" + "9".repeat(5000)));
  }

  static Stream<Arguments> cases() {
    return CASES.stream();
  }

  @Test
  void thereAreAtLeastSixtyBadDocuments() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void theBaseDocumentIsGood() throws IOException {
    assertThat(MAPPER.readValue(GOOD.toString(), InspectionHistory.class).inspections())
        .hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badDocumentFailsNamingThePath(String name, Class<? extends JsonProcessingException> type,
      String pointer, String detail, Supplier<String> doc) {
    String json = doc.get();
    assertThatExceptionOfType(type)
        .isThrownBy(() -> MAPPER.readValue(json, InspectionHistory.class))
        .withMessageStartingWith(pointer + ":")
        .withMessageContaining(detail);
  }

  @Test
  void deepNestingUnderAnUnknownPropertyFailsCleanlyWhenRelaxed() {
    ObjectMapper relaxed = JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build();
    String json = "{\"deep\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThatExceptionOfType(JsonMappingException.class)
        .isThrownBy(() -> relaxed.readValue(json, InspectionHistory.class))
        .withMessageStartingWith("/deep")
        .withMessageContaining("nesting depth");
  }
}

package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.Judgement;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcuts the readers and writers take on the way to speed give the answers of the slow
 * ways they replace, through Jackson: dates written without a formatter, pointers worked out
 * only when a failure is reported (the engine's own shortcuts are tested in ilacs-json).
 */
class ReadingShortcutsTest {
  private static final ObjectMapper MAPPER = Fixtures.MAPPER;

  static LongStream seeds() {
    return LongStream.of(1L, 42L, 20_260_101L, -7L, 987_654_321L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void datesAreWrittenAsLocalDatePrintsThem(long seed) throws Exception {
    Random random = new Random(seed);
    LocalDate first = LocalDate.of(io.github.ilacs.Limits.FIRST_YEAR, 1, 1);
    LocalDate last = LocalDate.of(io.github.ilacs.Limits.LAST_YEAR, 12, 31);
    List<LocalDate> dates = new ArrayList<>(List.of(first, last, LocalDate.of(2024, 2, 29)));
    int span = (int) java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    for (int n = 0; n < 2_000; n++) {
      dates.add(first.plusDays(random.nextInt(span)));
    }
    for (LocalDate d : dates) {
      String json = MAPPER.writeValueAsString(Source.of("Report", d));
      assertThat(json).as("seed %d, date %s", seed, d)
          .isEqualTo("{\"title\":\"Report\",\"date\":\"" + d + "\"}");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void aBadGradeDeepInAListOfHistoriesIsPlacedExactly(int which) {
    String history = "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},\"inspections\":["
        + "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},\"framework\":\"ILACS_2018\","
        + "\"kind\":\"STANDARD_INSPECTION\",\"start\":\"2022-01-10\",\"end\":\"2022-01-21\","
        + "\"judgements\":[{\"area\":\"OVERALL_EFFECTIVENESS\",\"grade\":\"GOOD\"},"
        + "{\"area\":\"HELP_AND_PROTECTION\",\"grade\":\"%s\"}]}]}";
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.add(String.format(history, i == which ? "splendid" : "GOOD"));
    }
    String json = "[" + String.join(",", all) + "]";
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> MAPPER.readValue(json, new TypeReference<List<InspectionHistory>>() {}))
        .withMessageStartingWith("/" + which + "/inspections/0/judgements/1/grade: [IV09]")
        .withMessageContaining("'splendid'");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void aBadGradeOfABareJudgementInAListIsPlacedExactly(int which) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.add("{\"area\":\"OVERALL_EFFECTIVENESS\",\"grade\":\""
          + (i == which ? "splendid" : "Good") + "\"}");
    }
    String json = "[" + String.join(",", all) + "]";
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> MAPPER.readValue(json, new TypeReference<List<Judgement>>() {}))
        .withMessageStartingWith("/" + which + "/grade: [IV09]");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void aMissingPropertyInAListIsPlacedAtTheObject(int which) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.add(i == which ? "{\"name\":\"Kent\"}" : "{\"name\":\"Kent\",\"code\":\"886\"}");
    }
    String json = "[" + String.join(",", all) + "]";
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> MAPPER.readValue(json, new TypeReference<List<LocalAuthority>>() {}))
        .withMessageStartingWith("/" + which + "/code: [IV01] required property 'code'");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void anUnknownPropertyNamedTwiceFailsEvenWhenUnknownOnesAreSkipped(boolean relaxed) {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(relaxed).build()).build();
    String json = "{\"name\":\"Kent\",\"x\":1,\"code\":\"886\",\"x\":2}";
    assertThatExceptionOfType(JsonMappingException.class)
        .isThrownBy(() -> mapper.readValue(json, LocalAuthority.class))
        .withMessageStartingWith(relaxed ? "/x: [JS04] duplicate property 'x'" : "/x: [JS05] unknown");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void unknownPropertiesNamedOnceAreSkippedWhenRelaxed(boolean twoOfThem) throws Exception {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build();
    String json = "{\"name\":\"Kent\",\"x\":1,\"code\":\"886\"" + (twoOfThem ? ",\"y\":2" : "")
        + "}";
    assertThat(mapper.readValue(json, LocalAuthority.class))
        .isEqualTo(LocalAuthority.of("Kent", "886"));
  }
}

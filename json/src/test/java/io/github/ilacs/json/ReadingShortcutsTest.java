package io.github.ilacs.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Grade;
import io.github.ilacs.GradeScale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcuts the engine takes on the way to speed give the answers of the slow ways they
 * replace: dates without a formatter, grade texts from a table.
 */
class ReadingShortcutsTest {
  static LongStream seeds() {
    return LongStream.of(1L, 42L, 20_260_101L, -7L, 987_654_321L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-04-26", "2024-02-29", "2000-02-29", "1900-02-29", "2023-02-29",
      "2022-02-30", "2022-04-31", "2022-00-10", "2022-13-01", "2022-01-00", "2022-01-32",
      "0000-01-01", "9999-12-31", "2022-4-26", "22-04-26", "2022/04/26", "2022-04-26T00:00",
      "２０２２-04-26", "2022-0a-26", " 2022-04-2", "+2022-04-2", "2022-12-31", "1970-01-01"})
  void calendarDateAgreesWithTheIsoFormatter(String text) {
    assertThat(JsonIn.calendarDate(text)).as(text).isEqualTo(parsedOrNull(text));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void calendarDateAgreesWithTheIsoFormatterOnRandomTexts(long seed) {
    Random random = new Random(seed);
    String alphabet = "0123456789-0123456789x";
    for (int n = 0; n < 20_000; n++) {
      String text;
      if (random.nextBoolean()) {
        text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
            random.nextInt(33));
      } else {
        StringBuilder b = new StringBuilder();
        int length = 8 + random.nextInt(4);
        for (int i = 0; i < length; i++) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        text = b.toString();
      }
      assertThat(JsonIn.calendarDate(text)).as("seed %d, text %s", seed, text)
          .isEqualTo(parsedOrNull(text));
    }
  }

  private static LocalDate parsedOrNull(String text) {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Stream<Arguments> scalesAndTexts() {
    List<String> texts = new ArrayList<>(List.of("RI", "ri", " GOOD ", "good", "1", "4", "0",
        "Requires improvement", "requires_improvement", "Adequate", "excellent", "", " ",
        "GOOD\t", "Outstanding "));
    for (GradeScale scale : GradeScale.values()) {
      for (Grade g : Grade.values()) {
        texts.add(scale.label(g));
        texts.add(scale.label(g).toUpperCase(java.util.Locale.ROOT));
      }
    }
    for (Grade g : Grade.values()) {
      texts.add(g.name());
      texts.add(g.name().toLowerCase(java.util.Locale.ROOT));
    }
    List<Arguments> out = new ArrayList<>();
    for (GradeScale scale : GradeScale.values()) {
      for (String t : texts) {
        out.add(Arguments.of(scale, t));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("scalesAndTexts")
  void gradeTableAnswersAsTheScaleDoes(GradeScale scale, String text) {
    assertThat(Readers.gradeOn(scale, text)).as("%s on %s", text, scale)
        .isEqualTo(scale.find(text).orElse(null));
  }
}

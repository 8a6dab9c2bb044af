package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.GradeScale;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Invariant;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grades are read by the core's {@link GradeScale}, and a bad grade gets one code, {@code [IV09]},
 * however it is read.
 */
class GradeReadingTest {
  private static final ObjectMapper MAPPER = Fixtures.MAPPER;

  /** Texts a table or a hand-written document might hold, good and bad. */
  private static final List<String> TEXTS = texts();

  private static List<String> texts() {
    List<String> t = new ArrayList<>(List.of("RI", "ri", "requires improvement",
        "Requires Improvement To Be Good", "requires-improvement", "requires_improvement",
        " GOOD ", "good", "1", "2", "3", "4", "0", "5", "excellent", "", " ", "Satisfactory",
        "Adequate", "ADEQUATE", "Inadequate", "Good", "outstanding", "Requires_Improvement"));
    for (GradeScale scale : GradeScale.values()) {
      for (Grade g : Grade.values()) {
        t.add(scale.label(g));
      }
    }
    for (Grade g : Grade.values()) {
      t.add(g.name());
    }
    return List.copyOf(t);
  }

  static Stream<Arguments> frameworksAndTexts() {
    List<Arguments> out = new ArrayList<>();
    for (Framework f : Framework.values()) {
      for (String t : TEXTS) {
        out.add(Arguments.of(f, t));
      }
    }
    return out.stream();
  }

  private static String inspection(Framework framework, String grade) {
    return "{\"authority\":{\"name\":\"Kent\",\"code\":\"886\"},\"framework\":\"" + framework
        + "\",\"kind\":\"STANDARD_INSPECTION\",\"start\":\"2019-01-07\",\"end\":\"2019-01-11\","
        + "\"judgements\":[{\"area\":\"OVERALL_EFFECTIVENESS\",\"grade\":\"" + grade + "\"}]}";
  }

  @ParameterizedTest(name = "{0} ''{1}''")
  @MethodSource("frameworksAndTexts")
  void insideAnInspectionTheFrameworksScaleDecides(Framework framework, String text)
      throws Exception {
    Optional<Grade> core = framework.gradeScale().find(text);
    String json = inspection(framework, text);
    if (core.isPresent()) {
      assertThat(MAPPER.readValue(json, Inspection.class).overallEffectiveness())
          .isEqualTo(core);
    } else {
      assertThatExceptionOfType(InvalidFormatException.class)
          .isThrownBy(() -> MAPPER.readValue(json, Inspection.class))
          .withMessageStartingWith("/judgements/0/grade: [" + Invariant.GRADE_LABEL.code()
              + "] '" + text + "' is not a grade; expected one of [OUTSTANDING")
          .withMessageContaining(framework.gradeScale().acceptedLabels());
    }
  }

  @ParameterizedTest(name = "''{0}''")
  @MethodSource("bareTexts")
  void withoutAFrameworkEitherScaleDecides(String text) throws Exception {
    Optional<Grade> core = GradeScale.REQUIRES_IMPROVEMENT_SCALE.find(text)
        .or(() -> GradeScale.ADEQUATE_SCALE.find(text));
    String judgement = "{\"area\":\"OVERALL_EFFECTIVENESS\",\"grade\":\"" + text + "\"}";
    if (core.isPresent()) {
      assertThat(MAPPER.readValue("\"" + text + "\"", Grade.class)).isEqualTo(core.get());
      assertThat(MAPPER.readValue(judgement, Judgement.class).grade()).isEqualTo(core.get());
    } else {
      String code = "[" + Invariant.GRADE_LABEL.code() + "] '" + text + "' is not a grade";
      assertThatExceptionOfType(InvalidFormatException.class)
          .isThrownBy(() -> MAPPER.readValue("\"" + text + "\"", Grade.class))
          .withMessageStartingWith("/: " + code);
      assertThatExceptionOfType(InvalidFormatException.class)
          .isThrownBy(() -> MAPPER.readValue(judgement, Judgement.class))
          .withMessageStartingWith("/grade: " + code);
    }
  }

  static Stream<String> bareTexts() {
    return TEXTS.stream();
  }

  @Test
  void theTwoScalesNeverGiveOneTextDifferentGrades() {
    for (String text : TEXTS) {
      Optional<Grade> ri = GradeScale.REQUIRES_IMPROVEMENT_SCALE.find(text);
      Optional<Grade> adequate = GradeScale.ADEQUATE_SCALE.find(text);
      if (ri.isPresent() && adequate.isPresent()) {
        assertThat(ri).as("'%s'", text).isEqualTo(adequate);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"excellent", "Satisfactory", "GREAT"})
  void aBadGradeGetsTheSameCodeHoweverItIsRead(String text) {
    String code = "[" + Invariant.GRADE_LABEL.code() + "]";
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> MAPPER.readValue("\"" + text + "\"", Grade.class))
        .withMessageStartingWith("/: " + code);
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> MAPPER.readValue("{\"area\":\"OVERALL_EFFECTIVENESS\",\"grade\":\""
            + text + "\"}", Judgement.class))
        .withMessageStartingWith("/grade: " + code);
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> MAPPER.readValue(inspection(Framework.ILACS_2018, text),
            Inspection.class))
        .withMessageStartingWith("/judgements/0/grade: " + code);
  }

  @Test
  void anUnknownEnumNameGetsTheCoresUnknownNameCode() {
    assertThat(Invariant.UNKNOWN_NAME.code()).isEqualTo("IV10");
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> MAPPER.readValue("\"STRONG\"", JudgementArea.class))
        .withMessageStartingWith("/: [" + Invariant.UNKNOWN_NAME.code() + "] 'STRONG'");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Framework.class)
  void everyGradeTheWriterEmitsIsReadBackOnEveryFramework(Framework framework)
      throws Exception {
    for (Grade g : Grade.values()) {
      Inspection i = Inspection.builder().authority(LocalAuthority.of("Kent", "886"))
          .framework(framework).kind(InspectionKind.STANDARD_INSPECTION)
          .start(LocalDate.of(2019, 1, 7)).end(LocalDate.of(2019, 1, 11))
          .judgement(JudgementArea.OVERALL_EFFECTIVENESS, g).build();
      String json = MAPPER.writeValueAsString(i);
      assertThat(MAPPER.readValue(json, Inspection.class)).as(json).isEqualTo(i);
    }
  }
}

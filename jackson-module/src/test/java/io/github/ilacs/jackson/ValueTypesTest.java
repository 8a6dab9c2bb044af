package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import io.github.ilacs.Theme;
import io.github.ilacs.Trend;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each core type on its own, and the choices the format makes about absent and null. */
class ValueTypesTest {
  private static final String AUTHORITY = "{\"name\":\"Kent\",\"code\":\"886\"}";

  private static <T> T read(String json, Class<T> type) throws Exception {
    return Fixtures.MAPPER.readValue(json, type);
  }

  @Test
  void authorityWritesOnlyWhatIsPresent() throws Exception {
    assertThat(Fixtures.MAPPER.writeValueAsString(LocalAuthority.of("Kent", "886")))
        .isEqualTo(AUTHORITY);
    LocalAuthority full = LocalAuthority.builder().name("Nottinghamshire").code("891")
        .urn("80534").onsCode("E10000024").build();
    String json = Fixtures.MAPPER.writeValueAsString(full);
    assertThat(json).isEqualTo("{\"name\":\"Nottinghamshire\",\"code\":\"891\","
        + "\"urn\":\"80534\",\"onsCode\":\"E10000024\"}");
    assertThat(read(json, LocalAuthority.class)).isEqualTo(full);
  }

  @Test
  void nullOptionalPropertiesReadAsAbsent() throws Exception {
    assertThat(read("{\"name\":\"Kent\",\"code\":\"886\",\"urn\":null,\"onsCode\":null}",
        LocalAuthority.class)).isEqualTo(LocalAuthority.of("Kent", "886"));
    Inspection i = read("{\"authority\":" + AUTHORITY + ",\"framework\":\"ILACS_2018\","
        + "\"kind\":\"ACTION_PLANNING_VISIT\",\"start\":\"2019-01-07\",\"end\":\"2019-01-07\","
        + "\"published\":null,\"judgements\":null,\"findings\":null,\"focus\":null,"
        + "\"source\":null}", Inspection.class);
    assertThat(i.published()).isEmpty();
    assertThat(i.judgements()).isEmpty();
    assertThat(i.findings()).isEmpty();
    assertThat(i.focus()).isEmpty();
    assertThat(i.source()).isEmpty();
  }

  @Test
  void absentListsReadAsEmptyButAreAlwaysWritten() throws Exception {
    Inspection i = read("{\"authority\":" + AUTHORITY + ",\"framework\":\"ILACS_2018\","
        + "\"kind\":\"ACTION_PLANNING_VISIT\",\"start\":\"2019-01-07\",\"end\":\"2019-01-07\"}",
        Inspection.class);
    assertThat(Fixtures.MAPPER.writeValueAsString(i)).contains("\"judgements\":[]")
        .contains("\"findings\":[]").doesNotContain("published").doesNotContain("focus");
    InspectionHistory h = read("{\"authority\":" + AUTHORITY + "}", InspectionHistory.class);
    assertThat(h.inspections()).isEmpty();
    assertThat(Fixtures.MAPPER.writeValueAsString(h)).endsWith("\"inspections\":[]}");
  }

  @Test
  void propertiesMayComeInAnyOrder() throws Exception {
    Inspection i = read("{\"judgements\":[{\"grade\":\"Good\",\"area\":\"OVERALL_EFFECTIVENESS\"}],"
        + "\"end\":\"2019-01-11\",\"start\":\"2019-01-07\",\"kind\":\"SHORT_INSPECTION\","
        + "\"framework\":\"ILACS_2018\",\"authority\":" + AUTHORITY + "}", Inspection.class);
    assertThat(i.overallEffectiveness()).contains(Grade.GOOD);
  }

  @Test
  void findingAndSourceRoundTrip() throws Exception {
    Finding f = Finding.builder().kind(FindingKind.AREA_FOR_PRIORITY_ACTION)
        .summary("Strategy meetings are late.").area(JudgementArea.HELP_AND_PROTECTION)
        .addThemes(Theme.STRATEGY_DISCUSSIONS, Theme.CHILD_PROTECTION_RESPONSE).build();
    String json = Fixtures.MAPPER.writeValueAsString(f);
    assertThat(json).isEqualTo("{\"kind\":\"AREA_FOR_PRIORITY_ACTION\",\"summary\":"
        + "\"Strategy meetings are late.\",\"area\":\"HELP_AND_PROTECTION\",\"themes\":"
        + "[\"CHILD_PROTECTION_RESPONSE\",\"STRATEGY_DISCUSSIONS\"]}");
    assertThat(read(json, Finding.class)).isEqualTo(f);
    Source s = Source.of("Letter", LocalDate.of(2022, 6, 1), "https://example.org/l");
    String sj = Fixtures.MAPPER.writeValueAsString(s);
    assertThat(sj).isEqualTo(
        "{\"title\":\"Letter\",\"date\":\"2022-06-01\",\"url\":\"https://example.org/l\"}");
    assertThat(read(sj, Source.class)).isEqualTo(s);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"GOOD,GOOD", "Good,GOOD", "Requires improvement to be good,REQUIRES_IMPROVEMENT",
      "REQUIRES_IMPROVEMENT,REQUIRES_IMPROVEMENT", "Adequate,REQUIRES_IMPROVEMENT",
      "Inadequate,INADEQUATE", "Outstanding,OUTSTANDING"})
  void standaloneGradesAndJudgementsReadConstantsAndLabels(String text, Grade grade)
      throws Exception {
    assertThat(read("\"" + text + "\"", Grade.class)).isEqualTo(grade);
    assertThat(read("{\"area\":\"OVERALL_EFFECTIVENESS\",\"grade\":\"" + text + "\"}",
        Judgement.class)).isEqualTo(Judgement.of(JudgementArea.OVERALL_EFFECTIVENESS, grade));
  }

  @Test
  void enumsAreWrittenAndReadByConstantName() throws Exception {
    assertThat(Fixtures.MAPPER.writeValueAsString(List.of(Framework.ILACS_2023,
        InspectionKind.FOCUSED_VISIT, JudgementArea.CARE_LEAVERS, Grade.INADEQUATE,
        FindingKind.STRENGTH, Theme.EARLY_HELP, Trend.IMPROVED)))
        .isEqualTo("[\"ILACS_2023\",\"FOCUSED_VISIT\",\"CARE_LEAVERS\",\"INADEQUATE\","
            + "\"STRENGTH\",\"EARLY_HELP\",\"IMPROVED\"]");
    assertThat(read("\"DECLINED\"", Trend.class)).isEqualTo(Trend.DECLINED);
    assertThat(read("\"ILACS_2026\"", Framework.class)).isEqualTo(Framework.ILACS_2026);
    assertThat(read("\"NEGLECT\"", Theme.class)).isEqualTo(Theme.NEGLECT);
  }

  @Test
  void unknownEnumNameListsTheAcceptedOnes() {
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> read("\"Ilacs\"", Framework.class))
        .withMessageStartingWith("/: [IV10] 'Ilacs' is not a Framework; expected one of "
            + "[UCRA_2009, SLAC_2009, CSA_2009, LAC_2012, CP_2012, SIF_2013, TLAI_2016, JTAI_2016, "
            + "JTAI_2022, ILACS_2018, ILACS_2023, ILACS_2026]");
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> read("\"excellent\"", Grade.class))
        .withMessageContaining("[OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE]");
  }

  @Test
  void listsOfValuesNameTheElementInThePath() {
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> Fixtures.MAPPER.readValue("[" + AUTHORITY + ",{\"name\":\"x\"}]",
            Fixtures.MAPPER.getTypeFactory().constructCollectionType(List.class,
                LocalAuthority.class)))
        .withMessageStartingWith("/1/code: [IV01]");
  }

  @Test
  void topLevelNullFailsInsteadOfReadingAsNull() {
    assertThatExceptionOfType(MismatchedInputException.class)
        .isThrownBy(() -> read("null", Inspection.class))
        .withMessageStartingWith("/: [IV01] null is not allowed here");
  }
}

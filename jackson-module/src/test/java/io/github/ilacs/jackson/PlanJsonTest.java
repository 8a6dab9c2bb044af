package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import io.github.ilacs.Theme;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.Milestone;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanValidator;
import io.github.ilacs.plan.ProgressStatus;
import io.github.ilacs.plan.ProgressUpdate;
import io.github.ilacs.plan.ReportingCadence;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Improvement plans in JSON: round trips, the schema, and every way a document is refused. */
class PlanJsonTest {
  private static final LocalAuthority NOTTS = LocalAuthority.of("Nottinghamshire", "891");
  private static final Inspection REPORT = Inspection.builder().authority(NOTTS)
      .framework(Framework.ILACS_2018).kind(InspectionKind.STANDARD_INSPECTION)
      .start(LocalDate.of(2019, 10, 7)).end(LocalDate.of(2019, 10, 18))
      .published(LocalDate.of(2019, 12, 19))
      .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD)
      .judgement(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD)
      .judgement(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT)
      .judgement(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.GOOD)
      .addFindings(Finding.of(FindingKind.STRENGTH, "Staff are committed."))
      .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Strategy meetings late.",
          Theme.STRATEGY_DISCUSSIONS))
      .build();

  static ImprovementPlan fullPlan() {
    return ImprovementPlan.builder().authority(NOTTS).addAnswers(REPORT)
        .drafted(LocalDate.of(2020, 2, 14)).submitted(LocalDate.of(2020, 3, 30))
        .revised(LocalDate.of(2020, 11, 2))
        .cadence(ReportingCadence.of(6, "Children and Young People's Committee"))
        .addProgressReports(LocalDate.of(2020, 9, 28))
        .addActions(Action.builder().id("A1").addAnswers(FindingRef.to(REPORT, 1))
            .what("Hold strategy meetings within a day, with police and health present.")
            .owner("Head of service, front door").due(LocalDate.of(2024, 3, 31))
            .dueReason("Needs the new partnership agreement, signed in 2023.")
            .addMilestones(Milestone.builder().what("Audit").due(LocalDate.of(2020, 6, 30))
                .reached(LocalDate.of(2020, 6, 25)).build())
            .addMilestones(Milestone.of("Re-audit", LocalDate.of(2021, 1, 29)))
            .addUpdates(ProgressUpdate.of(LocalDate.of(2020, 9, 28), ProgressStatus.ON_TRACK,
                "Audit done; 80% within a day."))
            .addUpdates(ProgressUpdate.of(LocalDate.of(2021, 3, 29), ProgressStatus.COMPLETE,
                "Re-audit: 95% within a day."))
            .completed(LocalDate.of(2021, 3, 29)).build())
        .note("Written for the tests.").source(Source.of("Committee report",
            LocalDate.of(2019, 12, 17)))
        .build();
  }

  static ImprovementPlan minimalPlan() {
    return ImprovementPlan.builder().authority(NOTTS).addAnswers(REPORT).build();
  }

  static Stream<ImprovementPlan> plans() {
    return Stream.of(fullPlan(), minimalPlan());
  }

  @ParameterizedTest
  @MethodSource("plans")
  void aPlanRoundTripsAndMatchesTheSchema(ImprovementPlan plan) throws Exception {
    String json = Fixtures.MAPPER.writeValueAsString(plan);
    ImprovementPlan read = Fixtures.MAPPER.readValue(json, ImprovementPlan.class);
    assertThat(read).isEqualTo(plan);
    assertThat(Fixtures.MAPPER.writeValueAsString(read)).isEqualTo(json);
    assertThat(planSchemaErrors(Fixtures.MAPPER.readTree(json))).isEmpty();
  }

  @Test
  void findingReferencesStillNameTheirFindingsAfterARoundTrip() throws Exception {
    ImprovementPlan read = Fixtures.MAPPER.readValue(
        Fixtures.MAPPER.writeValueAsString(fullPlan()), ImprovementPlan.class);
    FindingRef ref = read.actions().get(0).answers().get(0);
    assertThat(read.inspection(ref).flatMap(ref::in).map(Finding::summary))
        .contains("Strategy meetings late.");
  }

  @Test
  void theFormatIsTheOneDocumented() throws Exception {
    JsonNode action = Fixtures.MAPPER.valueToTree(fullPlan()).get("actions").get(0);
    assertThat(action.get("answers").get(0).toString()).isEqualTo(
        "{\"inspectionKind\":\"STANDARD_INSPECTION\",\"inspectionStart\":\"2019-10-07\","
            + "\"finding\":1}");
    assertThat(Fixtures.MAPPER.writeValueAsString(minimalPlan())).endsWith(
        "\"answers\":[" + Fixtures.MAPPER.writeValueAsString(REPORT) + "],"
            + "\"progressReports\":[],\"actions\":[]}");
  }

  @Test
  void aPlanReportIsWrittenLikeAValidationReport() throws Exception {
    ImprovementPlan late = ImprovementPlan.builder().from(minimalPlan())
        .submitted(LocalDate.of(2020, 4, 1)).build();
    JsonNode report = Fixtures.MAPPER.valueToTree(PlanValidator.defaults().validate(late));
    assertThat(report.get("clean").asBoolean()).isFalse();
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    assertThat(report.get("warnings").asInt()).isEqualTo(1);
    assertThat(report.get("violations").get(0).get("code").asText()).isEqualTo("R702");
    assertThat(report.get("violations").get(0).get("path").asText())
        .isEqualTo("/answers/0/findings/1");
    assertThat(report.get("violations").get(1).get("rule").asText())
        .isEqualTo("SUBMITTED_BY_DEADLINE");
  }

  @Test
  void whereAPlanStandsIsWrittenForAnApi() throws Exception {
    ImprovementPlan unsubmitted = ImprovementPlan.builder().from(fullPlan())
        .drafted(Optional.empty()).submitted(Optional.empty()).revised(Optional.empty()).progressReports(List.of()).build();
    JsonNode april = Fixtures.MAPPER.valueToTree(PlanProgress.of(unsubmitted,
        LocalDate.of(2020, 4, 1)));
    assertThat(april.get("asOf").asText()).isEqualTo("2020-04-01");
    assertThat(april.get("overdue").asBoolean()).isTrue();
    JsonNode deadline = april.get("deadlines").get(0);
    assertThat(deadline.get("answers").toString())
        .isEqualTo("{\"kind\":\"STANDARD_INSPECTION\",\"start\":\"2019-10-07\"}");
    // the deadline itself is written as the pathway writes one
    assertThat(deadline.get("deadline").get("kind").asText()).isEqualTo("ACTION_PLAN");
    assertThat(deadline.get("deadline").get("from").asText()).isEqualTo("2019-12-19");
    assertThat(deadline.get("deadline").get("workingDays").asInt()).isEqualTo(70);
    assertThat(deadline.get("deadline").get("due").asText()).isEqualTo("2020-03-31");
    assertThat(april.get("deadlines").get(0).has("met")).isFalse();
    assertThat(april.get("overdueItems").toString()).isEqualTo("[{\"item\":\"SUBMISSION\","
        + "\"what\":\"the plan answering the STANDARD_INSPECTION of 2019-10-07\","
        + "\"due\":\"2020-03-31\"}]");
    assertThat(april.has("nextProgressReport")).isFalse();

    JsonNode july = Fixtures.MAPPER.valueToTree(PlanProgress.of(fullPlan(),
        LocalDate.of(2020, 7, 1)));
    assertThat(july.get("overdue").asBoolean()).isFalse();
    assertThat(july.get("deadlines").get(0).get("met").asText()).isEqualTo("2020-03-30");
    assertThat(july.get("nextProgressReport").asText()).isEqualTo("2020-09-30");
    assertThat(july.get("atRisk").toString()).isEqualTo("[]");
    assertThat(july.get("unanswered").toString()).isEqualTo("[]");
    assertThat(july.get("recurring").toString()).isEqualTo("[]");
  }

  @Test
  void aRecurrenceIsWrittenWithBothFindings() throws Exception {
    Inspection later = Inspection.builder().authority(NOTTS).framework(Framework.ILACS_2018)
        .kind(InspectionKind.FOCUSED_VISIT).start(LocalDate.of(2022, 4, 26))
        .end(LocalDate.of(2022, 4, 27)).published(LocalDate.of(2022, 6, 1))
        .focus(Theme.CHILDREN_IN_NEED_AND_PROTECTION)
        .addFindings(Finding.of(FindingKind.AREA_FOR_IMPROVEMENT, "Strategy meetings late again.",
            Theme.STRATEGY_DISCUSSIONS)).build();
    JsonNode json = Fixtures.MAPPER.valueToTree(PlanProgress.of(fullPlan(),
        InspectionHistory.of(NOTTS, List.of(REPORT, later)),
        LocalDate.of(2022, 6, 1)));
    assertThat(json.get("recurring").toString()).isEqualTo("[{\"answered\":"
        + "{\"inspectionKind\":\"STANDARD_INSPECTION\",\"inspectionStart\":\"2019-10-07\","
        + "\"finding\":1},\"action\":\"A1\",\"completeSince\":\"2021-03-29\","
        + "\"theme\":\"STRATEGY_DISCUSSIONS\",\"later\":{\"kind\":\"FOCUSED_VISIT\","
        + "\"start\":\"2022-04-26\"},\"laterFinding\":{\"kind\":\"AREA_FOR_IMPROVEMENT\","
        + "\"summary\":\"Strategy meetings late again.\",\"themes\":[\"STRATEGY_DISCUSSIONS\"]}}]");
  }

  private interface Edit {
    void apply(ObjectNode plan);
  }

  private static ObjectNode action(ObjectNode plan) {
    return (ObjectNode) plan.get("actions").get(0);
  }

  private static ObjectNode ref(ObjectNode plan) {
    return (ObjectNode) action(plan).get("answers").get(0);
  }

  // Bad plan documents are cases of the shared body (cases/bad-input.tsv), run by BadJsonTest.

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws Exception {
    for (Edit edit : List.<Edit>of(p -> p.put("x", 1), p -> p.putArray("answers"),
        p -> ref(p).put("finding", -1), p -> ref(p).put("finding", "1"),
        p -> ((ObjectNode) p.get("cadence")).put("months", 0), p -> action(p).remove("owner"),
        p -> ((ObjectNode) action(p).get("updates").get(0)).put("status", "DONE"))) {
      ObjectNode doc = Fixtures.MAPPER.valueToTree(fullPlan());
      edit.apply(doc);
      assertThat(planSchemaErrors(doc)).as(doc.toString()).isNotEmpty();
    }
  }

  @Test
  void unknownPropertiesAreSkippedWhenAsked() throws Exception {
    ObjectNode doc = Fixtures.MAPPER.valueToTree(fullPlan());
    action(doc).put("colour", "amber");
    ImprovementPlan read = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(IlacsModule.builder().ignoreUnknownProperties(true).build()).build()
        .readValue(doc.toString(), ImprovementPlan.class);
    assertThat(read).isEqualTo(fullPlan());
  }

  /** Validates a plan document against the schema's {@code improvementPlan} definition. */
  static Set<String> planSchemaErrors(JsonNode plan) throws Exception {
    ObjectNode schema;
    try (InputStream in = IlacsModule.historySchema()) {
      schema = (ObjectNode) Fixtures.MAPPER.readTree(in);
    }
    schema.remove(List.of("properties", "required", "additionalProperties", "type"));
    schema.put("$ref", "#/$defs/improvementPlan");
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schema);
    Set<String> out = new TreeSet<>();
    s.validate(plan).forEach(m -> out.add(m.getMessage()));
    return out;
  }
}

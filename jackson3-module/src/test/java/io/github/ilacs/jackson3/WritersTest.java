package io.github.ilacs.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Reason;
import io.github.ilacs.pathway.Window;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanValidator;
import io.github.ilacs.rules.Rule;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import io.github.ilacs.rules.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The answers written only (validation reports, pathway parts, pathway answers, plan reports
 * and progress) under Jackson 3: the shared golden-write files byte for byte, and whole
 * answers with every part.
 */
class WritersTest {
  private static final LocalAuthority KENT = LocalAuthority.of("Kent", "886");

  private static Inspection nottinghamshireFocusedVisit() {
    Inspection visit = Fixtures.MAPPER.readValue(
        Fixtures.read(Fixtures.caseFile("golden/inspection-focused-visit.json")),
        Inspection.class);
    return Inspection.builder().from(visit).findings(List.of()).source(Optional.empty())
        .build();
  }

  /** Each golden-write file and the value (built by hand) it shows. */
  static Stream<Arguments> goldenWrites() {
    return Stream.of(
        Arguments.of("report-flawed-history.json", ValidationReport.of(List.of(
            new Violation(Rule.FRAMEWORK_IN_FORCE, "/inspections/0/start",
                "ILACS_2018 was in force from 2018-01-01 to 2022-12-31, not on 2017-03-06"),
            new Violation(Rule.REQUIRED_AREAS_GRADED, "/inspections/0/judgements",
                "ILACS_2018 SHORT_INSPECTION does not grade HELP_AND_PROTECTION"),
            new Violation(Rule.SHORT_ONLY_AFTER_GOOD, "/inspections/0/kind",
                "the SHORT_INSPECTION of 2017-03-06 follows no full inspection in the history")))),
        Arguments.of("expected-activity.json", new ExpectedActivity(
            List.of(InspectionKind.SHORT_INSPECTION, InspectionKind.STANDARD_INSPECTION),
            new Window(LocalDate.of(2022, 10, 18), LocalDate.of(2023, 10, 18),
                LocalDate.of(2024, 10, 18)),
            ActivityStatus.DUE, Optional.empty(), Optional.empty(),
            List.of(Reason.THREE_YEAR_CYCLE, Reason.CYCLE_WINDOW, Reason.SHORT_AFTER_GOOD))),
        Arguments.of("expected-activity-satisfied.json", new ExpectedActivity(
            List.of(InspectionKind.FOCUSED_VISIT),
            new Window(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 10, 1),
                LocalDate.of(2022, 4, 1)),
            ActivityStatus.SATISFIED, Optional.of(nottinghamshireFocusedVisit()),
            Optional.empty(),
            List.of(Reason.INTERIM_VISIT_ON_PATHWAY_ONE, Reason.FOCUSED_VISITS_UNDER_ILACS))),
        Arguments.of("deadline.json", new Deadline(Deadline.Kind.ACTION_PLAN,
            nottinghamshireFocusedVisit(), Deadline.CountedFrom.PUBLISHED,
            LocalDate.of(2019, 12, 19), 70, LocalDate.of(2020, 4, 2), Deadline.Status.PASSED,
            List.of(Reason.ACTION_PLAN, Reason.COUNTED_FROM_PUBLICATION))));
  }

  @Test
  void everyGoldenWriteFileIsChecked() {
    assertThat(goldenWrites().map(a -> (String) a.get()[0]).sorted().toList())
        .containsExactlyElementsOf(Fixtures.jsonFiles(Fixtures.caseFile("golden-write"))
            .stream().map(p -> p.getFileName().toString()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenWrites")
  void answerIsWrittenAsTheGoldenFile(String file, Object value) {
    assertThat(Fixtures.MAPPER.writeValueAsString(value))
        .isEqualTo(Fixtures.compact(Fixtures.caseFile("golden-write/" + file)));
  }

  private static InspectionHistory nottinghamshire() {
    return Fixtures.MAPPER.readValue(
        Fixtures.read(Fixtures.caseFile("golden/history-nottinghamshire.json")),
        InspectionHistory.class);
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2015-01-01", "2019-11-01", "2020-02-01", "2026-12-01"})
  void aPathwayAnswerIsWrittenWithEveryPart(String date) {
    InspectionPathway p = InspectionPathway.of(nottinghamshire(), LocalDate.parse(date));
    JsonNode node = Fixtures.MAPPER.valueToTree(p);
    assertThat(node.get("asOf").asString()).isEqualTo(date);
    assertThat(node.get("pathway").asString()).isEqualTo(p.pathway().name());
    assertThat(node.has("basis")).isEqualTo(p.basis().isPresent());
    if (p.basis().isPresent()) {
      assertThat(Fixtures.MAPPER.treeToValue(node.get("basis"), Inspection.class))
          .isEqualTo(p.basis().get());
    }
    assertThat(node.get("nextInspection").get("status").asString())
        .isEqualTo(p.nextInspection().status().name());
    assertThat(node.get("interimActivities")).hasSize(p.interimActivities().size());
    assertThat(node.get("deadlines")).hasSize(p.deadlines().size());
    assertThat(node.get("overdue").asBoolean()).isEqualTo(p.overdue());
    assertThat(node.get("explanation").asString()).isEqualTo(p.explanation());
    assertThat(node.get("reasons")).extracting(JsonNode::asString)
        .containsExactlyElementsOf(p.reasons().stream().map(Reason::code).toList());
  }

  @Test
  void aValidatorReportCountsItsViolations() {
    Inspection early = Inspection.builder().authority(KENT).framework(Framework.ILACS_2018)
        .kind(InspectionKind.SHORT_INSPECTION).start(LocalDate.of(2017, 3, 6))
        .end(LocalDate.of(2017, 3, 10)).published(LocalDate.of(2017, 4, 20))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD).build();
    ValidationReport report = Validator.defaults().validate(
        InspectionHistory.of(KENT, List.of(early)));
    JsonNode node = Fixtures.MAPPER.valueToTree(report);
    assertThat(node.get("clean").asBoolean()).isFalse();
    assertThat(node.get("errors").asInt()).isEqualTo(report.errors().size());
    assertThat(node.get("violations")).hasSize(report.violations().size());
    assertThat(Fixtures.MAPPER.writeValueAsString(ValidationReport.empty()))
        .isEqualTo("{\"clean\":true,\"errors\":0,\"warnings\":0,\"violations\":[]}");
  }

  @Test
  void aPlansReportAndProgressAreWritten() {
    ImprovementPlan plan = Fixtures.MAPPER.readValue(
        Fixtures.read(Fixtures.caseFile("golden/plan-nottinghamshire.json")),
        ImprovementPlan.class);
    InspectionHistory history = InspectionHistory.of(plan.authority(), plan.answers());
    JsonNode report = Fixtures.MAPPER.valueToTree(
        PlanValidator.defaults().validate(plan, history));
    assertThat(report.has("clean")).isTrue();
    PlanProgress progress = PlanProgress.of(plan, history, LocalDate.of(2021, 1, 1));
    JsonNode node = Fixtures.MAPPER.valueToTree(progress);
    assertThat(node.get("asOf").asString()).isEqualTo("2021-01-01");
    assertThat(node.get("overdue")).hasSize(progress.overdue().size());
    assertThat(node.get("deadlines")).hasSize(progress.deadlines().size());
  }
}

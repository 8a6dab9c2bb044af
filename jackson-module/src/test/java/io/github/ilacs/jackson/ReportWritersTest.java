package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.rules.Rule;
import io.github.ilacs.rules.Severity;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import io.github.ilacs.rules.Violation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
  private static final LocalAuthority KENT = LocalAuthority.of("Kent", "886");

  /** An ILACS 2018 short inspection dated before ILACS existed, grading one area only. */
  static InspectionHistory flawedHistory() {
    Inspection early = Inspection.builder().authority(KENT).framework(Framework.ILACS_2018)
        .kind(InspectionKind.SHORT_INSPECTION).start(LocalDate.of(2017, 3, 6))
        .end(LocalDate.of(2017, 3, 10)).published(LocalDate.of(2017, 4, 20))
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD).build();
    return InspectionHistory.of(KENT, List.of(early));
  }

  private static String golden(String name) throws Exception {
    Path file = Fixtures.cases("golden-write/" + name);
    return Fixtures.MAPPER.writeValueAsString(Fixtures.MAPPER.readTree(file.toFile()));
  }

  @Test
  void reportIsWrittenAsTheGoldenFile() throws Exception {
    // Built by hand, so that rewording a rule's message does not break this test.
    ValidationReport report = ValidationReport.of(List.of(
        new Violation(Rule.FRAMEWORK_IN_FORCE, "/inspections/0/start",
            "ILACS_2018 was in force from 2018-01-01 to 2022-12-31, not on 2017-03-06"),
        new Violation(Rule.REQUIRED_AREAS_GRADED, "/inspections/0/judgements",
            "ILACS_2018 SHORT_INSPECTION does not grade HELP_AND_PROTECTION"),
        new Violation(Rule.SHORT_ONLY_AFTER_GOOD, "/inspections/0/kind",
            "the SHORT_INSPECTION of 2017-03-06 follows no full inspection in the history")));
    assertThat(Fixtures.MAPPER.writeValueAsString(report))
        .isEqualTo(golden("report-flawed-history.json"));
  }

  @Test
  void validatorReportCountsMatchItsViolations() throws Exception {
    ValidationReport report = Validator.defaults().validate(flawedHistory());
    assertThat(report.hasErrors()).isTrue();
    JsonNode node = Fixtures.MAPPER.valueToTree(report);
    assertThat(node.get("clean").asBoolean()).isFalse();
    assertThat(node.get("errors").asInt()).isEqualTo(report.errors().size());
    assertThat(node.get("warnings").asInt()).isEqualTo(report.warnings().size());
    assertThat(node.get("violations")).hasSize(report.violations().size());
  }

  @Test
  void cleanReportIsWritten() throws Exception {
    assertThat(Fixtures.MAPPER.writeValueAsString(ValidationReport.empty()))
        .isEqualTo("{\"clean\":true,\"errors\":0,\"warnings\":0,\"violations\":[]}");
  }

  @Test
  void violationRuleAndSeverityAreWritten() throws Exception {
    Violation v = new Violation(Rule.FRAMEWORK_IN_FORCE, "/inspections/0/start", "too early");
    assertThat(Fixtures.MAPPER.writeValueAsString(v)).isEqualTo("{\"code\":\"R101\","
        + "\"rule\":\"FRAMEWORK_IN_FORCE\",\"severity\":\"ERROR\","
        + "\"path\":\"/inspections/0/start\",\"message\":\"too early\"}");
    assertThat(Fixtures.MAPPER.writeValueAsString(List.of(Rule.KIND_IN_FRAMEWORK,
        Severity.WARNING))).isEqualTo("[\"KIND_IN_FRAMEWORK\",\"WARNING\"]");
  }
}

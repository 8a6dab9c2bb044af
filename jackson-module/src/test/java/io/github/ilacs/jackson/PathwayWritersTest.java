package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.pathway.ActivityStatus;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.NationalSchedule;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.pathway.Reason;
import io.github.ilacs.pathway.Window;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathwayWritersTest {
  private static String golden(String name) throws Exception {
    return Fixtures.MAPPER.writeValueAsString(Fixtures.MAPPER.readTree(
        Fixtures.cases("golden-write/" + name).toFile()));
  }

  private static Inspection nottinghamshireFocusedVisit() throws Exception {
    Inspection visit = Fixtures.MAPPER.readValue(
        Fixtures.cases("golden/inspection-focused-visit.json").toFile(), Inspection.class);
    return Inspection.builder().from(visit).findings(List.of()).source(Optional.empty())
        .build();
  }

  @Test
  void expectedActivityIsWrittenAsTheGoldenFile() throws Exception {
    ExpectedActivity a = new ExpectedActivity(
        List.of(InspectionKind.SHORT_INSPECTION, InspectionKind.STANDARD_INSPECTION),
        new Window(LocalDate.of(2022, 10, 18), LocalDate.of(2023, 10, 18),
            LocalDate.of(2024, 10, 18)),
        ActivityStatus.DUE, Optional.empty(), Optional.empty(),
        List.of(Reason.THREE_YEAR_CYCLE, Reason.CYCLE_WINDOW, Reason.SHORT_AFTER_GOOD));
    assertThat(Fixtures.MAPPER.writeValueAsString(a)).isEqualTo(golden("expected-activity.json"));
  }

  @Test
  void satisfiedActivityCarriesTheInspection() throws Exception {
    ExpectedActivity a = new ExpectedActivity(List.of(InspectionKind.FOCUSED_VISIT),
        new Window(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 10, 1), LocalDate.of(2022, 4, 1)),
        ActivityStatus.SATISFIED, Optional.of(nottinghamshireFocusedVisit()), Optional.empty(),
        List.of(Reason.INTERIM_VISIT_ON_PATHWAY_ONE, Reason.FOCUSED_VISITS_UNDER_ILACS));
    assertThat(Fixtures.MAPPER.writeValueAsString(a))
        .isEqualTo(golden("expected-activity-satisfied.json"));
  }

  @Test
  void overdueActivitySaysSinceWhen() throws Exception {
    ExpectedActivity a = new ExpectedActivity(List.of(InspectionKind.STANDARD_INSPECTION),
        new Window(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 1)),
        ActivityStatus.OVERDUE, Optional.empty(), Optional.of(LocalDate.of(2025, 12, 2)),
        List.of(Reason.THREE_YEAR_CYCLE, Reason.OVERDUE));
    JsonNode node = Fixtures.MAPPER.valueToTree(a);
    assertThat(node.get("overdueSince").asText()).isEqualTo("2025-12-02");
    assertThat(node.get("window").get("latest").asText()).isEqualTo("2025-12-01");
    assertThat(node.get("reasons")).extracting(JsonNode::asText).containsExactly("P201", "P212");
  }

  @Test
  void deadlineIsWrittenAsTheGoldenFile() throws Exception {
    Deadline d = new Deadline(Deadline.Kind.ACTION_PLAN, nottinghamshireFocusedVisit(),
        Deadline.CountedFrom.PUBLISHED, LocalDate.of(2019, 12, 19), 70,
        LocalDate.of(2020, 4, 2), Deadline.Status.PASSED,
        List.of(Reason.ACTION_PLAN, Reason.COUNTED_FROM_PUBLICATION));
    assertThat(Fixtures.MAPPER.writeValueAsString(d)).isEqualTo(golden("deadline.json"));
  }

  @Test
  void pathwayEnumsAreWrittenByConstantName() throws Exception {
    assertThat(Fixtures.MAPPER.writeValueAsString(List.of(Pathway.INADEQUATE_UNDER_MONITORING,
        ActivityStatus.OWED, Deadline.Kind.REPORT_PUBLICATION, Deadline.Status.OPEN)))
        .isEqualTo("[\"INADEQUATE_UNDER_MONITORING\",\"OWED\",\"REPORT_PUBLICATION\",\"OPEN\"]");
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2012-01-01", "2016-06-30", "2019-11-01", "2020-04-01", "2024-01-01",
      "2027-01-01"})
  void everyRealPathwayIsWrittenWithAllItsParts(String date) throws Exception {
    LocalDate asOf = LocalDate.parse(date);
    NationalSchedule schedule = NationalSchedule.of(Fixtures.realOutcomes().histories(), asOf);
    for (InspectionHistory h : Fixtures.realOutcomes().histories()) {
      InspectionPathway p = InspectionPathway.of(h, schedule);
      JsonNode node = Fixtures.MAPPER.valueToTree(p);
      String who = h.authority().name() + " as of " + asOf;
      assertThat(node.get("asOf").asText()).as(who).isEqualTo(date);
      assertThat(node.get("pathway").asText()).as(who).isEqualTo(p.pathway().name());
      assertThat(node.has("basis")).as(who).isEqualTo(p.basis().isPresent());
      if (p.basis().isPresent()) {
        assertThat(Fixtures.MAPPER.treeToValue(node.get("basis"), Inspection.class)).as(who)
            .isEqualTo(p.basis().get());
      }
      assertThat(node.has("pending")).as(who).isEqualTo(p.pending().isPresent());
      if (p.pending().isPresent()) {
        assertThat(Fixtures.MAPPER.treeToValue(node.get("pending"), Inspection.class)).as(who)
            .isEqualTo(p.pending().get());
      }
      assertThat(node.get("nextInspection").get("status").asText()).as(who)
          .isEqualTo(p.nextInspection().status().name());
      assertThat(node.get("nextInspection").get("window").get("expected").asText()).as(who)
          .isEqualTo(p.nextInspection().window().expected().toString());
      assertThat(node.get("forecastWindow").get("latest").asText()).as(who)
          .isEqualTo(p.forecastWindow().latest().toString());
      assertThat(node.has("scheduled")).as(who).isEqualTo(p.scheduled().isPresent());
      if (p.scheduled().isPresent()) {
        assertThat(node.get("scheduled").get("window").get("earliest").asText()).as(who)
            .isEqualTo(p.scheduled().get().window().earliest().toString());
        assertThat(node.get("scheduled").get("backlogPlace").asInt()).as(who)
            .isEqualTo(p.scheduled().get().backlogPlace());
        assertThat(node.get("scheduled").get("reasons").get(0).asText()).as(who)
            .isEqualTo("P213");
      }
      assertThat(node.get("interimActivities")).as(who).hasSize(p.interimActivities().size());
      assertThat(node.get("deadlines")).as(who).hasSize(p.deadlines().size());
      assertThat(node.get("overdue").asBoolean()).as(who).isEqualTo(p.overdue());
      assertThat(node.get("explanation").asText()).as(who).isEqualTo(p.explanation());
      assertThat(node.get("coverage").asText()).as(who).isEqualTo("GRADED_INSPECTIONS");
      assertThat(node.get("errors")).as(who).hasSize(p.errors().size());
      assertThat(node.get("reasons")).as(who).extracting(JsonNode::asText)
          .containsExactlyElementsOf(p.reasons().stream().map(Reason::code).toList());
    }
  }

  @Test
  void anInspectionAwaitingItsReportIsWrittenAsPending() throws Exception {
    InspectionHistory notts = Fixtures.realOutcomes().history("891").orElseThrow();
    JsonNode node = Fixtures.MAPPER.valueToTree(InspectionPathway.of(notts,
        LocalDate.of(2019, 11, 1)));
    assertThat(node.get("pending").get("start").asText()).isEqualTo("2019-10-07");
    assertThat(node.get("basis").get("start").asText()).isEqualTo("2015-05-11");
  }
}

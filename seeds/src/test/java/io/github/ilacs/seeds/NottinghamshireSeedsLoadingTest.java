package io.github.ilacs.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.jackson.IlacsModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the loader treats documents that are missing, unreadable or break a rule. */
class NottinghamshireSeedsLoadingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IlacsModule());

  @Test
  void missingDocumentIsReportedByItsPath() {
    assertThatIllegalStateException()
        .isThrownBy(() -> NottinghamshireSeeds.read(MAPPER, "nottinghamshire/2019-01-visit.json"))
        .withMessageContaining("nottinghamshire/2019-01-visit.json")
        .withMessageContaining("missing");
  }

  @Test
  void unreadableDocumentIsReportedWithTheJacksonReason() {
    assertThatIllegalStateException()
        .isThrownBy(() -> NottinghamshireSeeds.read(MAPPER, "unknown-property.json"))
        .withMessageContaining("unknown-property.json cannot be read")
        .withMessageContaining("grade");
  }

  @Test
  void historyWithAnErrorIsRejectedNamingTheRule() {
    InspectionHistory clean = NottinghamshireSeeds.history();
    List<Inspection> inspections = new ArrayList<>(clean.inspections());
    // a graded focused visit breaks R204 (an ungraded activity grades nothing)
    Inspection visit = NottinghamshireSeeds.activity(NottinghamshireActivity.FOCUSED_VISIT_2022);
    inspections.set(5, Inspection.builder().from(visit)
        .judgement(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD).build());
    assertThatIllegalStateException()
        .isThrownBy(() -> NottinghamshireSeeds.checked(
            InspectionHistory.of(clean.authority(), inspections)))
        .withMessageContaining("R204")
        .withMessageContaining("severity ERROR");
    assertThat(NottinghamshireSeeds.checked(clean)).isSameAs(clean);
  }
}

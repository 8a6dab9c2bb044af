package io.github.ilacs.examples;

import static io.github.ilacs.Grade.GOOD;
import static io.github.ilacs.Grade.REQUIRES_IMPROVEMENT;
import static io.github.ilacs.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static io.github.ilacs.JudgementArea.HELP_AND_PROTECTION;
import static io.github.ilacs.JudgementArea.IMPACT_OF_LEADERS;
import static io.github.ilacs.JudgementArea.OVERALL_EFFECTIVENESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Theme;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Pathway;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's usage example, line for line, with what its comments claim. */
class ReadmeUsageTest {
  @Test
  void usageExampleDoesWhatTheReadmeSays() {
    LocalDate start = LocalDate.of(2019, 10, 7);
    Inspection inspection = Inspection.builder()
        .authority(LocalAuthority.of("Nottinghamshire", "891"))
        .framework(Framework.inForceOn(start, InspectionKind.STANDARD_INSPECTION).orElseThrow())
        .kind(InspectionKind.STANDARD_INSPECTION).start(start).end(LocalDate.of(2019, 10, 18))
        .published(LocalDate.of(2019, 12, 19))
        .judgement(OVERALL_EFFECTIVENESS, GOOD).judgement(IMPACT_OF_LEADERS, GOOD)
        .judgement(HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT)
        .judgement(CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD).build();
    ValidationReport report = Validator.defaults().validate(inspection);
    InspectionPathway next = InspectionPathway.of(InspectionHistory.of(inspection.authority(),
        List.of(inspection)), LocalDate.of(2020, 2, 1));

    assertThat(report.violations()).isEmpty();
    assertThat(next.pathway()).isEqualTo(Pathway.GOOD_OR_OUTSTANDING);
    assertThat(next.nextInspection().kind()).isEqualTo(InspectionKind.SHORT_INSPECTION);
    assertThat(next.deadlines()).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo(Deadline.Kind.ACTION_PLAN);
      assertThat(d.due()).isEqualTo(LocalDate.of(2020, 3, 31));
    });
  }

  @Test
  void copyingExampleDoesWhatTheReadmeSays() {
    LocalDate start = LocalDate.of(2019, 10, 7);
    Inspection inspection = Inspection.builder()
        .authority(LocalAuthority.of("Nottinghamshire", "891"))
        .framework(Framework.ILACS_2018).kind(InspectionKind.STANDARD_INSPECTION)
        .start(start).end(LocalDate.of(2019, 10, 18)).published(LocalDate.of(2019, 12, 19))
        .judgement(OVERALL_EFFECTIVENESS, GOOD).judgement(IMPACT_OF_LEADERS, GOOD)
        .judgement(HELP_AND_PROTECTION, REQUIRES_IMPROVEMENT)
        .judgement(CHILDREN_IN_CARE_AND_CARE_LEAVERS, GOOD).build();

    Inspection regraded = inspection.withGrade(HELP_AND_PROTECTION, GOOD);
    Inspection moved = inspection.withPublished(LocalDate.of(2019, 12, 20));
    Inspection corrected = inspection.toBuilder().end(LocalDate.of(2019, 10, 17))
        .addFinding(Finding.of(FindingKind.STRENGTH, "Leaders know their services well.",
            Theme.SELF_EVALUATION)).build();

    assertThat(regraded.judgements().get(2)).isEqualTo(Judgement.of(HELP_AND_PROTECTION, GOOD));
    assertThat(inspection.grade(HELP_AND_PROTECTION)).contains(REQUIRES_IMPROVEMENT);
    assertThat(moved.published()).contains(LocalDate.of(2019, 12, 20));
    assertThat(corrected.end()).isEqualTo(LocalDate.of(2019, 10, 17));
    assertThat(corrected.findings()).hasSize(1);
    assertThat(corrected.gradesByArea()).isEqualTo(inspection.gradesByArea());
  }
}

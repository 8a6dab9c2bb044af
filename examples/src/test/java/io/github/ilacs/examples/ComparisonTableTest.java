package io.github.ilacs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.directory.AuthorityDirectory;
import io.github.ilacs.directory.AuthorityEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
  private static final AuthorityEntry NOTTS =
      AuthorityDirectory.builtIn().byCode("891").orElseThrow();

  private static Inspection inspection(Framework framework, LocalDate start, Grade grade) {
    Inspection.Builder b = Inspection.builder().authority(NOTTS.toLocalAuthority())
        .framework(framework).kind(InspectionKind.STANDARD_INSPECTION).start(start)
        .end(start.plusDays(11)).published(start.plusDays(50));
    framework.gradedAreas().forEach(a -> b.judgement(a, grade));
    return b.build();
  }

  @Test
  void eachKindOfMissingGradeHasItsWords() {
    InspectionHistory notts = InspectionHistory.of(NOTTS.toLocalAuthority(), List.of(
        inspection(Framework.ILACS_2018, LocalDate.of(2021, 11, 1), Grade.GOOD),
        inspection(Framework.ILACS_2026, LocalDate.of(2026, 5, 11), Grade.OUTSTANDING)));
    String before = ComparisonTable.of(Comparison.of(NOTTS, List.of(notts),
        LocalDate.of(2026, 4, 30)));
    String after = ComparisonTable.of(Comparison.of(NOTTS, List.of(notts),
        LocalDate.of(2026, 7, 1)));

    // overall, leaders, help and protection, children in care, care leavers
    assertThat(before.lines()).contains("891   Nottinghamshire                      2021-12-21"
        + "  good              good              good              good*             not graded");
    assertThat(after.lines()).contains("891   Nottinghamshire                      2026-06-30"
        + "  no longer         outstanding       outstanding       outstanding       outstanding");
    assertThat(after.lines()).contains("830   Derbyshire                           none"
        + "        no report         no report         no report         no report         no"
        + " report");
    assertThat(after).contains("  Nottinghamshire ahead/level/behind                   -    ");
    assertThat(Comparison.of(NOTTS, List.of(notts), LocalDate.of(2026, 7, 1))
        .authority().grade(JudgementArea.OVERALL_EFFECTIVENESS).orElseThrow().grade()).isEmpty();
  }
}

package io.github.ilacs.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.ReadmeSection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's reason table (between {@code <!-- reasons:start -->} and {@code
 * <!-- reasons:end -->}) must list the {@link Reason} catalogue exactly, in catalogue order, with
 * each reason's code, statement and source. Surefire runs in the core module's directory, so the
 * README is {@code ../README.md}.
 */
class ReadmeReasonTableTest {
  private static final String START = "<!-- reasons:start -->";
  private static final String END = "<!-- reasons:end -->";

  /** The table as the README must print it, markers excluded. */
  static String expectedTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Code | Reason | Source |").append('\n').append("|---|---|---|").append('\n');
    for (Reason r : Reason.values()) {
      sb.append(row(r)).append('\n');
    }
    return sb.toString();
  }

  private static String row(Reason r) {
    return "| " + r.code() + " | " + r.statement() + " | " + r.sourceKind().title() + ": "
        + r.source() + " |";
  }

  @Test
  void readmeTableListsTheCatalogue() throws IOException {
    String table = String.join("\n", ReadmeSection.between(START, END)) + "\n";
    assertThat(table)
        .withFailMessage("The README's reason table does not match the catalogue. Replace the "
            + "lines between the markers with:%n%s", expectedTable())
        .isEqualTo(expectedTable());
  }

  @Test
  void aTableThatDisagreesWithTheCatalogueIsCaught() {
    List<String> table = new ArrayList<>(List.of(expectedTable().split("\n")));
    table.set(2, table.get(2).replace("P101", "P199"));
    assertThat(String.join("\n", table) + "\n").isNotEqualTo(expectedTable());
  }

  @Test
  void everyReasonHasAStableCodeAOneLineStatementAndASource() {
    Set<String> codes = new HashSet<>();
    for (Reason r : Reason.values()) {
      assertThat(codes.add(r.code())).as("%s code %s is unique", r, r.code()).isTrue();
      assertThat(r.code()).matches("P[1-4]\\d\\d");
      assertThat(r.statement()).as(r.code()).doesNotContain("|", "\n").endsWith(".");
      assertThat(r.source()).as(r.code()).isNotBlank().doesNotContain("|", "\n");
      assertThat(r.isAssumption()).isEqualTo(r.sourceKind() == Reason.SourceKind.ASSUMPTION);
      assertThat(Reason.byCode(r.code())).contains(r);
      if (r.sourceKind() == Reason.SourceKind.MEASURED) {
        assertThat(r.source()).as("%s names the file it was measured on", r.code())
            .contains("la-inspection-outcomes-to-");
      }
    }
    assertThat(Reason.byCode("P999")).isEmpty();
  }
}

package io.github.ilacs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Framework;
import io.github.ilacs.ReadmeSection;
import io.github.ilacs.plan.PlanRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's rule table (between {@code <!-- rules:start -->} and {@code <!-- rules:end -->})
 * must list the catalogue exactly: one row per rule, in catalogue order, with its code, severity,
 * frameworks and description, then one row per improvement plan rule ({@link PlanRule}, applying
 * to "plans"). Surefire runs in the core module's directory, so the README is
 * {@code ../README.md}.
 */
class ReadmeRuleTableTest {
  private static final String START = "<!-- rules:start -->";
  private static final String END = "<!-- rules:end -->";
  private static final String HEADER = "| Code | Severity | Applies to | What it checks |";
  /** What the "Applies to" column says for an improvement plan rule. */
  static final String PLANS = "plans";

  /** The table as the README must print it, markers excluded. */
  static String expectedTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(HEADER).append('\n').append("|---|---|---|---|").append('\n');
    for (List<String> r : catalogueRows()) {
      sb.append(row(r.toArray(String[]::new))).append('\n');
    }
    return sb.toString();
  }

  static String appliesTo(Rule rule) {
    return rule.frameworks().equals(EnumSet.allOf(Framework.class)) ? "all"
        : rule.frameworks().stream().map(Framework::name).collect(Collectors.joining(", "));
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  @Test
  void readmeTableListsTheCatalogue() throws IOException {
    List<List<String>> rows = rows(ReadmeSection.between(START, END));
    assertThat(rows)
        .withFailMessage("The README's rule table does not match the catalogue. Replace the "
            + "lines between the markers with:%n%s", expectedTable())
        .isEqualTo(catalogueRows());
  }

  @Test
  void aTableThatDisagreesWithTheCatalogueIsCaught() {
    List<String> table = new ArrayList<>(List.of(expectedTable().split("\n")));
    assertThat(rows(table)).isEqualTo(catalogueRows());
    table.set(2, table.get(2).replace("| ERROR |", "| WARNING |"));
    assertThat(rows(table)).isNotEqualTo(catalogueRows());
    table.remove(3);
    assertThat(rows(table)).hasSize(Rule.values().length + PlanRule.values().length - 1);
  }

  private static List<List<String>> rows(List<String> lines) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines) {
      String t = line.trim();
      if (t.startsWith("|") && !t.equals(HEADER) && !t.matches("\\|[-:| ]+\\|")) {
        rows.add(Arrays.stream(t.substring(1, t.length() - 1).split("\\|"))
            .map(String::trim).collect(Collectors.toList()));
      }
    }
    return rows;
  }

  private static List<List<String>> catalogueRows() {
    List<List<String>> expected = new ArrayList<>();
    for (Rule r : Rule.values()) {
      expected.add(List.of(r.code(), r.severity().name(), appliesTo(r), r.description()));
    }
    for (PlanRule r : PlanRule.values()) {
      expected.add(List.of(r.code(), r.severity().name(), PLANS, r.description()));
    }
    return expected;
  }

  @Test
  void descriptionsFitInOneTableCell() {
    for (List<String> r : catalogueRows()) {
      assertThat(r.get(3)).as(r.get(0)).doesNotContain("|", "\n").endsWith(".");
    }
  }
}

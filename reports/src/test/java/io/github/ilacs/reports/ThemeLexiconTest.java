package io.github.ilacs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ilacs.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeLexiconTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The timeliness of strategy discussions. | STRATEGY_DISCUSSIONS",
      "Children living with DOMESTIC ABUSE. | DOMESTIC_ABUSE",
      "Return home interviews after going missing. | EXTRA_FAMILIAL_RISK",
      "Awareness of private fostering. | PRIVATE_FOSTERING",
      "Section 47 enquiries. | CHILD_PROTECTION_RESPONSE",
      "The weather was fine. | ''",
      "Neglectful words do not count as neglect-free. | NEGLECT"})
  void suggestsThemesFromWholeWords(String text, String theme) {
    assertThat(ThemeLexicon.builtIn().suggest(text).stream().map(Enum::name).sorted().toList())
        .isEqualTo(theme.isEmpty() ? List.of() : List.of(theme));
  }

  @Test
  void aPhraseInsideAWordDoesNotFire() {
    ThemeLexicon lexicon = ThemeLexicon.of(Map.of(Theme.NEGLECT, List.of("neglect")));

    assertThat(lexicon.suggest("neglectful")).isEmpty();
    assertThat(lexicon.suggest("long-term neglect")).containsExactly(Theme.NEGLECT);
  }

  @Test
  void everyThemeHasPhrases() {
    for (Theme t : Theme.values()) {
      assertThat(ThemeLexicon.builtIn().phrases(t)).as(t.name()).isNotEmpty();
    }
  }

  @Test
  void theDocumentationListsEveryThemesPhrases() throws IOException {
    Path doc = Path.of("..", "docs", "reports.md");
    String text = Files.readString(doc);

    for (Theme t : Theme.values()) {
      assertThat(text).contains("| `" + t.name() + "` | "
          + String.join(", ", ThemeLexicon.builtIn().phrases(t)) + " |");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Inspectors looked at the council’s front door, where referrals arrive | "
          + "FRONT_DOOR_AND_THRESHOLDS",
      "Inspectors looked at the arrangements for care leavers and children in care | "
          + "CARE_LEAVERS",
      "Inspectors looked at children in care, including disabled children | CHILDREN_IN_CARE",
      "Inspectors looked at children in need and those on a child protection plan | "
          + "CHILDREN_IN_NEED_AND_PROTECTION",
      "Inspectors looked at the weather | ''"})
  void aFocusedVisitsFocusIsThePhraseMetFirst(String sentence, String theme) {
    assertThat(FocusTable.focus(sentence).map(Enum::name).orElse("")).isEqualTo(theme);
  }

  @Test
  void theDocumentationListsEveryFocusPhrase() throws IOException {
    String text = Files.readString(Path.of("..", "docs", "reports.md"));
    List<String> rows = Files.readAllLines(
        Path.of("src", "main", "resources", "io", "github", "ilacs", "reports", "focus.tsv"));

    for (String row : rows) {
      if (!row.startsWith("#") && !row.isBlank()) {
        String[] cols = row.split("\t");
        assertThat(text).contains("| " + cols[0] + " | `" + cols[1] + "` |");
      }
    }
  }
}

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
}

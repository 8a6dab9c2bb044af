package io.github.ilacs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // name | lines, '/' between lines | items, '/' between items
      "bullets, wrapped | • One item/that wraps./ /• Two. | One item that wraps./Two.",
      "bullets, then prose | • One./ /A paragraph after the list. | One.",
      "bullets, sub-heading | Now:/• One/ /Later:/• Two | One/Two",
      "symbol-font bullet | \uf0b7 One./\uf0a7 Two. | One./Two.",
      "numbered | 1. First./ /Areas for improvement/ /2. Second/goes on. | First./Second goes on.",
      "numbered, bullets inside | 1. Do this by:/• a/• b/2. Next. | Do this by: • a • b/Next.",
      "numbered, a stray number | 4. First./ /9 A footnote. | First.",
      "paragraphs | The first one./ /The second one. | The first one./The second one.",
      "paragraph across a page | The first/ /one goes on. | The first one goes on.",
      "hyphenated word | • A well-/known fact. | A well-known fact.",
      "nothing | ' ' | ''"})
  void cutsLinesIntoItems(String name, String lines, String expected) {
    TextDocument doc = TextDocument.ofPlainText(String.join("\n", lines.split("/")));

    List<Items.Item> items = Items.collect(doc, 0, doc.size(), Items.Mode.AUTO);

    assertThat(String.join("/", items.stream().map(Items.Item::text).toList()))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"• x | 2", "\uf0b7  x | 3", "- x | 2", "◼ x | 2",
      "x | 0", "-x | 0", "'' | 0"})
  void measuresBullets(String text, int length) {
    assertThat(Items.bulletLength(text)).isEqualTo(length);
  }
}

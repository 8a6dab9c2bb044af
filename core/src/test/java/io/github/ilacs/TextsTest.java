package io.github.ilacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {
  @Test
  void printableEscapesControlFormatAndSeparatorCharactersAndDoublesBackslashes() {
    assertThat(Texts.printable("a\u001b[31mb\u0007\\c\nd\te\rf\u0085g\u007f\u202eh\u200bi\u2028j"
        + "\u2029k"))
        .isEqualTo("a\\u001B[31mb\\u0007\\\\c\\nd\\te\\rf\\u0085g\\u007F\\u202Eh\\u200Bi"
            + "\\u2028j\\u2029k");
  }

  @Test
  void printableKeepsOrdinaryTextAsItIs() {
    String text = "Bath & North East Somerset – café ✓ 𝄞";
    assertThat(Texts.printable(text)).isSameAs(text);
    assertThat(Texts.printable("")).isEmpty();
    assertThat(Texts.printable("x\\")).isEqualTo("x\\\\");
  }

  @ParameterizedTest(name = "\"{0}\" blank: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''          | true
      x           | false
      ' x '       | false
      é           | false
      """)
  void blankIsEmptyOrInvisible(String text, boolean blank) {
    assertThat(Texts.isBlank(text)).isEqualTo(blank);
  }

  @Test
  void everyKindOfInvisibleCharacterIsBlankAndAnyVisibleOneIsNot() {
    String[] invisible = {" ", "\t", "\n", "\u00a0", "\u2007", "\u202f", "\u3000", "\u2028",
        "\u2029", "\u200b", "\u200d", "\u2060", "\ufeff", "\u0000", "\u001b", "\u007f",
        "\u0085", "\u00ad"};
    for (String c : invisible) {
      assertThat(Texts.isBlank(c)).as("U+%04X", (int) c.charAt(0)).isTrue();
      assertThat(Texts.isBlank(c + "a" + c)).as("U+%04X around a", (int) c.charAt(0)).isFalse();
    }
    assertThat(Texts.isBlank(String.join("", invisible))).isTrue();
  }

  @Test
  void nullIsRefusedByName() {
    assertThatIllegalArgumentException().isThrownBy(() -> Texts.isBlank(null))
        .withMessage("text: is required but was null");
    assertThatIllegalArgumentException().isThrownBy(() -> Texts.printable(null))
        .withMessage("text: is required but was null");
  }
}

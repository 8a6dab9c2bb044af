package io.github.ilacs.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The directory's own CSV reading, RFC 4180 style: quoted fields with commas, doubled quotes
 * and line breaks, CRLF or LF, a byte-order mark, blank lines skipped, the last line with or
 * without its line break, values trimmed. In the table {@code '} stands for a quote. Rows are written {@code k=v;k=v|...} for the table.
 */
class CsvTableTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      plain LF             | a,b\\n1,2\\n3,4\\n              | a=1;b=2/a=3;b=4
      CRLF                 | a,b\\r\\n1,2\\r\\n              | a=1;b=2
      no final line break  | a,b\\n1,2                       | a=1;b=2
      byte-order mark      | \\uFEFFa,b\\n1,2\\n             | a=1;b=2
      blank lines skipped  | a,b\\n\\n1,2\\n\\n              | a=1;b=2
      quoted comma         | a,b\\n'1,5',2\\n                | a=1,5;b=2
      doubled quote        | a,b\\n'say ''hi''',2\\n         | a=say 'hi';b=2
      quoted line break    | a,b\\n'x\\ny',2\\n              | a=x\\ny;b=2
      empty quoted last    | a,b\\n1,''\\n                   | a=1;b=
      empty last           | a,b\\n1,\\n                     | a=1;b=
      trimmed              | a,b\\n 1 , 2 \\n                | a=1;b=2
      header only          | a,b\\n                          | ``
      """)
  void reads(String name, String text, String expected) throws IOException {
    List<Map<String, String>> rows = CsvTable.read(new StringReader(unescape(text)), name);

    assertThat(rows.stream().map(r -> new TreeMap<>(r).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")))
        .collect(Collectors.joining("/"))).isEqualTo(unescape(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      too few  | a,b\\n1\\n       | a row has 1 fields where the header has 2
      too many | a,b\\n1,2,3\\n   | a row has 3 fields where the header has 2
      """)
  void refusesARowOfTheWrongWidth(String name, String text, String message) {
    assertThatThrownBy(() -> CsvTable.read(new StringReader(unescape(text)), name))
        .isInstanceOf(IllegalStateException.class).hasMessage(name + ": " + message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/io/github/ilacs/directory/no-such-table.csv"})
  void aMissingResourceIsNamed(String resource) {
    assertThatThrownBy(() -> CsvTable.read(resource)).isInstanceOf(IllegalStateException.class)
        .hasMessage(resource + " is missing from the ilacs-core jar");
  }

  private static String unescape(String s) {
    return s.replace('\'', '"').replace("\\n", "\n").replace("\\r", "\r")
        .replace("\\uFEFF", "\uFEFF");
  }
}

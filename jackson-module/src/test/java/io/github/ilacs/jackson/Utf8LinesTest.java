package io.github.ilacs.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The UTF-8 decoder behind {@link OutcomesCsv#read(java.nio.file.Path)}: text decodes as the JDK
 * decodes it, wherever the buffer boundaries fall, and a malformed byte is noted on its line.
 */
class Utf8LinesTest {
  private static String decode(Utf8Lines lines, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n = lines.read(buffer, 0, chunk); n >= 0; n = lines.read(buffer, 0, chunk)) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0} ASCII bytes before, read {1} chars at a time")
  @CsvSource({"8191, 4000", "8190, 4000", "8189, 4000", "0, 2", "8191, 2", "100, 7"})
  void multiByteCharactersAcrossBufferBoundariesDecodeWhole(int before, int chunk)
      throws IOException {
    String text = "a".repeat(before) + "St Helens caf\u00e9 \u20ac \uD83D\uDE00\nnext line\n";
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)));
    assertThat(decode(lines, chunk)).isEqualTo(text);
    assertThat(lines.malformed(1, 3)).isEmpty();
  }

  @ParameterizedTest(name = "line ends {0}")
  @CsvSource({"LF, '\n'", "CRLF, '\r\n'", "CR, '\r'"})
  void aMalformedByteIsNotedOnItsLine(String name, String end) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("one" + end + "two" + end + "caf").getBytes(StandardCharsets.US_ASCII));
    bytes.write(0xE9);
    bytes.writeBytes((end + "four" + end).getBytes(StandardCharsets.US_ASCII));
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(bytes.toByteArray()));
    try (lines) {
      assertThat(decode(lines, 4096)).isEqualTo("one" + end + "two" + end + "caf\uFFFD" + end
          + "four" + end);
    }
    assertThat(lines.malformed(1, 2)).isEmpty();
    assertThat(lines.malformed(3, 3)).contains("is not valid UTF-8: byte 0xE9 at byte 4 of the"
        + " line starts no character; save the table as UTF-8");
    assertThat(lines.malformed(3, 4)).as("a note is taken once").isEmpty();
  }
}

package io.github.ilacs.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * UTF-8 text decoded so that a malformed byte sequence spoils its own line only: each is read
 * as U+FFFD and noted with its line, which the reader then rejects. Lines end at LF, CR LF or
 * CR, as the CSV parser counts them. Memory is bounded by the buffer and the notes not yet
 * taken.
 */
final class Utf8Lines extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final TreeMap<Long, String> malformed = new TreeMap<>();
  private long line = 1;
  private long byteInLine;
  private boolean afterCr;
  private boolean eof;
  private boolean flushed;

  Utf8Lines(InputStream in) {
    this.in = in;
  }

  /**
   * Takes the note about the first malformed line from {@code first} to {@code last}, and
   * forgets the notes of every line up to {@code last}.
   */
  Optional<String> malformed(long first, long last) {
    Optional<String> found = Optional.empty();
    while (!malformed.isEmpty() && malformed.firstKey() <= last) {
      Map.Entry<Long, String> e = malformed.pollFirstEntry();
      if (found.isEmpty() && e.getKey() >= first) {
        found = Optional.of(e.getValue());
      }
    }
    return found;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      if (!bytes.hasRemaining() && eof) {
        if (!flushed) {
          flushed = true;
          decoder.decode(bytes, out, true);
          decoder.flush(out);
          continue;
        }
        return -1;
      }
      int before = bytes.position();
      CoderResult r = decoder.decode(bytes, out, eof);
      count(before, bytes.position());
      if (r.isError()) {
        int at = bytes.position();
        malformed.putIfAbsent(line, String.format(Locale.ROOT, "is not valid UTF-8: byte 0x%02X"
            + " at byte %d of the line starts no character; save the table as UTF-8",
            bytes.get(at) & 0xFF, byteInLine + 1));
        out.put('\uFFFD');
        bytes.position(at + r.length());
        count(at, at + r.length());
      } else if (r.isUnderflow() && !eof) {
        fill();
      } else if (r.isOverflow()) {
        break; // room for less than a surrogate pair: the caller asks again with more
      }
    }
    return out.position() - offset;
  }

  /** Counts lines and bytes over the bytes just decoded. */
  private void count(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes.get(i);
      if (b == '\n') {
        if (!afterCr) {
          line++;
        }
        byteInLine = 0;
      } else if (b == '\r') {
        line++;
        byteInLine = 0;
      } else {
        byteInLine++;
      }
      afterCr = b == '\r';
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

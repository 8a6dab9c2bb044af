package io.github.ilacs.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON parser for tests, with no Jackson: enough of JSON for the shared cases (strings
 * with the common escapes, integers, fractions, literals), presented as a {@link JsonInput}
 * whose contexts behave as a streaming parser's do. Input it cannot read fails with an
 * {@link IOException}, as a parser's failure does.
 */
final class TextInput implements JsonInput {
  /** An object or an array being read, or the root; its current entry names the value in it. */
  static final class Frame {
    final Frame parent;
    final boolean object;
    String name;
    int index = -1;

    Frame(Frame parent, boolean object) {
      this.parent = parent;
      this.object = object;
    }
  }

  private record Lexeme(Token token, String text) {}

  private final List<Lexeme> lexemes;
  private int at = -1;
  private Frame frame = new Frame(null, false);
  private Token current = Token.END_OF_INPUT;

  TextInput(String json) throws IOException {
    this.lexemes = lex(json);
  }

  private static List<Lexeme> lex(String s) throws IOException {
    List<Lexeme> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if ("{}[]:,".indexOf(c) >= 0) {
        Token t = switch (c) {
          case '{' -> Token.START_OBJECT;
          case '}' -> Token.END_OBJECT;
          case '[' -> Token.START_ARRAY;
          case ']' -> Token.END_ARRAY;
          default -> Token.OTHER;
        };
        out.add(new Lexeme(t, String.valueOf(c)));
        i++;
      } else if (c == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
          if (i >= s.length()) {
            throw new IOException("unterminated string");
          }
          char d = s.charAt(i++);
          if (d == '"') {
            break;
          }
          if (d == '\\') {
            char e = s.charAt(i++);
            switch (e) {
              case 'n' -> b.append('\n');
              case 't' -> b.append('\t');
              case 'u' -> {
                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                i += 4;
              }
              default -> b.append(e);
            }
          } else {
            b.append(d);
          }
        }
        out.add(new Lexeme(Token.STRING, b.toString()));
      } else {
        int j = i;
        while (j < s.length() && "{}[]:,\" \n\r\t".indexOf(s.charAt(j)) < 0) {
          j++;
        }
        String word = s.substring(i, j);
        Token t = switch (word) {
          case "true" -> Token.TRUE;
          case "false" -> Token.FALSE;
          case "null" -> Token.NULL;
          default -> word.matches("-?\\d+") ? Token.NUMBER_INT
              : word.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?") ? Token.NUMBER_FLOAT : null;
        };
        if (t == null) {
          throw new IOException("not JSON: " + word);
        }
        out.add(new Lexeme(t, word));
        i = j;
      }
    }
    return out;
  }

  @Override
  public Token currentToken() {
    return current;
  }

  @Override
  public Token nextToken() throws IOException {
    at++;
    while (at < lexemes.size() && lexemes.get(at).token() == Token.OTHER) {
      at++;
    }
    if (at >= lexemes.size()) {
      current = Token.END_OF_INPUT;
      return current;
    }
    Lexeme l = lexemes.get(at);
    boolean isName = frame.object && l.token() == Token.STRING && current != Token.PROPERTY_NAME;
    if (isName) {
      frame.name = l.text();
      current = Token.PROPERTY_NAME;
      return current;
    }
    current = l.token();
    if (current == Token.END_OBJECT || current == Token.END_ARRAY) {
      // as a streaming parser does, the end of an object or array is read in the enclosing
      // context
      frame = frame.parent;
      return current;
    }
    if (!frame.object) {
      frame.index++;
    }
    if (current == Token.START_OBJECT || current == Token.START_ARRAY) {
      frame = new Frame(frame, current == Token.START_OBJECT);
    }
    return current;
  }

  @Override
  public String currentName() {
    return frame.name;
  }

  @Override
  public String text() {
    return lexemes.get(at).text();
  }

  @Override
  public int textLength() {
    return text().length();
  }

  @Override
  public boolean isPlainInt() {
    try {
      Integer.parseInt(text());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public int intValue() {
    return Integer.parseInt(text());
  }

  @Override
  public void skipChildren() throws IOException {
    if (current != Token.START_OBJECT && current != Token.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      Token t = nextToken();
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        depth++;
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        depth--;
      } else if (t == Token.END_OF_INPUT) {
        throw new IOException("unexpected end of input");
      }
    }
  }

  @Override
  public Object context() {
    return frame;
  }

  @Override
  public Object parent(Object context) {
    Frame f = (Frame) context;
    return f.parent == null ? f : f.parent;
  }

  @Override
  public String pointer(Object context) {
    StringBuilder b = new StringBuilder();
    for (Frame f = (Frame) context; f != null && f.parent != null; f = f.parent) {
      String step = f.object ? (f.name == null ? null : escape(f.name))
          : (f.index < 0 ? null : String.valueOf(f.index));
      if (step != null) {
        b.insert(0, "/" + step);
      }
    }
    return b.length() == 0 ? "/" : b.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

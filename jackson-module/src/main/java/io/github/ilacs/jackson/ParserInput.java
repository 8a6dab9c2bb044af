package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ilacs.json.JsonInput;
import io.github.ilacs.json.Token;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** A Jackson 2 parser as the engine's token stream; contexts are the parser's own. */
final class ParserInput implements JsonInput {
  /** The engine's token for each of Jackson's, by ordinal. */
  private static final Token[] TOKENS = tokens();

  private final JsonParser p;

  ParserInput(JsonParser p) {
    this.p = p;
  }

  private static Token[] tokens() {
    JsonToken[] all = JsonToken.values();
    Token[] out = new Token[all.length];
    for (JsonToken t : all) {
      out[t.ordinal()] = switch (t) {
        case START_OBJECT -> Token.START_OBJECT;
        case END_OBJECT -> Token.END_OBJECT;
        case START_ARRAY -> Token.START_ARRAY;
        case END_ARRAY -> Token.END_ARRAY;
        case FIELD_NAME -> Token.PROPERTY_NAME;
        case VALUE_STRING -> Token.STRING;
        case VALUE_NUMBER_INT -> Token.NUMBER_INT;
        case VALUE_NUMBER_FLOAT -> Token.NUMBER_FLOAT;
        case VALUE_TRUE -> Token.TRUE;
        case VALUE_FALSE -> Token.FALSE;
        case VALUE_NULL -> Token.NULL;
        case NOT_AVAILABLE -> Token.END_OF_INPUT;
        default -> Token.OTHER;
      };
    }
    return out;
  }

  static Token token(@Nullable JsonToken t) {
    return t == null ? Token.END_OF_INPUT : TOKENS[t.ordinal()];
  }

  @Override
  public Token currentToken() {
    return token(p.currentToken());
  }

  @Override
  public Token nextToken() throws IOException {
    return token(p.nextToken());
  }

  @Override
  public String currentName() throws IOException {
    return p.currentName();
  }

  @Override
  public String text() throws IOException {
    return p.getText();
  }

  @Override
  public int textLength() throws IOException {
    return p.getTextLength();
  }

  @Override
  public boolean isPlainInt() throws IOException {
    return p.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() throws IOException {
    return p.getIntValue();
  }

  @Override
  public void skipChildren() throws IOException {
    p.skipChildren();
  }

  @Override
  public Object context() {
    return p.getParsingContext();
  }

  @Override
  public Object parent(Object context) {
    JsonStreamContext parent = ((JsonStreamContext) context).getParent();
    return parent == null ? context : parent;
  }

  @Override
  public String pointer(Object context) {
    return pointer((JsonStreamContext) context);
  }

  /** The JSON pointer of the value a parser's context is at, {@code /} for the root. */
  static String pointer(@Nullable JsonStreamContext context) {
    if (context == null) {
      return "/";
    }
    String s = context.pathAsPointer().toString();
    return s.isEmpty() ? "/" : s;
  }
}

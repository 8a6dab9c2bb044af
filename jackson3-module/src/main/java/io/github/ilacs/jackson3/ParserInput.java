package io.github.ilacs.jackson3;

import io.github.ilacs.json.JsonInput;
import io.github.ilacs.json.Token;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * A Jackson 3 parser as the engine's {@link JsonInput}. Parser failures are Jackson's unchecked
 * exceptions and pass through; {@link IlacsDeserializer} reports them.
 */
final class ParserInput implements JsonInput {
  /** The engine's token for each Jackson token, by ordinal. */
  private static final Token[] TOKENS = tokens();

  private final JsonParser p;

  ParserInput(JsonParser p) {
    this.p = p;
  }

  private static Token[] tokens() {
    JsonToken[] all = JsonToken.values();
    Token[] out = new Token[all.length];
    for (JsonToken t : all) {
      out[t.ordinal()] = token(t);
    }
    return out;
  }

  private static Token token(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case PROPERTY_NAME:
        return Token.PROPERTY_NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.NUMBER_INT;
      case VALUE_NUMBER_FLOAT:
        return Token.NUMBER_FLOAT;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        return Token.OTHER;
    }
  }

  static Token of(JsonToken t) {
    return t == null ? Token.END_OF_INPUT : TOKENS[t.ordinal()];
  }

  @Override
  public Token currentToken() {
    return of(p.currentToken());
  }

  @Override
  public Token nextToken() {
    return of(p.nextToken());
  }

  @Override
  public String currentName() {
    return p.currentName();
  }

  @Override
  public String text() {
    return p.getString();
  }

  @Override
  public int textLength() {
    return p.getStringLength();
  }

  @Override
  public boolean isPlainInt() {
    return p.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() {
    return p.getIntValue();
  }

  @Override
  public void skipChildren() {
    p.skipChildren();
  }

  @Override
  public Object context() {
    return p.streamReadContext();
  }

  @Override
  public Object parent(Object context) {
    TokenStreamContext parent = ((TokenStreamContext) context).getParent();
    return parent == null ? context : parent;
  }

  @Override
  public String pointer(Object context) {
    return pointerOf((TokenStreamContext) context);
  }

  /** The JSON pointer of a context's current value, {@code /} for the root. */
  static String pointerOf(TokenStreamContext context) {
    String s = context.pathAsPointer().toString();
    return s.isEmpty() ? "/" : s;
  }
}

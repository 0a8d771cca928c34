package io.github.loopbaan.serialization;

import io.github.loopbaan.format.spi.Binding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A {@link io.github.loopbaan.format.spi.JsonSource} over a Jackson 3 parser: the tokens the format
 * reads, with the parser's own checks (well-formedness, duplicate keys, the input limits) reported
 * in Jackson's exceptions, which {@link Errors} translates.
 */
final class ParserSource implements Binding.Parser {

  private final JsonParser parser;

  ParserSource(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Token current() {
    return of(parser.currentToken());
  }

  @Override
  public Token next() {
    return of(parser.nextToken());
  }

  /**
   * @return the format's token for a Jackson token; an embedded object (a tree's binary or POJO
   *     value, which JSON text does not have) is {@link Token#OTHER}
   */
  static Token of(JsonToken token) {
    if (token == null) {
      return Token.END;
    }
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case PROPERTY_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.FRACTION;
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

  @Override
  public String name() {
    return parser.currentName();
  }

  @Override
  public String text() {
    return parser.getString();
  }

  @Override
  public IntegerSize integerSize() {
    switch (parser.getNumberType()) {
      case INT:
        return IntegerSize.INT;
      case LONG:
        return IntegerSize.LONG;
      default:
        return IntegerSize.BIG;
    }
  }

  @Override
  public long longValue() {
    return parser.getLongValue();
  }

  @Override
  public Number numberValue() {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDecimalValue();
    }
    return integerSize() == IntegerSize.BIG ? parser.getBigIntegerValue() : parser.getLongValue();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
  }

  /**
   * @return the parser, for the translation of its failures
   */
  JsonParser parser() {
    return parser;
  }

  @Override
  public void close() {
    parser.close();
  }
}

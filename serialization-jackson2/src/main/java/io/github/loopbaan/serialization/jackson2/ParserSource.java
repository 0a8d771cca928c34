package io.github.loopbaan.serialization.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.loopbaan.format.spi.Binding;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A {@link io.github.loopbaan.format.spi.JsonSource} over a Jackson 2 parser: the tokens the format
 * reads, with the parser's own checks (well-formedness, duplicate keys, the input limits). Jackson
 * 2 reports those in checked exceptions, which this source carries out in an {@link
 * UncheckedIOException}; {@link #unwrap} gives them back to whoever translates or rethrows them.
 */
final class ParserSource implements Binding.Parser {

  private final JsonParser parser;

  ParserSource(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * @return the parser, for the translation of its failures
   */
  JsonParser parser() {
    return parser;
  }

  /**
   * @param e a failure of a read through this source
   * @return Jackson's exception when the failure carries one, else {@code null}
   */
  static IOException unwrap(RuntimeException e) {
    return e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : null;
  }

  @Override
  public Token current() {
    return of(parser.currentToken());
  }

  @Override
  public Token next() {
    try {
      return of(parser.nextToken());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the format's token for a Jackson token; an embedded object is {@link Token#OTHER}
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
      case FIELD_NAME:
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
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public IntegerSize integerSize() {
    try {
      switch (parser.getNumberType()) {
        case INT:
          return IntegerSize.INT;
        case LONG:
          return IntegerSize.LONG;
        default:
          return IntegerSize.BIG;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long longValue() {
    try {
      return parser.getLongValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Number numberValue() {
    try {
      if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        return parser.getDecimalValue();
      }
      return integerSize() == IntegerSize.BIG
          ? parser.getBigIntegerValue()
          : (Number) parser.getLongValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void skipChildren() {
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // closing a parser over bytes in memory does not fail; nothing to release otherwise
    }
  }
}

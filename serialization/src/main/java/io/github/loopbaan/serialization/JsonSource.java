package io.github.loopbaan.serialization;

/**
 * Where {@link ModelReader} takes the tokens of the wire format from: the few calls of a JSON
 * parser that the format uses, so that the format is read once, apart from any one JSON library
 * (the counterpart of {@link JsonSink}). An implementation forwards each call to a streaming parser
 * (Jackson 3's here; another generation's in its own artifact), which keeps checking
 * well-formedness, duplicate keys and the input limits as tokens arrive and reports those failures
 * in its own exceptions; {@link ModelReader} reports what the format itself refuses.
 */
interface JsonSource {

  /** The tokens of JSON, as the format tells them apart. */
  enum Token {
    START_OBJECT,
    END_OBJECT,
    START_ARRAY,
    END_ARRAY,
    /** A property name of the open object; {@link #name()} gives it. */
    NAME,
    /** A string value; {@link #text()} gives it. */
    STRING,
    /** An integer number; {@link #integerSize()} tells whether it fits an {@code int}. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    FRACTION,
    TRUE,
    FALSE,
    NULL,
    /** A value the host library has and JSON text does not (an embedded object of a tree). */
    OTHER,
    /** The end of the input. */
    END
  }

  /** How many bits an integer number needs. */
  enum IntegerSize {
    /** Fits an {@code int}. */
    INT,
    /** Fits a {@code long}, not an {@code int}. */
    LONG,
    /** Fits neither. */
    BIG
  }

  /**
   * @return the token the source stands on ({@link Token#END} before the first and after the last)
   */
  Token current();

  /**
   * Moves to the next token.
   *
   * @return that token
   */
  Token next();

  /**
   * @return the property name, when the source stands on a {@link Token#NAME}
   */
  String name();

  /**
   * @return the text, when the source stands on a {@link Token#STRING}
   */
  String text();

  /**
   * @return the size of the integer number the source stands on
   */
  IntegerSize integerSize();

  /**
   * @return the integer number the source stands on, when it fits a {@code long}
   */
  long longValue();

  /**
   * @return the number the source stands on, exactly: a {@code Long} or {@code BigInteger} for an
   *     {@link Token#INTEGER}, a {@code BigDecimal} for a {@link Token#FRACTION}
   */
  Number numberValue();

  /**
   * Skips a value: when the source stands on the start of an object or array, it moves to the
   * matching end; on any other token it stays.
   */
  void skipChildren();
}

package io.github.loopbaan.format.spi;

/**
 * Where the format's reader takes the tokens of the wire format from: the few calls of a JSON
 * parser that the format uses, so that the format is read once, apart from any one JSON library
 * (the counterpart of {@link JsonSink}). A binding implements it over its streaming parser (Jackson
 * 3's in {@code loopbaan-serialization}, Jackson 2's in {@code loopbaan-serialization-jackson2}),
 * which keeps checking well-formedness, duplicate keys and the input limits as tokens arrive and
 * reports those failures in its own exceptions; the format's reader reports what the format itself
 * refuses.
 *
 * <p>Part of the format's service provider interface for the Jackson bindings ({@link
 * FormatEngine}); not an API for applications, and it may change in any release.
 */
public interface JsonSource {

  /** The tokens of JSON, as the format tells them apart. */
  enum Token {
    /** The start of an object. */
    START_OBJECT,
    /** The end of an object. */
    END_OBJECT,
    /** The start of an array. */
    START_ARRAY,
    /** The end of an array. */
    END_ARRAY,
    /** A property name of the open object; {@link #name()} gives it. */
    NAME,
    /** A string value; {@link #text()} gives it. */
    STRING,
    /** An integer number; {@link #integerSize()} tells whether it fits an {@code int}. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    FRACTION,
    /** The value {@code true}. */
    TRUE,
    /** The value {@code false}. */
    FALSE,
    /** The value {@code null}. */
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

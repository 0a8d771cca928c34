package io.github.loopbaan.format.spi;

/**
 * Where the format's writer sends the tokens of the wire format: the few calls of a JSON generator
 * that the format uses, so that the format is written once, apart from any one JSON library. A
 * binding implements it over its generator (Jackson 3's in {@code loopbaan-serialization}, Jackson
 * 2's in {@code loopbaan-serialization-jackson2}), which keeps the generator's settings such as
 * pretty printing.
 *
 * <p>Part of the format's service provider interface for the Jackson bindings ({@link
 * FormatEngine}); not an API for applications, and it may change in any release.
 */
public interface JsonSink {

  /** Opens an object. */
  void startObject();

  /** Closes the object opened last. */
  void endObject();

  /** Opens an array. */
  void startArray();

  /** Closes the array opened last. */
  void endArray();

  /**
   * @param name the name of the next property of the open object
   */
  void name(String name);

  /**
   * @param text a string value
   */
  void string(String text);

  /**
   * @param number an integer value
   */
  void number(int number);

  /**
   * @param number an integer value
   */
  void number(long number);

  /**
   * @param value a boolean value
   */
  void bool(boolean value);

  /** Writes {@code null}. */
  void nul();

  /**
   * Writes a value that is not of the model, as the host library's configuration writes it. The
   * model's values never hold one; it keeps an application's own value (in a map it hands over, for
   * example) under the application's rules.
   *
   * @param value the value, not null
   */
  void foreign(Object value);
}

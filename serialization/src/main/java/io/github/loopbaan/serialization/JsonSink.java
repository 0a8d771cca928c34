package io.github.loopbaan.serialization;

/**
 * Where {@link ModelWriter} sends the tokens of the wire format: the few calls of a JSON generator
 * that the format uses, so that the format is written once, apart from any one JSON library. An
 * implementation forwards each call to a generator (Jackson 3's here; another generation's in its
 * own artifact), which keeps the generator's settings such as pretty printing.
 */
interface JsonSink {

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

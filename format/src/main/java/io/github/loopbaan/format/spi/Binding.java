package io.github.loopbaan.format.spi;

import io.github.loopbaan.format.LoopbaanJsonException;

/**
 * What one JSON library supplies to the format's reads of bytes ({@link FormatEngine#readValue},
 * {@link FormatEngine#readDocument}): a parser with the reader's limits, the translation of the
 * library's failures, and its data binding for values that are not the model's own.
 *
 * <p>Part of the format's service provider interface for the Jackson bindings; not an API for
 * applications, and it may change in any release.
 */
public interface Binding {

  /**
   * @param json the input, well-formed UTF-8
   * @return a parser over it that enforces the input limits of the parser (size, depth, text, name
   *     and number length) and refuses duplicate keys, standing before the first token
   */
  Parser open(byte[] json);

  /**
   * @param e a failure from a read through a parser of this binding
   * @param parser the parser that was reading, or {@code null}
   * @return the format's failure for a failure of the library (with a path and a reason that does
   *     not quote the input), or {@code null} for any other exception
   */
  LoopbaanJsonException translate(RuntimeException e, Parser parser);

  /**
   * Reads one value through the library's data binding, which reads the model's values through the
   * format's deserializers.
   *
   * @param parser a parser from {@link #open}, standing before the value
   * @param type the type to read
   * @return the value, or {@code null} for a JSON {@code null}
   */
  Object bind(Parser parser, Class<?> type);

  /** A {@link JsonSource} over a library's parser, which its user closes. */
  interface Parser extends JsonSource, AutoCloseable {

    /** Closes the parser; never fails. */
    @Override
    void close();
  }
}

package io.github.loopbaan.format.spi;

import java.lang.reflect.Type;

/**
 * The format's reader of model values from tokens, with its strictness, collection limit and
 * catalogue: what a binding's deserializer hands a {@link JsonSource} to. Obtained from {@link
 * FormatEngine#reader}. Immutable and thread-safe.
 *
 * <p>Part of the format's service provider interface for the Jackson bindings; not an API for
 * applications, and it may change in any release.
 */
public interface ValueReader {

  /**
   * Reads one value.
   *
   * @param type the type to read: a model type, or a JDK type the model uses ({@code String},
   *     {@code Integer}, {@code java.time}, {@code Optional}, {@code List}, {@code Set}, {@code
   *     Map}) with model types in it
   * @param in the source, standing on the value's first token; left on its last token
   * @return the value
   * @throws io.github.loopbaan.format.LoopbaanJsonException for every failure of the format, with a
   *     path from the value ({@code $})
   */
  Object read(Type type, JsonSource in);

  /**
   * Reads a code, an identifier, a code value or a catalogue entry from a map key.
   *
   * @param type the key type
   * @param text the key
   * @return the value
   * @throws io.github.loopbaan.format.LoopbaanJsonException with the path {@code $} for a text the
   *     type refuses
   */
  Object key(Class<?> type, String text);

  /**
   * @param strict whether a property the format does not know is an error (else it is skipped)
   * @return a reader like this one with that strictness
   */
  ValueReader strict(boolean strict);
}

package io.github.loopbaan.format;

import java.util.Map;

/**
 * One explicit step that turns the content of a document of one {@linkplain DocumentKind kind} from
 * schema version {@code n} into version {@code n + 1}, on the JSON tree, before it is bound to the
 * model.
 *
 * <p>The tree is made of plain Java values, the same whichever JSON library reads the document: an
 * object is a mutable {@code Map<String, Object>} in input order, an array a mutable {@code
 * List<Object>}, a text a {@code String}, an integer a {@code Long} (a {@code BigInteger} beyond
 * its range), a number with a fraction or exponent a {@code BigDecimal}, {@code true}/{@code false}
 * a {@code Boolean}, and JSON {@code null} is {@code null}. A step puts values of the same kinds.
 *
 * <p>Steps are listed per kind in {@link DocumentKind}, oldest first; reading a document of version
 * {@code v} applies every step from {@code v} up to the current version in order. A step works on
 * the {@code content} object only: the envelope ({@code kind}, {@code schemaVersion}) is the
 * reader's. A step must not need anything but the tree (no clock, no look-ups), so that reading
 * stays a pure function of the input.
 *
 * <p>A step that meets content it cannot upgrade throws a {@link LoopbaanJsonException} whose path
 * is relative to the content ({@code $.yearOfBirth}); the reader moves it under {@code $.content}.
 * Like every reason, it must not quote the value.
 */
public interface Upgrade {

  /**
   * @return the schema version this step reads; it produces {@code fromVersion() + 1}
   */
  int fromVersion();

  /**
   * Upgrades the content of one document.
   *
   * @param content the content in schema version {@link #fromVersion()}; the step may change it in
   *     place
   * @return the content in schema version {@code fromVersion() + 1}
   * @throws LoopbaanJsonException when the content is not a valid document of version {@link
   *     #fromVersion()}
   */
  Map<String, Object> apply(Map<String, Object> content);
}

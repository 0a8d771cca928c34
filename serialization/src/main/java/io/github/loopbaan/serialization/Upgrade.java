package io.github.loopbaan.serialization;

import tools.jackson.databind.node.ObjectNode;

/**
 * One explicit step that turns the content of a document of one {@linkplain DocumentKind kind} from
 * schema version {@code n} into version {@code n + 1}, on the JSON tree, before it is bound to the
 * model.
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
  ObjectNode apply(ObjectNode content);
}

package io.github.loopbaan.core.privacy;

/**
 * Something a coach writes that carries its own {@link Visibility}: a note, an insight, a file, an
 * assignment answer. Serialization views and the client and commissioner perspectives filter on it.
 * Dutch: gedeeld item.
 */
public interface Shared {

  /**
   * @return who may see this item
   */
  Visibility getVisibility();
}

package io.github.loopbaan.core.serializationfixture;

/**
 * An enum whose {@code dataCategory()} is a text, not a {@code DataCategory}: no classified code.
 */
public enum Tone {
  /** Calm. */
  CALM;

  /**
   * @return a text that merely looks like a category
   */
  public String dataCategory() {
    return "health";
  }
}

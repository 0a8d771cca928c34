package io.github.loopbaan.core.serializationfixture;

/**
 * Final with {@code getValue()} returning text, but its {@code of(String)} returns another class:
 * no string value.
 */
public final class Stray {

  private Stray() {}

  /**
   * @param value the text
   * @return a tag, not a stray
   */
  public static Tag of(String value) {
    return Tag.of(value);
  }

  /**
   * @return always empty text
   */
  public String getValue() {
    return "";
  }
}

package io.github.loopbaan.core.serializationfixture;

/**
 * Shaped like a code value but not final (a subclass could change what {@code getValue()} means),
 * so it is not written as one string.
 */
public class OpenTag {

  private final String value;

  OpenTag(String value) {
    this.value = value;
  }

  /**
   * @param value the text
   * @return the tag
   */
  public static OpenTag of(String value) {
    return new OpenTag(value);
  }

  /**
   * @return the text
   */
  public String getValue() {
    return value;
  }
}

package io.github.loopbaan.core.serializationfixture;

/**
 * A code value shaped like {@code IscoCode} but no {@code Identifier}: final, built by {@code
 * of(String)}, read by {@code getValue()}; written as one string.
 */
public final class Tag {

  private final String value;

  private Tag(String value) {
    this.value = value;
  }

  /**
   * @param value the text
   * @return the tag
   */
  public static Tag of(String value) {
    return new Tag(value);
  }

  /**
   * @return the text
   */
  public String getValue() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tag && ((Tag) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}

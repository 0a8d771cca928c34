package io.github.loopbaan.core.serializationfixture;

/**
 * Final with {@code of(String)}, but its {@code getValue()} is a number, not the text: no string
 * value.
 */
public final class Reading {

  private final int value;

  private Reading(int value) {
    this.value = value;
  }

  /**
   * @param text the number as text
   * @return the reading
   */
  public static Reading of(String text) {
    return new Reading(Integer.parseInt(text));
  }

  /**
   * @return the number
   */
  public int getValue() {
    return value;
  }
}

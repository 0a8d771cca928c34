package io.github.loopbaan.core.standards;

import io.github.loopbaan.core.Coded;

/** One of Holland's six interest types (RIASEC). Dutch: interessetype (Holland). */
public enum RiasecType implements Coded {
  /** Realistic: practical, hands-on. Dutch: praktisch. */
  REALISTIC("realistic", 'R'),
  /** Investigative: analytical. Dutch: onderzoekend. */
  INVESTIGATIVE("investigative", 'I'),
  /** Artistic: creative. Dutch: artistiek. */
  ARTISTIC("artistic", 'A'),
  /** Social: helping, teaching. Dutch: sociaal. */
  SOCIAL("social", 'S'),
  /** Enterprising: leading, persuading. Dutch: ondernemend. */
  ENTERPRISING("enterprising", 'E'),
  /** Conventional: organising, data. Dutch: conventioneel. */
  CONVENTIONAL("conventional", 'C');

  private final String code;
  private final char letter;

  RiasecType(String code, char letter) {
    this.code = code;
    this.letter = letter;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the letter of the Holland code: R, I, A, S, E or C
   */
  public char letter() {
    return letter;
  }
}

package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.Coded;

/**
 * The movement a content phase belongs to (000). Dutch: beweging.
 *
 * <p>A trajectory has two main movements, an inward one (self-exploration and empowerment) and an
 * outward one (labour market exploration and action), plus two optional additions: farewell to work
 * before and effective functioning in the new job after.
 */
public enum Movement implements Coded {
  /** Directed inward: self-exploration and empowerment. Dutch: naar binnen gericht. */
  INWARD("inward"),
  /** Directed outward: the labour market and concrete career steps. Dutch: naar buiten gericht. */
  OUTWARD("outward"),
  /** An optional addition to the two main movements. Dutch: aanvullend. */
  ADDITIONAL("additional");

  private final String code;

  Movement(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

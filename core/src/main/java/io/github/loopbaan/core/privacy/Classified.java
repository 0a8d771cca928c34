package io.github.loopbaan.core.privacy;

import io.github.loopbaan.core.Coded;

/**
 * A constant whose mere use says something about a person, such as "the client's question turned into a stress
 * question". Dutch: gevoelige code.
 *
 * <p>Where a constant reports {@link DataCategory#HEALTH}, Loopbaan never writes its code into a message, a
 * reason fact or a {@code toString()}: it writes {@link #REDACTED} instead (see {@link #shown(Coded)}). Code that
 * works with the constant itself still gets the real value.
 */
public interface Classified {

  /** What is shown instead of the code of a health-data constant. */
  String REDACTED = "<redacted>";

  /** @return the data category that knowing this constant about a person falls under */
  DataCategory dataCategory();

  /**
   * @param constant a coded constant
   * @return its code, or {@link #REDACTED} when it is health data
   */
  static String shown(Coded constant) {
    return constant instanceof Classified && ((Classified) constant).dataCategory() == DataCategory.HEALTH
        ? REDACTED : constant.code();
  }
}

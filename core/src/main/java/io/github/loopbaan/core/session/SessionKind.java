package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/**
 * The kind of a conversation in a trajectory, after the Flemish career-voucher process (004, VDAB
 * rules). Dutch: soort gesprek.
 *
 * <p>Only the introductory conversation lies outside the package: it is free, optional and never
 * counted in the registered hours. Every other kind belongs to the package. Aftercare counts too:
 * 004 limits it to at most 30 minutes per package, which is a validation rule, not a structural
 * one.
 */
public enum SessionKind implements Coded {
  /**
   * Optional, free introductory conversation, individual or in a group, about half an hour,
   * possibly by phone; not part of the package and not counted in the registered hours (004).
   * Dutch: vrijblijvend kennismakingsgesprek.
   */
  INTRODUCTORY("introductory", false),
  /**
   * The intake: explains rights, contribution, code of conduct, complaints, confidentiality, the
   * career question and the POP, sets goals and phases (000) and gathers biography (001). Dutch:
   * intakegesprek.
   */
  INTAKE("intake", true),
  /**
   * An in-depth conversation around a clearly formulated career goal, possibly with labour-market
   * or personality research (004). Dutch: verdiepend gesprek.
   */
  IN_DEPTH("in_depth", true),
  /** The synthesis conversation in which the POP is drawn up (004). Dutch: synthesegesprek. */
  SYNTHESIS("synthesis", true),
  /**
   * Aftercare on the client's request, up to one year after the synthesis conversation, at most 30
   * minutes per package (004). Dutch: nazorg, nazorggesprek.
   */
  AFTERCARE("aftercare", true);

  private final String code;
  private final boolean countsTowardRegisteredHours;

  SessionKind(String code, boolean countsTowardRegisteredHours) {
    this.code = code;
    this.countsTowardRegisteredHours = countsTowardRegisteredHours;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return whether a held session of this kind counts toward the registered hours of the package
   *     (Dutch: geregistreerde uren); {@code false} only for {@link #INTRODUCTORY}
   */
  public boolean countsTowardRegisteredHours() {
    return countsTowardRegisteredHours;
  }
}

package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;

/**
 * Who commissions and pays for a trajectory (Dutch: soort opdrachtgever). With an employer there
 * are two parties with different interests and strict confidentiality towards the employer (003
 * §1.2).
 */
public enum CommissionerKind implements Coded {
  /** The client themself. Dutch: de cliënt zelf. */
  SELF("self"),
  /** The client's employer organisation. Dutch: werkgever, organisatie. */
  EMPLOYER("employer"),
  /**
   * Public funding such as the Flemish career voucher (loopbaancheque, VDAB). Dutch: publieke
   * financiering.
   */
  PUBLIC_FUNDER("public_funder");

  private final String code;

  CommissionerKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

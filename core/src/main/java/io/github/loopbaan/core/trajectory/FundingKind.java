package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * How a trajectory is paid for. Dutch: financieringsvorm.
 *
 * <p>The sources name the client paying themself, an employer commissioning the trajectory (003
 * §1.2) and the Flemish career voucher (loopbaancheque, 004). {@link #OTHER_PUBLIC} covers public
 * funding other than the career voucher, which the domain brief mentions only as "public funding
 * such as the career voucher"; Loopbaan does not name those schemes.
 */
public enum FundingKind implements Coded {
  /** The client pays. Dutch: eigen financiering, zelf betaald. */
  SELF_FUNDED("self_funded"),
  /** The client's employer pays. Dutch: betaald door de werkgever. */
  EMPLOYER("employer"),
  /** Flemish career vouchers, issued by VDAB (004). Dutch: loopbaancheques. */
  CAREER_VOUCHER("career_voucher"),
  /** Another public scheme. Dutch: andere publieke financiering. */
  OTHER_PUBLIC("other_public");

  private final String code;

  FundingKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

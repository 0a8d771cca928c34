package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;

/**
 * A factor of the client's private situation that shapes what work is feasible (002: "Is de
 * werk-privébalans in orde? Moet rekening gehouden worden met (mantel-)zorgtaken?"). Dutch:
 * privésituatie. Personal data.
 */
public enum PrivateSituationFactor implements Coded {
  /** Work-life balance is under pressure. Dutch: werk-privébalans. */
  WORK_LIFE_BALANCE("work_life_balance"),
  /** Caregiving for a relative. Dutch: mantelzorg. */
  CAREGIVING("caregiving"),
  /** Care for children. Dutch: zorgtaken voor kinderen. */
  CHILDCARE("childcare"),
  /**
   * A two-career household whose careers must be combined. Dutch: tweeverdieners ("twee carrières
   * op een kussen", 003).
   */
  DUAL_CAREER("dual_career");

  private final String code;

  PrivateSituationFactor(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/** Why a trajectory stops before its normal end. Dutch: reden van voortijdige stopzetting. */
public enum StopReason implements Coded {
  /** The client withdraws. Dutch: de cliënt haakt af. */
  CLIENT_WITHDREW("client_withdrew"),
  /** The client is referred elsewhere for good (003 ch. 4). Dutch: blijvend doorverwezen. */
  REFERRED_ELSEWHERE("referred_elsewhere"),
  /** The funding ended. Dutch: financiering beëindigd. */
  FUNDING_ENDED("funding_ended"),
  /** Another reason. Dutch: andere reden. */
  OTHER("other");

  private final String code;

  StopReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

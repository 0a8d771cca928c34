package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;

/**
 * Why a trajectory stops before its normal end. Dutch: reden van voortijdige stopzetting. *
 *
 * <p>Privacy: a client referred elsewhere for good (003 ch. 4) points at health complaints, so this
 * is a {@linkplain Classified sensitive class}: every reason is left out of the restricted views
 * alike.
 */
public enum StopReason implements Coded, Classified {
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

  /**
   * @return health data for a client referred elsewhere; personal data otherwise
   */
  @Override
  public DataCategory dataCategory() {
    return this == REFERRED_ELSEWHERE ? DataCategory.HEALTH : DataCategory.PERSONAL;
  }
}

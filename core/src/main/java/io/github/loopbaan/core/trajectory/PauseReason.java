package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;

/**
 * Why a trajectory is paused. Dutch: reden van onderbreking. *
 *
 * <p>Privacy: a pause for a referral points at health complaints (003 ch. 4), so this is a
 * {@linkplain Classified sensitive class}: the commissioner may see that a trajectory is paused,
 * not why; every reason is left out of the restricted views alike.
 */
public enum PauseReason implements Coded, Classified {
  /** The client is referred elsewhere for a while (003 ch. 4). Dutch: doorverwijzing. */
  REFERRAL("referral"),
  /** The client asks for a break. Dutch: op vraag van de cliënt. */
  CLIENT_REQUEST("client_request"),
  /** Another reason. Dutch: andere reden. */
  OTHER("other");

  private final String code;

  PauseReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return health data for a pause for a referral; personal data otherwise
   */
  @Override
  public DataCategory dataCategory() {
    return this == REFERRAL ? DataCategory.HEALTH : DataCategory.PERSONAL;
  }
}

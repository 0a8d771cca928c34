package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/** Why a trajectory is paused. Dutch: reden van onderbreking. */
public enum PauseReason implements Coded {
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
}

package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/** The kinds of command of the {@link SessionLifecycle}. Dutch: soort handeling op een gesprek. */
public enum SessionCommandKind implements Coded {
  /** Record that the session was held, on its date. Dutch: gesprek gehouden. */
  HOLD("hold"),
  /** The client cancels, on the day the cancellation is given. Dutch: afzeggen door de cliënt. */
  CANCEL_BY_CLIENT("cancel_by_client"),
  /** The coach cancels, on the day the cancellation is given. Dutch: afzeggen door de coach. */
  CANCEL_BY_COACH("cancel_by_coach"),
  /**
   * Record that the client did not turn up, on the session date. Dutch: niet verschenen (no-show).
   */
  RECORD_NO_SHOW("record_no_show");

  private final String code;

  SessionCommandKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

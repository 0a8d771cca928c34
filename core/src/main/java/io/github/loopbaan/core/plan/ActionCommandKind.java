package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/** The kinds of command of the {@link ActionLifecycle}. Dutch: soort handeling op een actie. */
public enum ActionCommandKind implements Coded {
  /** Start carrying out a planned action. Dutch: starten. */
  START("start"),
  /** Mark the action done; records the completion date. Dutch: afronden. */
  COMPLETE("complete"),
  /** Drop the action, with a reason. Dutch: schrappen. */
  DROP("drop"),
  /** Reopen a done or dropped action. Dutch: heropenen. */
  REOPEN("reopen");

  private final String code;

  ActionCommandKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

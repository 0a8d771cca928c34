package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;

/**
 * Whether the coach works inside the client's organisation or comes from outside it (003 §1.2: "De
 * interne of externe loopbaancoach krijgt daarbij te maken met twee partijen"). Either way the
 * coach serves two parties when an organisation commissions the coaching. Dutch: interne of externe
 * loopbaancoach.
 */
public enum CoachPosition implements Coded {
  /** Employed by the client's organisation, for example in its HR department. Dutch: intern. */
  INTERNAL("internal"),
  /** An independent coach or one of an advisory firm the organisation hires. Dutch: extern. */
  EXTERNAL("external");

  private final String code;

  CoachPosition(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

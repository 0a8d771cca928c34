package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/**
 * Where a session stands: planned, then held, cancelled by the client or the coach, or missed.
 * Dutch: status van het gesprek.
 *
 * <p>Only {@link #HELD held} sessions count toward the registered hours (004). Which transitions
 * are allowed is the concern of the session lifecycle, not of this type.
 */
public enum SessionStatus implements Coded {
  /** Planned, not yet held. Dutch: gepland. */
  PLANNED("planned"),
  /** Held as planned. Dutch: gehouden, heeft plaatsgevonden. */
  HELD("held"),
  /** Cancelled by the client. Dutch: afgezegd door de cliënt. */
  CANCELLED_BY_CLIENT("cancelled_by_client"),
  /** Cancelled by the coach. Dutch: afgezegd door de coach. */
  CANCELLED_BY_COACH("cancelled_by_coach"),
  /** The client did not turn up without cancelling. Dutch: niet verschenen (no-show). */
  NO_SHOW("no_show");

  private final String code;

  SessionStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return whether the session was cancelled, by the client or by the coach
   */
  public boolean isCancelled() {
    return this == CANCELLED_BY_CLIENT || this == CANCELLED_BY_COACH;
  }
}

package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * The kinds of command of the {@link DevelopmentPlanLifecycle}. Dutch: soort handeling op het POP.
 */
public enum DevelopmentPlanCommandKind implements Coded {
  /** Finalise the draft on a date, signed by the client or not. Dutch: finaliseren. */
  FINALISE("finalise"),
  /** Record a numbered revision of the finalised plan. Dutch: herzien, bijstellen. */
  REVISE("revise"),
  /** Evaluate the action plan. Dutch: actieplan evalueren. */
  EVALUATE("evaluate");

  private final String code;

  DevelopmentPlanCommandKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * Where a personal development plan (POP) stands: the states of the {@link
 * DevelopmentPlanLifecycle}. Dutch: status van het POP.
 *
 * <p>The status follows from the plan's facts: a plan without a finalisation date is a draft; a
 * finalised plan whose action plan holds an evaluation is evaluated; any other finalised plan is
 * finalised.
 */
public enum DevelopmentPlanStatus implements Coded {
  /** Being drawn up. Dutch: ontwerp. */
  DRAFT("draft"),
  /**
   * Finalised on a date, owned by the client, and revised as a growth document. Dutch:
   * gefinaliseerd.
   */
  FINALISED("finalised"),
  /** The action plan has been evaluated; the plan may still be revised. Dutch: geëvalueerd. */
  EVALUATED("evaluated");

  private final String code;

  DevelopmentPlanStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

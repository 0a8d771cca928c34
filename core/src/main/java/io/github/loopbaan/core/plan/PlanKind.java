package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * The nature of a development plan (004: "Een POP kan meer reflexief dan wel meer actiegericht van
 * aard zijn"). Dutch: soort POP.
 */
public enum PlanKind implements Coded {
  /** Reflection on career and competences and naming a goal are central. Dutch: reflexief POP. */
  REFLECTIVE("reflective"),
  /** The reflection ends in a concrete action plan. Dutch: actiegericht POP. */
  ACTION_ORIENTED("action_oriented");

  private final String code;

  PlanKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * Whether the client made a choice or took a decision (004: "keuzes of beslissingen"). Dutch: soort
 * besluit.
 *
 * <p>The source names both without defining the difference. Loopbaan takes a choice as picking
 * between options (a direction, a scenario) and a decision as a resolution to act or not to act.
 */
public enum DecisionKind implements Coded {
  /** A choice between options. Dutch: keuze. */
  CHOICE("choice"),
  /** A decision to act or not to act. Dutch: beslissing. */
  DECISION("decision");

  private final String code;

  DecisionKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

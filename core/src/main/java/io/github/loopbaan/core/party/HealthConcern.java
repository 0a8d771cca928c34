package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;

/**
 * A health concern that bears on the coaching (002: "stress- of burn-outklachten"; 003 ch. 4 and
 * 9). Health data, special category under GDPR art. 9: never shown in {@code toString()}, never in
 * a commissioner or anonymised view. Dutch: gezondheidsklacht. Psychological complaints are a
 * reason to refer (003 ch. 4).
 */
public enum HealthConcern implements Coded {
  /** Stress symptoms, work pressure. Dutch: stressklachten. */
  STRESS("stress"),
  /** Burn-out or being overstrained. Dutch: burn-out, overspannenheid. */
  BURN_OUT("burn_out"),
  /** Psychological complaints. Dutch: psychische klachten. */
  PSYCHOLOGICAL_COMPLAINTS("psychological_complaints"),
  /** A physical limitation. Dutch: lichamelijke beperking. */
  PHYSICAL_LIMITATION("physical_limitation");

  private final String code;

  HealthConcern(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

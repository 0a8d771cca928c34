package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * How much room the client's organisation makes for learning and development (003 §1.2: "Ook de
 * organisatiecultuur en het leer- of ontwikkelklimaat zijn van groot belang voor de mogelijkheden
 * binnen het loopbaancoachingstraject"). Dutch: leer- of ontwikkelklimaat.
 *
 * <p>The source names the climate without grading it; Loopbaan uses three grades, as the coach
 * judges them.
 */
public enum LearningClimate implements Coded {
  /** Learning and development are encouraged and facilitated. Dutch: stimulerend. */
  SUPPORTIVE("supportive"),
  /** Room for development exists but is not sought out. Dutch: gematigd. */
  MODERATE("moderate"),
  /** Little room or support for development. Dutch: beperkend. */
  RESTRICTIVE("restrictive");

  private final String code;

  LearningClimate(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

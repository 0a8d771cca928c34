package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * The kind of analysis a {@link CoreQuestion} belongs to (003 §1.2, after Campagne et al.). Dutch:
 * soort analyse.
 */
public enum AnalysisKind implements Coded {
  /** Who am I, what do I want, what can I do. Dutch: zelfanalyse. */
  SELF_ANALYSIS("self_analysis"),
  /** Where do I find that, how do I get there. Dutch: omgevingsanalyse. */
  ENVIRONMENT_ANALYSIS("environment_analysis"),
  /**
   * Why am I here, how am I here: questions for the intake phase, when the client is not yet ready
   * for self-analysis, for example because they are stuck or struggle with a forced departure.
   * Dutch: intakevragen.
   */
  INTAKE("intake");

  private final String code;

  AnalysisKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

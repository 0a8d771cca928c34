package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * The cause of a mismatch between an employee and the job, as the organisation sees it (003 §1.2:
 * "Bij mismatch kan er sprake zijn van selectiefouten of van individuele problematiek"). Dutch:
 * oorzaak van de mismatch.
 */
public enum MismatchCause implements Coded {
  /** The employee was selected for a job that does not fit. Dutch: selectiefout. */
  SELECTION_ERROR("selection_error"),
  /** Problems of the individual employee. Dutch: individuele problematiek. */
  INDIVIDUAL_PROBLEM("individual_problem");

  private final String code;

  MismatchCause(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

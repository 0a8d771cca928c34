package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * A Flemish training benefit that a highly educated client can only claim when the training is
 * named explicitly in the POP, backed by the coach's {@link TrainingAttest} (004). Dutch:
 * opleidingsincentive.
 */
public enum TrainingBenefit implements Coded {
  /** Training vouchers. Dutch: opleidingscheques. */
  TRAINING_VOUCHERS("training_vouchers"),
  /** Paid training leave. Dutch: opleidingsverlof (Vlaams opleidingsverlof). */
  TRAINING_LEAVE("training_leave"),
  /** Training credit, a career break for training. Dutch: opleidingskrediet. */
  TRAINING_CREDIT("training_credit");

  private final String code;

  TrainingBenefit(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;

/**
 * The client's highest education level (Dutch: opleidingsniveau), in the three Flemish groups. It
 * matters for the Flemish training attest: highly educated clients only get training vouchers,
 * training leave or training credit when the training is named explicitly in the POP (004).
 */
public enum EducationLevel implements Coded {
  /** At most lower secondary education. Dutch: laaggeschoold. */
  LOW("low"),
  /** Upper secondary education, no higher education diploma. Dutch: middengeschoold. */
  MEDIUM("medium"),
  /** A higher education diploma (bachelor or master). Dutch: hooggeschoold. */
  HIGH("high");

  private final String code;

  EducationLevel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

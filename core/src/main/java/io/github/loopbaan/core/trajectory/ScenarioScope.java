package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * Whether a career scenario lies within the client's own organisation or outside it (000 phase 4:
 * the labour market exploration can also explore the possibilities within the own organisation;
 * phase 5: concrete steps within or outside the organisation). Dutch: binnen of buiten de
 * organisatie.
 */
public enum ScenarioScope implements Coded {
  /** Within the client's own organisation. Dutch: binnen de eigen organisatie. */
  WITHIN_ORGANISATION("within_organisation"),
  /** Outside the client's own organisation. Dutch: buiten de organisatie. */
  OUTSIDE_ORGANISATION("outside_organisation");

  private final String code;

  ScenarioScope(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

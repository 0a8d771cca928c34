package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * The legal ground on which a {@link Consent} record rests (GDPR art. 6 and 9). Dutch: rechtsgrond.
 */
public enum LegalGround implements Coded {
  /**
   * The client's explicit consent (art. 6(1)(a) and, for health data, 9(2)(a)): the only ground a
   * client can withdraw, and the only one for keeping the full POP or sharing with the
   * commissioning party. Dutch: uitdrukkelijke toestemming.
   */
  EXPLICIT_CONSENT("explicit_consent"),
  /**
   * An obligation of employment or social-security law (art. 9(2)(b)), such as the re-integration
   * of a long-term sick employee (003 ch. 9). Health data only; it needs evidence (the rule or
   * agreement it rests on). Dutch: verplichting uit arbeids- of socialezekerheidsrecht.
   */
  EMPLOYMENT_LAW("employment_law"),
  /**
   * Occupational medicine, the assessment of the client's capacity to work by a health professional
   * bound by secrecy (art. 9(2)(h)), such as the company doctor's advice in a re-integration.
   * Health data only; it needs evidence. Dutch: arbeidsgeneeskunde.
   */
  OCCUPATIONAL_HEALTH("occupational_health");

  private final String code;

  LegalGround(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @param scope what the record covers
   * @return whether this ground can carry it: every ground for health data, explicit consent alone
   *     for keeping the full POP and for sharing with the commissioning party
   */
  public boolean covers(ConsentScope scope) {
    return this == EXPLICIT_CONSENT || scope == ConsentScope.HEALTH_DATA;
  }
}

package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;

/**
 * A field in which a coach has specialised, from the fields where 003 §1.4 sees the coach's role
 * grow ("uitstroombegeleiding, ontwikkeling van competenties, zingeving, balans en
 * re-integratietrajecten", with sustainable employability as the first of its headings). Dutch:
 * specialisatie van de loopbaancoach.
 *
 * <p>003 §1.2 lists the many professions in the field (from study and career choice advisers to
 * re-integration advisers and job coaches) and asks a coach to know her limits and which forms of
 * coaching to leave to colleagues; a coach's specialisms are how an application records that.
 */
public enum CoachSpecialism implements Coded {
  /**
   * Keeping employees flexible, resilient and employable: processing loss, restoring
   * self-confidence, translating talents into new roles. Dutch: duurzame inzetbaarheid.
   */
  SUSTAINABLE_EMPLOYABILITY("sustainable_employability"),
  /** Guiding employees who leave the organisation. Dutch: uitstroombegeleiding, outplacement. */
  OUTPLACEMENT("outplacement"),
  /**
   * Coaching competence development and progression plans. Dutch: ontwikkeling van competenties.
   */
  COMPETENCE_DEVELOPMENT("competence_development"),
  /** Questions of meaning, close to life coaching. Dutch: zingeving. */
  MEANING("meaning"),
  /** Work-life balance, stress and burn-out. Dutch: balans en burn-out. */
  BALANCE_AND_BURN_OUT("balance_and_burn_out"),
  /**
   * The careers of long-term sick people, often with specific knowledge of psychological complaints
   * or physical limitations. Dutch: re-integratie (re-integratiecoach).
   */
  REINTEGRATION("reintegration");

  private final String code;

  CoachSpecialism(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

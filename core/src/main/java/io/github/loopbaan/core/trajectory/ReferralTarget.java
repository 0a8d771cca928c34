package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import io.github.loopbaan.core.privacy.DataCategory;

/**
 * To whom a coach refers a client. Dutch: naar wie doorverwijzen.
 *
 * <p>003 ch. 4 ("Psychische problematiek", §4.4 "Hoe en naar wie doorverwijzen?") makes referral
 * part of the coach's craft: a coach knows their limits and refers psychological complaints
 * elsewhere. The seed holds only the chapter titles, so Loopbaan keeps to the usual Dutch and
 * Flemish routes for such complaints: the general practitioner (the gatekeeper of care), the
 * company doctor (for employees, also in re-integration) and a psychologist (003 §1.2 lists
 * clinical psychologists beside career coaches), plus another coach or specialist (for example a
 * coach for burn-out, 003 ch. 9) and {@link #OTHER}. Debt counselling and similar services are not
 * named by the sources and fall under {@link #OTHER}.
 *
 * <p>Privacy: a referral to a doctor or psychologist is health data (GDPR art. 9; {@code
 * docs/privacy.md}), so this is a {@linkplain Classified sensitive class}: no target shows in a
 * message or {@code toString()}, and the restricted views leave every target out, whichever it is.
 */
public enum ReferralTarget implements Coded, Classified {
  /** The client's general practitioner. Dutch: huisarts. */
  GENERAL_PRACTITIONER("general_practitioner"),
  /** The employer's company or occupational doctor. Dutch: bedrijfsarts (NL), arbeidsarts (BE). */
  COMPANY_DOCTOR("company_doctor"),
  /** A psychologist or psychotherapist. Dutch: psycholoog, psychotherapeut. */
  PSYCHOLOGIST("psychologist"),
  /** Another coach or a specialist in the career field. Dutch: andere coach of specialist. */
  OTHER_COACH_OR_SPECIALIST("other_coach_or_specialist"),
  /** Anyone else. Dutch: andere. */
  OTHER("other");

  private final String code;

  ReferralTarget(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return health data for a referral to a doctor or psychologist; personal data otherwise
   */
  @Override
  public DataCategory dataCategory() {
    return this == GENERAL_PRACTITIONER || this == COMPANY_DOCTOR || this == PSYCHOLOGIST
        ? DataCategory.HEALTH
        : DataCategory.PERSONAL;
  }
}

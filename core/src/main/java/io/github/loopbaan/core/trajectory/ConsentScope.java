package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * What a {@link Consent} covers: a category of data or a use of it that needs the client's say.
 * Dutch: reikwijdte van de toestemming.
 */
public enum ConsentScope implements Coded {
  /**
   * Recording health data in the file (stress and burn-out signs, referrals, a re-integration plan:
   * 003 ch. 4 and 9, 002), special-category data under GDPR art. 9. Dutch: gezondheidsgegevens
   * vastleggen.
   */
  HEALTH_DATA("health_data"),
  /**
   * Keeping the full POP in the client file; without it only the VDAB overview "Checklist POP" is
   * kept (004 §5). Dutch: het volledige POP bewaren.
   */
  PLAN_STORAGE("plan_storage"),
  /**
   * Sharing the items the coach marks as shared with the commissioning party (an employer, a
   * funder) with that party; confidentiality is the rule otherwise (004 §2, 003 §1.2). Dutch: delen
   * met de opdrachtgever.
   */
  SHARING_WITH_COMMISSIONER("sharing_with_commissioner");

  private final String code;

  ConsentScope(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

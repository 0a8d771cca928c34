package io.github.loopbaan.core.retention;

import io.github.loopbaan.core.Coded;

/**
 * The day of a record from which a retention term runs. Dutch: ingangsdatum van de bewaartermijn.
 */
public enum RetentionBasis implements Coded {

  /**
   * A closed trajectory: the day it was closed (or stopped early), the end of the guidance. The
   * lifecycle holds aftercare before the closing, so no aftercare session lies after this day.
   */
  CLOSED_ON("closed_on"),

  /**
   * A trajectory that was never closed: the day of its last event (its opening day when it has
   * none), so that an abandoned file is not kept for ever.
   */
  LAST_EVENT_ON("last_event_on"),

  /**
   * Health data whose every ground was the client's consent, all withdrawn ({@code
   * ConsentScope.HEALTH_DATA}): the day of the last withdrawal, with no term (GDPR art. 17(1)(b):
   * the data goes once its ground has gone), when that comes before the term of the other basis.
   */
  CONSENT_WITHDRAWN_ON("consent_withdrawn_on");

  private final String code;

  RetentionBasis(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

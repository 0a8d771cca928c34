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
  LAST_EVENT_ON("last_event_on");

  private final String code;

  RetentionBasis(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

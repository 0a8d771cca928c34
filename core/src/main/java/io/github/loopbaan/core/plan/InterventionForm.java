package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/** Whether an intervention is advised or agreed as an action. Dutch: vorm van de interventie. */
public enum InterventionForm implements Coded {
  /**
   * Advice that comes out of the trajectory, to the client or, with the client's consent, to the
   * organisation. Dutch: advies.
   */
  ADVICE("advice"),
  /** An action the client (or the organisation) agreed to take. Dutch: actie. */
  ACTION("action");

  private final String code;

  InterventionForm(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

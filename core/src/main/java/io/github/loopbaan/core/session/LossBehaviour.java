package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/**
 * A way of coping with the loss of work, as the coach observes it in the farewell phase (000 phase
 * 1: "Mensen kunnen de realiteit proberen te ontkennen, trachten te onderhandelen over voorwaarden
 * waaronder ze alsnog binnen de organisatie kunnen blijven werken, in verzet komen of apathisch
 * worden"). Dutch: gedrag bij rouwverwerking.
 *
 * <p>Health data like {@link LossEmotion}: only ever held by a {@link LossObservation}.
 */
public enum LossBehaviour implements Coded {
  /** Trying to deny the reality of the loss. Dutch: ontkennen. */
  DENIAL("denial"),
  /** Negotiating conditions for staying in the organisation after all. Dutch: onderhandelen. */
  BARGAINING("bargaining"),
  /** Dutch: in verzet komen. */
  RESISTANCE("resistance"),
  /** Dutch: apathisch worden. */
  APATHY("apathy");

  private final String code;

  LossBehaviour(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/**
 * An emotion of grieving the loss of work, as the coach observes it in the farewell phase (000
 * phase 1: "Emoties die horen bij rouwverwerking en het verliezen van een baan zijn boosheid,
 * verdriet, depressiviteit, angst en onzekerheid"). Dutch: emotie bij rouwverwerking.
 *
 * <p>An observed emotion is health data (GDPR art. 9): it is only ever held by a {@link
 * LossObservation}, whose every attribute is marked as such, so that no constant of this class is
 * treated apart from the others.
 */
public enum LossEmotion implements Coded {
  /** Dutch: boosheid. */
  ANGER("anger"),
  /** Dutch: verdriet. */
  SADNESS("sadness"),
  /** Dutch: depressiviteit. */
  DEPRESSION("depression"),
  /** Dutch: angst. */
  FEAR("fear"),
  /** Dutch: onzekerheid. */
  UNCERTAINTY("uncertainty");

  private final String code;

  LossEmotion(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

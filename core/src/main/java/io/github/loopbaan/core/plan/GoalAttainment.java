package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * Whether the goals of the action plan were reached, as its evaluation states (004: "het al dan
 * niet behalen van de doelen"). Dutch: doelbereik.
 *
 * <p>The source speaks of reached or not; Loopbaan adds {@link #PARTLY_REACHED} for the common
 * middle.
 */
public enum GoalAttainment implements Coded {
  /** The goals were reached. Dutch: behaald. */
  REACHED("reached"),
  /** Some goals were reached, or goals were reached in part. Dutch: gedeeltelijk behaald. */
  PARTLY_REACHED("partly_reached"),
  /** The goals were not reached. Dutch: niet behaald. */
  NOT_REACHED("not_reached");

  private final String code;

  GoalAttainment(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * What a trajectory's outcome amounts to, for reports that count outcomes across kinds (the
 * library's and an application's own). Dutch: soort resultaat.
 */
public enum OutcomeCategory implements Coded {
  /**
   * Work: paid employment, a new role, self-employment, or unpaid work and volunteering (001: a
   * career includes unpaid work). Dutch: werk.
   */
  WORK("work"),
  /** Learning: a training or study started. Dutch: leren. */
  LEARNING("learning"),
  /** An intermediate step towards the goal, not yet the goal itself. Dutch: tussenstap. */
  INTERMEDIATE_STEP("intermediate_step"),
  /** No change in work or learning. Dutch: geen verandering. */
  NO_CHANGE("no_change"),
  /** The trajectory ended before its goal was reached. Dutch: voortijdig afgehaakt. */
  DROPPED_OUT("dropped_out");

  private final String code;

  OutcomeCategory(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

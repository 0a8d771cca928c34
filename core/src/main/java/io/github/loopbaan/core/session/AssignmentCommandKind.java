package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/**
 * The kinds of command of the {@link AssignmentLifecycle}. Dutch: soort handeling op een opdracht.
 */
public enum AssignmentCommandKind implements Coded {
  /**
   * The client has done the assignment (again, after an adjustment). Dutch: opdracht uitgevoerd.
   */
  COMPLETE("complete"),
  /**
   * The assignment is evaluated in a conversation and closed. Dutch: opdracht besproken,
   * geëvalueerd.
   */
  DISCUSS("discuss"),
  /** The assignment is evaluated and adjusted, to be done again. Dutch: opdracht bijgestuurd. */
  ADJUST("adjust");

  private final String code;

  AssignmentCommandKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Coded;

/**
 * Where an assignment between conversations stands. Dutch: status van de opdracht.
 *
 * <p>Assignments are given between the in-depth conversations, to reflect on insights or to put
 * them into practice at work or at home; they are evaluated in the next conversation and possibly
 * adjusted (004: "worden in de volgende gesprekken geëvalueerd en eventueel bijgestuurd").
 */
public enum AssignmentStatus implements Coded {
  /** Given to the client, not yet done. Dutch: meegegeven. */
  GIVEN("given"),
  /** Done by the client, not yet discussed. Dutch: uitgevoerd. */
  DONE("done"),
  /** Evaluated in a conversation. Dutch: besproken, geëvalueerd. */
  DISCUSSED("discussed"),
  /** Evaluated in a conversation and adjusted for further work. Dutch: bijgestuurd. */
  ADJUSTED("adjusted");

  private final String code;

  AssignmentStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return whether the assignment has been evaluated in a conversation: {@link #DISCUSSED} or
   *     {@link #ADJUSTED}
   */
  public boolean isDiscussed() {
    return this == DISCUSSED || this == ADJUSTED;
  }
}

package io.github.loopbaan.core.privacy;

import io.github.loopbaan.core.Coded;

/**
 * Who may see something a coach writes: a note, an insight, a file, an assignment answer.
 *
 * <p>Dutch: zichtbaarheid. The levels are ordered: each one includes the audiences of the levels
 * before it. The coach always sees everything; the client sees what is shared with the client or
 * with the commissioning party; the commissioning party (an employer or funder) sees only what is
 * explicitly shared with it. Confidentiality towards the commissioning party is the default of
 * practice (003 §1.2, 002 "vertrouwelijkheid").
 */
public enum Visibility implements Coded {
  /** Only the coach. Dutch: alleen voor de coach. */
  PRIVATE_TO_COACH("private_to_coach"),
  /** The coach and the client. Dutch: gedeeld met de cliënt. */
  SHARED_WITH_CLIENT("shared_with_client"),
  /** The coach, the client and the commissioning party. Dutch: gedeeld met de opdrachtgever. */
  SHARED_WITH_COMMISSIONER("shared_with_commissioner");

  private final String code;

  Visibility(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return whether the client may see an item of this visibility
   */
  public boolean visibleToClient() {
    return this != PRIVATE_TO_COACH;
  }

  /**
   * @return whether the commissioning party may see an item of this visibility
   */
  public boolean visibleToCommissioner() {
    return this == SHARED_WITH_COMMISSIONER;
  }
}

package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Coded;

/**
 * Who carries out an action. Dutch: eigenaar van een actie.
 *
 * <p>Actions belong to the client (002: "De begeleide is verantwoordelijk voor zijn of haar eigen
 * acties"; 004: ownership lies with the coachee), so {@link #CLIENT} is the default. The sources
 * are silent on other owners; Loopbaan adds {@link #COACH} for what the coach does for the plan
 * (for example the training attest or an introduction to a network contact) and {@link #OTHER} for
 * a third party such as the employer arranging job rotation.
 */
public enum ActionOwner implements Coded {
  /** The client, the default. Dutch: cliënt. */
  CLIENT("client"),
  /** The coach. Dutch: coach. */
  COACH("coach"),
  /** Someone else, for example the commissioning party or a network contact. Dutch: ander. */
  OTHER("other");

  private final String code;

  ActionOwner(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * How a career question developed from one type into another during a trajectory (003 §1.2; 001).
 * Dutch: aard van de ontwikkeling van de loopbaanvraag.
 */
public enum EvolutionKind implements Coded {
  /**
   * The question was deepened because the guidance did not bring the wished result, for example
   * competence coaching that turns into career counselling once personal blockades come up. Dutch:
   * vraag verdiept.
   */
  DEEPENED("deepened"),
  /**
   * The question turned out to be "disguised": what seemed a relatively simple question proved to
   * be, for example, a reorientation on life questions and life values. Dutch: vermomde vraag.
   */
  DISGUISED_REVEALED("disguised_revealed"),
  /**
   * The question changed for another reason, for example because the client's situation changed.
   * Dutch: vraag veranderd.
   */
  CHANGED("changed");

  private final String code;

  EvolutionKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

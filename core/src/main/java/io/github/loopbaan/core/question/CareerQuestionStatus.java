package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * Where a career question stands: open while the client looks for an answer, answered once found.
 * Dutch: status van de loopbaanvraag. The states of the {@link CareerQuestionLifecycle}.
 *
 * <p>004: "Elke coaching begint met een beginvraag. Binnen loopbaanbegeleiding is dat dan ook de
 * loopbaanvraag waarop de klant een antwoord wil vinden." The question's <em>type</em> is not a
 * status: it changes while the question is open, and {@link CareerQuestion#currentType()} tells it.
 */
public enum CareerQuestionStatus implements Coded {
  /** Open: the client is looking for an answer; the question may evolve. Dutch: open. */
  OPEN("open"),
  /** Answered: the client found an answer, recorded in the POP. Final. Dutch: beantwoord. */
  ANSWERED("answered");

  private final String code;

  CareerQuestionStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

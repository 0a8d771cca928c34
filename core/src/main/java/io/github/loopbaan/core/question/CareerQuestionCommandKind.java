package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * The kinds of command of the {@link CareerQuestionLifecycle}: evolving into another question type,
 * and answering. Dutch: soort handeling op de loopbaanvraag.
 *
 * <p>One evolution kind carries the target type in its payload ({@link
 * CareerQuestionCommand.Evolve#toType()}), because the question types are an open catalogue: an
 * application's own types can be evolved to like the library's. The kind therefore says nothing of
 * the type it leads to, and its code can be shown anywhere; the payload's type is masked like every
 * value of the sensitive class {@link ClientQuestionType}.
 */
public enum CareerQuestionCommandKind implements Coded {
  /** The question evolves into another type. Dutch: vraag wijzigt van type. */
  EVOLVE("evolve"),
  /** The client found an answer to the question. Dutch: loopbaanvraag beantwoord. */
  ANSWER("answer");

  private final String code;

  CareerQuestionCommandKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

package io.github.loopbaan.core.question;

import static io.github.loopbaan.core.question.CareerQuestionStatus.ANSWERED;
import static io.github.loopbaan.core.question.CareerQuestionStatus.OPEN;

import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.PayloadCheck;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;

/**
 * The lifecycle of a career question as a table on the one {@link StateMachine} engine: it evolves
 * while open and ends when answered (003 §1.2: a question can develop into another type or turn out
 * to be disguised; 004: the client wants to find an answer to it, and the POP shows how the
 * question evolved). Dutch: verloop van de loopbaanvraag.
 *
 * <pre>
 * open --evolve [asked_by_then; type_unchanged]--> open
 * open --answer [asked_by_then]--> answered        (final)
 * </pre>
 *
 * <p>Design, where the sources leave it open:
 *
 * <ul>
 *   <li>The state is open or answered, not the question type. The type is a property that changes
 *       while the question is open; a table keyed by type would need one fixed initial type
 *       (questions start at any type) and has no end, while a question does end: when the client
 *       found the answer. A change of type is a transition open → open of the kind {@code evolve}
 *       with the target type in its payload; the payload check {@code type_unchanged} rejects a
 *       change to the current type. The target is in the payload, not in the kind, because the
 *       question types are an open catalogue ({@link ClientQuestionType#custom}): a kind per type
 *       (as in earlier versions) cannot name an application's types. {@link
 *       CareerQuestion#nextCommands} therefore says whether an evolution is possible on a day, and
 *       a command to the current type is then rejected for its payload.
 *   <li>Nothing is stored twice. The {@linkplain CareerQuestion#getEvolutions() evolutions} (from,
 *       to, date, kind, reason) and {@link CareerQuestion#getAnsweredOn()} are the record; the
 *       {@linkplain CareerQuestion#getHistory() history} and the {@linkplain
 *       CareerQuestion#getStatus() status} are derived from them. Applying a command appends the
 *       evolution (its from-type is the current type) or sets the answer date; the binding's
 *       recorder then has nothing left to write.
 *   <li>An answered question is final: a new question later on is a new {@link CareerQuestion}.
 *   <li>Nothing happens before the question was asked ({@code asked_by_then}).
 * </ul>
 */
public final class CareerQuestionLifecycle {

  /** Reason code: the question already has the type an evolution would lead to. Facts: none. */
  public static final String TYPE_UNCHANGED = "type_unchanged";

  /**
   * Reason code: the day lies before the question was asked. Facts: {@code date}, {@code asked_on}.
   */
  public static final String BEFORE_QUESTION_ASKED = "before_question_asked";

  static final Guard<CareerQuestion> ASKED_BY_THEN =
      Guard.require(
          "asked_by_then",
          (q, on) -> !on.isBefore(q.getAskedOn()),
          (q, on) ->
              Reason.of(BEFORE_QUESTION_ASKED).with("date", on).with("asked_on", q.getAskedOn()));

  /** An evolution leads to another type than the current one. */
  static final PayloadCheck<CareerQuestion, CareerQuestionCommand.Evolve> TYPE_CHANGES =
      PayloadCheck.of(TYPE_UNCHANGED, (q, evolve) -> !q.currentType().equals(evolve.toType()));

  /** The table. Thread-safe; shared by every career question. */
  public static final StateMachine<
          CareerQuestion, CareerQuestionStatus, CareerQuestionCommandKind, CareerQuestionCommand>
      MACHINE = table();

  private CareerQuestionLifecycle() {}

  private static StateMachine<
          CareerQuestion, CareerQuestionStatus, CareerQuestionCommandKind, CareerQuestionCommand>
      table() {
    StateMachine.Builder<
            CareerQuestion, CareerQuestionStatus, CareerQuestionCommandKind, CareerQuestionCommand>
        b =
            StateMachine
                .<CareerQuestion, CareerQuestionStatus, CareerQuestionCommandKind,
                    CareerQuestionCommand>
                    builder(
                        "career_question",
                        CareerQuestionStatus.class,
                        CareerQuestionCommandKind.class)
                .initial(OPEN)
                .finals(ANSWERED)
                .binding(
                    CareerQuestion::getStatus, CareerQuestion::getHistory, (q, status, event) -> q);
    b.on(CareerQuestionCommandKind.EVOLVE)
        .from(OPEN)
        .to(OPEN)
        .taking(CareerQuestionCommand.Evolve.class)
        .guard(ASKED_BY_THEN)
        .check(TYPE_CHANGES)
        .effect(
            (q, evolve) ->
                CareerQuestion.builder()
                    .from(q)
                    .addEvolution(
                        QuestionEvolution.of(
                            q.currentType(),
                            evolve.getToType(),
                            evolve.getDate(),
                            evolve.getEvolutionKind(),
                            evolve.getReason()))
                    .build());
    return b.on(CareerQuestionCommandKind.ANSWER)
        .from(OPEN)
        .to(ANSWERED)
        .guard(ASKED_BY_THEN)
        .effect((q, c) -> q.withAnsweredOn(c.getDate()))
        .build();
  }
}

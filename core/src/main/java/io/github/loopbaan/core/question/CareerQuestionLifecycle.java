package io.github.loopbaan.core.question;

import static io.github.loopbaan.core.question.CareerQuestionStatus.ANSWERED;
import static io.github.loopbaan.core.question.CareerQuestionStatus.OPEN;

import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.util.EnumMap;
import java.util.Map;

/**
 * The lifecycle of a career question as a table on the one {@link StateMachine} engine: it evolves
 * while open and ends when answered (003 §1.2: a question can develop into another type or turn out
 * to be disguised; 004: the client wants to find an answer to it, and the POP shows how the
 * question evolved). Dutch: verloop van de loopbaanvraag.
 *
 * <pre>
 * open --evolve_to_&lt;type&gt; [asked_by_then, type_changes]--> open     (one row per question type, 7 in all)
 * open --answer [asked_by_then]--> answered                       (final)
 * </pre>
 *
 * <p>Design, where the sources leave it open:
 *
 * <ul>
 *   <li>The state is open or answered, not the question type. The type is a property that changes
 *       while the question is open; a table keyed by type would need one fixed initial type
 *       (questions start at any type) and has no end, while a question does end: when the client
 *       found the answer. A change of type is a transition open → open whose kind names the target
 *       type; the guard {@code type_changes} rejects a change to the current type (reason {@code
 *       type_unchanged}). Since the target is in the kind, not the payload, {@link
 *       CareerQuestion#nextCommands} says exactly which changes are possible.
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

  private static final Map<ClientQuestionType, Guard<CareerQuestion>> TYPE_CHANGES = typeChanges();

  /** The table. Thread-safe; shared by every career question. */
  public static final StateMachine<
          CareerQuestion, CareerQuestionStatus, CareerQuestionCommandKind, CareerQuestionCommand>
      MACHINE = table();

  private CareerQuestionLifecycle() {}

  /**
   * @param type the type an evolution leads to
   * @return the guard {@code type_changes} of the row that leads to it: the current type is another
   *     one
   */
  static Guard<CareerQuestion> typeChangesTo(ClientQuestionType type) {
    return TYPE_CHANGES.get(type);
  }

  private static Map<ClientQuestionType, Guard<CareerQuestion>> typeChanges() {
    Map<ClientQuestionType, Guard<CareerQuestion>> guards = new EnumMap<>(ClientQuestionType.class);
    for (ClientQuestionType type : ClientQuestionType.values()) {
      guards.put(
          type,
          Guard.require(
              "type_changes",
              (q, on) -> q.currentType() != type,
              (q, on) -> Reason.of(TYPE_UNCHANGED)));
    }
    return guards;
  }

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
    for (ClientQuestionType type : ClientQuestionType.values()) {
      b.on(CareerQuestionCommandKind.evolveTo(type))
          .from(OPEN)
          .to(OPEN)
          .taking(CareerQuestionCommand.Evolve.class)
          .guard(ASKED_BY_THEN)
          .guard(TYPE_CHANGES.get(type))
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
    }
    return b.on(CareerQuestionCommandKind.ANSWER)
        .from(OPEN)
        .to(ANSWERED)
        .guard(ASKED_BY_THEN)
        .effect((q, c) -> q.withAnsweredOn(c.getDate()))
        .build();
  }
}

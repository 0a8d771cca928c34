package io.github.loopbaan.core.session;

import static io.github.loopbaan.core.session.AssignmentCommandKind.*;
import static io.github.loopbaan.core.session.AssignmentStatus.*;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.util.Optional;

/**
 * The lifecycle of an assignment between conversations as a table on the one {@link StateMachine}
 * engine. 004: "Deze opdrachten worden in de volgende gesprekken geëvalueerd en eventueel
 * bijgestuurd." Dutch: verloop van een opdracht.
 *
 * <pre>
 * given, adjusted --complete [given_by_then]--> done
 * given, done, adjusted --adjust [given_by_then]--> adjusted     (discussed and re-issued with changes)
 * given, done, adjusted --discuss [given_by_then]--> discussed   (final)
 * </pre>
 *
 * <p>Choices where the sources are silent:
 *
 * <ul>
 *   <li>An adjusted assignment is re-issued with its changes (a new instruction, a new due date)
 *       and can be done again: {@link AssignmentStatus#ADJUSTED} plays the part of "given again"
 *       and keeps the fact that it was adjusted visible. Rather than going back to {@code given},
 *       it is a state of its own.
 *   <li>The evaluation happens in the next conversation whether or not the client did the
 *       assignment, so {@code discuss} and {@code adjust} are possible from {@code given} as well;
 *       {@code discussed} closes the assignment and is final.
 *   <li>Both discussing and adjusting record the conversation day as {@link
 *       Assignment#getDiscussedOn()}. Completing an adjusted assignment clears it: the discussion
 *       date belongs to the evaluation of the current round, which is still to come ({@code
 *       only_when_discussed}); the earlier conversation stays in the history.
 *   <li>Every command is dated on or after the day the assignment was given ({@code
 *       given_by_then}).
 * </ul>
 */
public final class AssignmentLifecycle {

  /**
   * Reason code: the day lies before the assignment was given. Facts: {@code date}, {@code
   * given_on}.
   */
  public static final String BEFORE_ASSIGNMENT_GIVEN = "before_assignment_given";

  static final Guard<Assignment> GIVEN_BY_THEN =
      Guard.require(
          "given_by_then",
          (a, on) -> !on.isBefore(a.getGivenOn()),
          (a, on) ->
              Reason.of(BEFORE_ASSIGNMENT_GIVEN).with("date", on).with("given_on", a.getGivenOn()));

  /** The table. Thread-safe; shared by every assignment. */
  public static final StateMachine<
          Assignment, AssignmentStatus, AssignmentCommandKind, AssignmentCommand>
      MACHINE =
          StateMachine
              .<Assignment, AssignmentStatus, AssignmentCommandKind, AssignmentCommand>builder(
                  "assignment", AssignmentStatus.class, AssignmentCommandKind.class)
              .initial(GIVEN)
              .finals(DISCUSSED)
              .binding(Assignment::getStatus, Assignment::getHistory, AssignmentLifecycle::record)
              .on(COMPLETE)
              .from(GIVEN, ADJUSTED)
              .to(DONE)
              .taking(AssignmentCommand.Complete.class)
              .guard(GIVEN_BY_THEN)
              .effect((a, complete) -> complete.getAnswer().map(a::withAnswer).orElse(a))
              .on(ADJUST)
              .from(GIVEN, DONE, ADJUSTED)
              .to(ADJUSTED)
              .taking(AssignmentCommand.Adjust.class)
              .guard(GIVEN_BY_THEN)
              .effect(
                  (a, adjust) -> {
                    Assignment changed = adjust.getInstruction().map(a::withInstruction).orElse(a);
                    return adjust.getDueOn().map(changed::withDueOn).orElse(changed);
                  })
              .on(DISCUSS)
              .from(GIVEN, DONE, ADJUSTED)
              .to(DISCUSSED)
              .guard(GIVEN_BY_THEN)
              .noEffect()
              .build();

  private AssignmentLifecycle() {}

  /**
   * Sets the new status, the discussion date that goes with it and the event, in one construction:
   * a discussed or adjusted assignment is discussed on the event's day, a done one awaits its
   * evaluation.
   */
  private static Assignment record(
      Assignment a, AssignmentStatus status, Event<AssignmentStatus, AssignmentCommand> event) {
    return Assignment.builder()
        .from(a)
        .status(status)
        .discussedOn(status.isDiscussed() ? Optional.of(event.getDate()) : Optional.empty())
        .history(a.getHistory().append(event))
        .build();
  }
}

package io.github.loopbaan.core.plan;

import static io.github.loopbaan.core.plan.ActionCommandKind.COMPLETE;
import static io.github.loopbaan.core.plan.ActionCommandKind.DROP;
import static io.github.loopbaan.core.plan.ActionCommandKind.REOPEN;
import static io.github.loopbaan.core.plan.ActionCommandKind.START;
import static io.github.loopbaan.core.plan.ActionStatus.DONE;
import static io.github.loopbaan.core.plan.ActionStatus.DROPPED;
import static io.github.loopbaan.core.plan.ActionStatus.IN_PROGRESS;
import static io.github.loopbaan.core.plan.ActionStatus.PLANNED;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.util.Optional;

/**
 * The lifecycle of an action of the action plan (004: "de uitvoering van dit actieplan") as a table
 * on the one {@link StateMachine} engine. Dutch: verloop van een actie.
 *
 * <pre>
 * planned --start--> in_progress
 * planned, in_progress --complete--> done          (records the completion date)
 * planned, in_progress --drop--> dropped           (with a required reason)
 * done --reopen--> in_progress
 * dropped --reopen--> planned
 * </pre>
 *
 * <p>Choices where the sources are silent: a small action may be done straight from planned;
 * reopening is explicit and clears the completion date or drop reason (the history keeps them): a
 * done action that turns out unfinished goes back in progress, a dropped action that is picked up
 * again goes back to planned. Because reopening is always possible, the table intentionally has
 * <em>no final state</em>: every state can reach every other, and done and dropped accept nothing
 * but a reopen. The table has no guards: what an action may do depends only on its status. Commands
 * may not be dated before the completion date of a done action.
 */
public final class ActionLifecycle {

  /** The table. Thread-safe; shared by every action. */
  public static final StateMachine<Action, ActionStatus, ActionCommandKind, ActionCommand> MACHINE =
      StateMachine.<Action, ActionStatus, ActionCommandKind, ActionCommand>builder(
              "action", ActionStatus.class, ActionCommandKind.class)
          .initial(PLANNED)
          .binding(Action::getStatus, Action::getHistory, ActionLifecycle::record)
          .startsOn(a -> a.getCompletedOn().orElse(null))
          .on(START)
          .from(PLANNED)
          .to(IN_PROGRESS)
          .noEffect()
          .on(COMPLETE)
          .from(PLANNED, IN_PROGRESS)
          .to(DONE)
          .noEffect()
          .on(DROP)
          .from(PLANNED, IN_PROGRESS)
          .to(DROPPED)
          .noEffect()
          .on(REOPEN)
          .from(DONE)
          .to(IN_PROGRESS)
          .noEffect()
          .on(REOPEN)
          .from(DROPPED)
          .to(PLANNED)
          .noEffect()
          .build();

  private ActionLifecycle() {}

  /**
   * Writes status, event, and the facts tied to the status (completion date, drop reason) in one
   * construction, so that no intermediate value breaks a structural rule.
   */
  private static Action record(
      Action a, ActionStatus status, Event<ActionStatus, ActionCommand> event) {
    return Action.builder()
        .from(a)
        .status(status)
        .history(a.getHistory().append(event))
        .completedOn(status == DONE ? Optional.of(event.getDate()) : Optional.empty())
        .dropReason(
            event.getCommand() instanceof ActionCommand.Drop drop
                ? Optional.of(drop.getReason())
                : Optional.empty())
        .build();
  }
}

package io.github.loopbaan.benchmarks.lifecycle;

import static io.github.loopbaan.core.trajectory.TrajectoryCommandKind.*;
import static io.github.loopbaan.core.trajectory.TrajectoryStage.*;

import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The trajectory path and its guards in squirrel-foundation ({@code
 * org.squirrelframework:squirrel-foundation}): one builder, one mutable machine per trajectory, the
 * {@link Facts} passed as context with every event. Conditions are the guards, actions record the
 * effect. squirrel ignores an event it cannot accept (the state stays), so callers check the state
 * reached. The table holds the rows of the path plus early stop from every open stage; {@code
 * CLOSED} is declared final.
 */
public final class SquirrelLifecycle {

  private final StateMachineBuilder<Machine, TrajectoryStage, TrajectoryCommandKind, Facts> builder;

  /** Builds the machine definition. */
  public SquirrelLifecycle() {
    builder =
        StateMachineBuilderFactory.create(
            Machine.class, TrajectoryStage.class, TrajectoryCommandKind.class, Facts.class);
    Record record = new Record();
    Condition<Facts> signed = condition(Facts::agreementSigned);
    Condition<Facts> inDepth = condition(Facts::inDepthHeld);
    Condition<Facts> withinYear = condition(Facts::withinYearOfSynthesis);
    builder.internalTransition().within(OPENED).on(HOLD_INTRODUCTORY_CONVERSATION).perform(record);
    builder.externalTransition().from(OPENED).to(INTAKE).on(HOLD_INTAKE).perform(record);
    builder
        .externalTransition()
        .from(INTAKE)
        .to(IN_DEPTH)
        .on(HOLD_IN_DEPTH_CONVERSATION)
        .when(signed)
        .perform(record);
    builder
        .internalTransition()
        .within(IN_DEPTH)
        .on(HOLD_IN_DEPTH_CONVERSATION)
        .when(signed)
        .perform(record);
    builder
        .externalTransition()
        .from(IN_DEPTH)
        .to(SYNTHESIS)
        .on(HOLD_SYNTHESIS)
        .when(inDepth)
        .perform(record);
    builder
        .externalTransition()
        .from(SYNTHESIS)
        .to(EVALUATION)
        .on(INVITE_EVALUATION)
        .perform(record);
    builder
        .externalTransition()
        .from(EVALUATION)
        .to(AFTERCARE)
        .on(HOLD_AFTERCARE)
        .when(withinYear)
        .perform(record);
    builder
        .internalTransition()
        .within(AFTERCARE)
        .on(HOLD_AFTERCARE)
        .when(withinYear)
        .perform(record);
    builder
        .externalTransitions()
        .fromAmong(EVALUATION, AFTERCARE)
        .to(CLOSED)
        .on(CLOSE)
        .perform(record);
    builder
        .externalTransitions()
        .fromAmong(OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE)
        .to(CLOSED)
        .on(STOP_EARLY)
        .perform(record);
    builder.defineFinalState(CLOSED);
  }

  private static Condition<Facts> condition(Predicate<Facts> test) {
    return new AnonymousCondition<>() {
      @Override
      public boolean isSatisfied(Facts facts) {
        return test.test(facts);
      }
    };
  }

  /**
   * Plays commands on a fresh machine.
   *
   * @param commands the commands
   * @return the state reached
   */
  public TrajectoryStage run(List<TrajectoryCommand> commands) {
    Machine machine = builder.newStateMachine(OPENED);
    Facts facts = new Facts();
    for (TrajectoryCommand command : commands) {
      machine.fire(command.getKind(), facts.pending(command));
    }
    return machine.getCurrentState();
  }

  /**
   * One machine per position of the path: before each command, with its facts.
   *
   * @param commands the commands of the path
   * @return the positions
   */
  public List<Position> positions(List<TrajectoryCommand> commands) {
    List<Position> result = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      Machine machine = builder.newStateMachine(OPENED);
      Facts facts = new Facts();
      machine.start(facts);
      for (TrajectoryCommand command : commands.subList(0, i)) {
        machine.fire(command.getKind(), facts.pending(command));
      }
      result.add(new Position(machine, facts.pending(commands.get(i)), commands.get(i).getKind()));
    }
    return result;
  }

  /**
   * Decides with {@code test(event, context)}: squirrel's dry run, guards evaluated, answers the
   * state the event would lead to (the current state when it would be declined).
   *
   * @param position a position of the path
   * @return the state the command would lead to
   */
  public TrajectoryStage decide(Position position) {
    return position.machine.test(position.kind, position.facts);
  }

  /** The machine type: squirrel instantiates it by reflection. */
  public static class Machine
      extends AbstractStateMachine<Machine, TrajectoryStage, TrajectoryCommandKind, Facts> {
    /** Used by squirrel. */
    public Machine() {}
  }

  /** A machine stopped before one command of the path. */
  public static final class Position {
    final Machine machine;
    final Facts facts;
    final TrajectoryCommandKind kind;

    Position(Machine machine, Facts facts, TrajectoryCommandKind kind) {
      this.machine = machine;
      this.facts = facts;
      this.kind = kind;
    }

    /**
     * @return the machine's state
     */
    public TrajectoryStage state() {
      return machine.getCurrentState();
    }
  }

  private static final class Record
      extends AnonymousAction<Machine, TrajectoryStage, TrajectoryCommandKind, Facts> {
    @Override
    public void execute(
        TrajectoryStage from,
        TrajectoryStage to,
        TrajectoryCommandKind event,
        Facts facts,
        Machine machine) {
      facts.recordPending();
    }
  }
}

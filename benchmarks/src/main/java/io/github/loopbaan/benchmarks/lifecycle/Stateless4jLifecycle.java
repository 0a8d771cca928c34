package io.github.loopbaan.benchmarks.lifecycle;

import static io.github.loopbaan.core.trajectory.TrajectoryCommandKind.*;
import static io.github.loopbaan.core.trajectory.TrajectoryStage.*;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.ArrayList;
import java.util.List;

/**
 * The trajectory path and its guards in stateless4j ({@code com.github.stateless4j:stateless4j}):
 * one shared {@link StateMachineConfig}, one mutable {@link StateMachine} per trajectory.
 *
 * <p>stateless4j's guards take no arguments, so the shared configuration reads the {@link Facts} of
 * the machine being driven from a field set before each call ({@link #drive}): how a user shares
 * one configuration between many entities. Not thread-safe, as the benchmarks run with one thread.
 * The table holds the rows of the path plus early stop from every open stage; pause and resume are
 * not on the measured path and are left out.
 */
public final class Stateless4jLifecycle {

  private final StateMachineConfig<TrajectoryStage, TrajectoryCommandKind> config =
      new StateMachineConfig<>();
  private Facts current;

  /** Builds the shared configuration. */
  public Stateless4jLifecycle() {
    config
        .configure(OPENED)
        .permitReentry(HOLD_INTRODUCTORY_CONVERSATION, this::record)
        .permit(HOLD_INTAKE, INTAKE, this::record)
        .permit(STOP_EARLY, CLOSED);
    config
        .configure(INTAKE)
        .permitIf(
            HOLD_IN_DEPTH_CONVERSATION, IN_DEPTH, () -> current.agreementSigned(), this::record)
        .permit(STOP_EARLY, CLOSED);
    config
        .configure(IN_DEPTH)
        .permitReentryIf(HOLD_IN_DEPTH_CONVERSATION, () -> current.agreementSigned(), this::record)
        .permitIf(HOLD_SYNTHESIS, SYNTHESIS, () -> current.inDepthHeld(), this::record)
        .permit(STOP_EARLY, CLOSED);
    config
        .configure(SYNTHESIS)
        .permit(INVITE_EVALUATION, EVALUATION, this::record)
        .permit(STOP_EARLY, CLOSED);
    config
        .configure(EVALUATION)
        .permitIf(HOLD_AFTERCARE, AFTERCARE, () -> current.withinYearOfSynthesis(), this::record)
        .permit(CLOSE, CLOSED, this::record)
        .permit(STOP_EARLY, CLOSED);
    config
        .configure(AFTERCARE)
        .permitReentryIf(HOLD_AFTERCARE, () -> current.withinYearOfSynthesis(), this::record)
        .permit(CLOSE, CLOSED, this::record)
        .permit(STOP_EARLY, CLOSED);
  }

  private void record() {
    current.recordPending();
  }

  /**
   * Plays commands on a fresh machine; a command the machine does not permit throws, as stateless4j
   * does.
   *
   * @param commands the commands
   * @return the state reached
   */
  public TrajectoryStage run(List<TrajectoryCommand> commands) {
    StateMachine<TrajectoryStage, TrajectoryCommandKind> machine =
        new StateMachine<>(OPENED, config);
    Facts facts = new Facts();
    for (TrajectoryCommand command : commands) {
      drive(facts, command);
      machine.fire(command.getKind());
    }
    return machine.getState();
  }

  private void drive(Facts facts, TrajectoryCommand command) {
    current = facts.pending(command);
  }

  /**
   * One machine per position of the path: before each command, with its facts; a command that may
   * not fire is skipped, as a rejected command leaves a Loopbaan trajectory as it was.
   *
   * @param commands the commands of the path
   * @return the positions
   */
  public List<Position> positions(List<TrajectoryCommand> commands) {
    List<Position> result = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      StateMachine<TrajectoryStage, TrajectoryCommandKind> machine =
          new StateMachine<>(OPENED, config);
      Facts facts = new Facts();
      for (TrajectoryCommand command : commands.subList(0, i)) {
        drive(facts, command);
        if (machine.canFire(command.getKind())) {
          machine.fire(command.getKind());
        }
      }
      result.add(new Position(machine, facts, commands.get(i)));
    }
    return result;
  }

  /**
   * Decides with {@link StateMachine#canFire}: evaluates the guards, does not say where the command
   * leads.
   *
   * @param position a position of the path
   * @return whether the position's command may fire
   */
  public boolean decide(Position position) {
    drive(position.facts, position.command);
    return position.machine.canFire(position.command.getKind());
  }

  /**
   * @param position a position of the path
   * @return the triggers permitted there, guards evaluated
   */
  public List<TrajectoryCommandKind> possible(Position position) {
    drive(position.facts, position.command);
    return position.machine.getPermittedTriggers();
  }

  /** A machine stopped before one command of the path. */
  public static final class Position {
    final StateMachine<TrajectoryStage, TrajectoryCommandKind> machine;
    final Facts facts;
    final TrajectoryCommand command;

    Position(
        StateMachine<TrajectoryStage, TrajectoryCommandKind> machine,
        Facts facts,
        TrajectoryCommand command) {
      this.machine = machine;
      this.facts = facts;
      this.command = command;
    }

    /**
     * @return the machine's state
     */
    public TrajectoryStage state() {
      return machine.getState();
    }
  }
}

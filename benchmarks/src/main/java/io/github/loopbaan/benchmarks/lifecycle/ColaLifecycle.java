package io.github.loopbaan.benchmarks.lifecycle;

import static io.github.loopbaan.core.trajectory.TrajectoryCommandKind.*;
import static io.github.loopbaan.core.trajectory.TrajectoryStage.*;

import com.alibaba.cola.statemachine.Action;
import com.alibaba.cola.statemachine.StateMachine;
import com.alibaba.cola.statemachine.builder.AlertFailCallback;
import com.alibaba.cola.statemachine.builder.StateMachineBuilder;
import com.alibaba.cola.statemachine.builder.StateMachineBuilderFactory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The trajectory path and its guards in the COLA state machine ({@code
 * com.alibaba.cola:cola-component-statemachine}): stateless, thread-safe, one machine for all
 * trajectories; the caller keeps the state and passes the {@link Facts} as context. Conditions are
 * the guards, actions record the effect. A command that is not allowed throws ({@link
 * AlertFailCallback}). The table holds the rows of the path plus early stop from every open stage.
 */
public final class ColaLifecycle {

  private static final AtomicInteger IDS = new AtomicInteger();

  private final StateMachine<TrajectoryStage, TrajectoryCommandKind, Facts> machine;

  /** Builds the machine (registered with COLA's factory under a fresh identifier). */
  public ColaLifecycle() {
    StateMachineBuilder<TrajectoryStage, TrajectoryCommandKind, Facts> b =
        StateMachineBuilderFactory.create();
    Action<TrajectoryStage, TrajectoryCommandKind, Facts> record =
        (from, to, event, facts) -> facts.recordPending();
    b.internalTransition().within(OPENED).on(HOLD_INTRODUCTORY_CONVERSATION).perform(record);
    b.externalTransition().from(OPENED).to(INTAKE).on(HOLD_INTAKE).perform(record);
    b.externalTransition()
        .from(INTAKE)
        .to(IN_DEPTH)
        .on(HOLD_IN_DEPTH_CONVERSATION)
        .when(Facts::agreementSigned)
        .perform(record);
    b.internalTransition()
        .within(IN_DEPTH)
        .on(HOLD_IN_DEPTH_CONVERSATION)
        .when(Facts::agreementSigned)
        .perform(record);
    b.externalTransition()
        .from(IN_DEPTH)
        .to(SYNTHESIS)
        .on(HOLD_SYNTHESIS)
        .when(Facts::inDepthHeld)
        .perform(record);
    b.externalTransition().from(SYNTHESIS).to(EVALUATION).on(INVITE_EVALUATION).perform(record);
    b.externalTransition()
        .from(EVALUATION)
        .to(AFTERCARE)
        .on(HOLD_AFTERCARE)
        .when(Facts::withinYearOfSynthesis)
        .perform(record);
    b.internalTransition()
        .within(AFTERCARE)
        .on(HOLD_AFTERCARE)
        .when(Facts::withinYearOfSynthesis)
        .perform(record);
    b.externalTransitions().fromAmong(EVALUATION, AFTERCARE).to(CLOSED).on(CLOSE).perform(record);
    b.externalTransitions()
        .fromAmong(OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE)
        .to(CLOSED)
        .on(STOP_EARLY)
        .perform(record);
    b.setFailCallback(new AlertFailCallback<>());
    machine = b.build("loopbaan-trajectory-" + IDS.incrementAndGet());
  }

  /**
   * Plays commands from the opened stage.
   *
   * @param commands the commands
   * @return the state reached
   */
  public TrajectoryStage run(List<TrajectoryCommand> commands) {
    TrajectoryStage state = OPENED;
    Facts facts = new Facts();
    for (TrajectoryCommand command : commands) {
      state = machine.fireEvent(state, command.getKind(), facts.pending(command));
    }
    return state;
  }

  /**
   * Decides with {@code verify(state, event)}, COLA's only side-effect-free question: it looks the
   * transition up but does not evaluate conditions (COLA has no guarded dry run), so it does less
   * than the others.
   *
   * @param state the state before the command
   * @param kind the command kind
   * @return whether a transition exists
   */
  public boolean decide(TrajectoryStage state, TrajectoryCommandKind kind) {
    return machine.verify(state, kind);
  }
}

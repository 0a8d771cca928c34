package io.github.loopbaan.benchmarks.lifecycle;

import static io.github.loopbaan.core.trajectory.TrajectoryCommandKind.*;
import static io.github.loopbaan.core.trajectory.TrajectoryStage.*;

import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.EnumSet;
import java.util.List;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The trajectory path and its guards in Spring Statemachine ({@code spring-statemachine-core}), the
 * heavyweight reference: one machine built with {@link StateMachineBuilder} outside a Spring
 * context, reset to a fresh trajectory (stage opened, new {@link Facts} in the extended state)
 * before each run, as a persister restores an entity, then driven by reactive {@code sendEvent},
 * each event sent and awaited in turn.
 *
 * <p>Two things learnt on 4.0.2. An event whose guard refuses is still reported {@code ACCEPTED}
 * (the machine just stays), so the run checks that the transition's action ran and throws
 * otherwise, as for a denied event. {@code CLOSED} is not declared an end state: a machine that
 * reached its end state, once reset and restarted, accepts events and does nothing; {@code CLOSED}
 * has no outgoing transition, so it is final all the same.
 *
 * <p>No decide: Spring Statemachine has no side-effect-free "would this event be accepted"
 * question. The table holds the rows of the path plus early stop from every open stage.
 */
public final class SpringLifecycle {

  private static final String FACTS = "facts";

  private final StateMachine<TrajectoryStage, TrajectoryCommandKind> machine;

  /** Builds the machine. */
  public SpringLifecycle() {
    try {
      StateMachineBuilder.Builder<TrajectoryStage, TrajectoryCommandKind> b =
          StateMachineBuilder.builder();
      b.configureConfiguration().withConfiguration().autoStartup(false);
      b.configureStates().withStates().initial(OPENED).states(EnumSet.allOf(TrajectoryStage.class));
      Action<TrajectoryStage, TrajectoryCommandKind> record = ctx -> facts(ctx).recordPending();
      Guard<TrajectoryStage, TrajectoryCommandKind> signed = ctx -> facts(ctx).agreementSigned();
      Guard<TrajectoryStage, TrajectoryCommandKind> inDepth = ctx -> facts(ctx).inDepthHeld();
      Guard<TrajectoryStage, TrajectoryCommandKind> withinYear =
          ctx -> facts(ctx).withinYearOfSynthesis();
      b.configureTransitions()
          .withInternal()
          .source(OPENED)
          .event(HOLD_INTRODUCTORY_CONVERSATION)
          .action(record)
          .and()
          .withExternal()
          .source(OPENED)
          .target(INTAKE)
          .event(HOLD_INTAKE)
          .action(record)
          .and()
          .withExternal()
          .source(INTAKE)
          .target(IN_DEPTH)
          .event(HOLD_IN_DEPTH_CONVERSATION)
          .guard(signed)
          .action(record)
          .and()
          .withInternal()
          .source(IN_DEPTH)
          .event(HOLD_IN_DEPTH_CONVERSATION)
          .guard(signed)
          .action(record)
          .and()
          .withExternal()
          .source(IN_DEPTH)
          .target(SYNTHESIS)
          .event(HOLD_SYNTHESIS)
          .guard(inDepth)
          .action(record)
          .and()
          .withExternal()
          .source(SYNTHESIS)
          .target(EVALUATION)
          .event(INVITE_EVALUATION)
          .action(record)
          .and()
          .withExternal()
          .source(EVALUATION)
          .target(AFTERCARE)
          .event(HOLD_AFTERCARE)
          .guard(withinYear)
          .action(record)
          .and()
          .withInternal()
          .source(AFTERCARE)
          .event(HOLD_AFTERCARE)
          .guard(withinYear)
          .action(record)
          .and()
          .withExternal()
          .source(EVALUATION)
          .target(CLOSED)
          .event(CLOSE)
          .action(record)
          .and()
          .withExternal()
          .source(AFTERCARE)
          .target(CLOSED)
          .event(CLOSE)
          .action(record)
          .and()
          .withExternal()
          .source(OPENED)
          .target(CLOSED)
          .event(STOP_EARLY)
          .action(record)
          .and()
          .withExternal()
          .source(INTAKE)
          .target(CLOSED)
          .event(STOP_EARLY)
          .action(record)
          .and()
          .withExternal()
          .source(IN_DEPTH)
          .target(CLOSED)
          .event(STOP_EARLY)
          .action(record)
          .and()
          .withExternal()
          .source(SYNTHESIS)
          .target(CLOSED)
          .event(STOP_EARLY)
          .action(record)
          .and()
          .withExternal()
          .source(EVALUATION)
          .target(CLOSED)
          .event(STOP_EARLY)
          .action(record)
          .and()
          .withExternal()
          .source(AFTERCARE)
          .target(CLOSED)
          .event(STOP_EARLY)
          .action(record);
      machine = b.build();
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine configuration failed", e);
    }
  }

  private static Facts facts(StateContext<TrajectoryStage, TrajectoryCommandKind> ctx) {
    return ctx.getExtendedState().get(FACTS, Facts.class);
  }

  /**
   * Resets the machine to a fresh trajectory and plays commands.
   *
   * @param commands the commands
   * @return the state reached
   * @throws IllegalStateException when an event is denied
   */
  public TrajectoryStage run(List<TrajectoryCommand> commands) {
    machine.stopReactively().block();
    DefaultExtendedState extended = new DefaultExtendedState();
    Facts facts = new Facts();
    extended.getVariables().put(FACTS, facts);
    machine
        .getStateMachineAccessor()
        .doWithAllRegions(
            access ->
                access
                    .resetStateMachineReactively(
                        new DefaultStateMachineContext<>(OPENED, null, null, extended))
                    .block());
    machine.startReactively().block();
    for (TrajectoryCommand command : commands) {
      int recorded = facts.recorded();
      facts.pending(command);
      StateMachineEventResult<TrajectoryStage, TrajectoryCommandKind> result =
          machine
              .sendEvent(Mono.just(MessageBuilder.withPayload(command.getKind()).build()))
              .blockLast();
      if (result == null
          || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED
          || facts.recorded() == recorded) {
        throw new IllegalStateException("denied: " + command);
      }
    }
    return machine.getState().getId();
  }
}

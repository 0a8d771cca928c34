package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.phase.PhaseCommandKind;
import io.github.loopbaan.core.phase.PhaseLifecycle;
import io.github.loopbaan.core.phase.PhaseProgress;
import io.github.loopbaan.core.phase.PhaseState;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The content phase lifecycle holds its invariants over random command sequences. */
class PhaseLifecycleProperties
    extends LifecycleContract<PhaseProgress, PhaseState, PhaseCommandKind, PhaseCommand> {

  PhaseLifecycleProperties() {
    super(PhaseLifecycle.MACHINE);
  }

  @Override
  protected void observe(LifecycleWalks.Walk<PhaseProgress, PhaseCommand> walk) {
    Statistics.label("end state").collect(walk.end().getState());
  }

  static final StateMachine<PhaseProgress, PhaseState, PhaseCommandKind, PhaseCommand> MACHINE =
      PhaseLifecycle.MACHINE;

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void the_phase_path_only_visits_selected_or_amended_phases(
      @ForAll("walks") LifecycleWalks.Walk<PhaseProgress, PhaseCommand> walk) {
    for (LifecycleWalks.Step<PhaseProgress, PhaseCommand> step : walk.steps()) {
      if (step.outcome().isApplied()) {
        step.after()
            .currentPhase()
            .ifPresent(
                phase ->
                    assertThat(step.before().getPlan().isSelected(phase))
                        .as("%s was in the plan", phase)
                        .isTrue());
      }
    }
    walk.end()
        .getHistory()
        .forEach(
            e ->
                e.getTo()
                    .phase()
                    .ifPresent(
                        phase -> assertThat(walk.end().getPlan().isSelected(phase)).isTrue()));
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void effective_functioning_never_before_a_new_job_or_role_is_recorded(
      @ForAll("walks") LifecycleWalks.Walk<PhaseProgress, PhaseCommand> walk) {
    for (LifecycleWalks.Step<PhaseProgress, PhaseCommand> step : walk.steps()) {
      if (step.outcome().isApplied()
          && step.after().getState() == PhaseState.EFFECTIVE_FUNCTIONING) {
        assertThat(step.before().hasNewJob()).isTrue();
        assertThat(step.before().getNewJobs().get(0).getDate())
            .isBeforeOrEqualTo(step.command().getDate());
      }
    }
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void farewell_to_work_is_entered_only_as_the_first_phase_and_forward_moves_follow_the_route(
      @ForAll("walks") LifecycleWalks.Walk<PhaseProgress, PhaseCommand> walk) {
    for (LifecycleWalks.Step<PhaseProgress, PhaseCommand> step : walk.steps()) {
      PhaseCommandKind kind = step.command().getKind();
      if (step.outcome().isApplied() && kind.isEnter()) {
        ContentPhase entered = kind.phase().orElseThrow();
        assertThat(step.before().nextPhase()).contains(entered);
        if (entered == ContentPhase.FAREWELL_TO_WORK) {
          assertThat(step.before().getState()).isEqualTo(PhaseState.NOT_STARTED);
        }
      }
    }
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void toString_never_shows_excursion_or_amendment_reasons(
      @ForAll("walks") LifecycleWalks.Walk<PhaseProgress, PhaseCommand> walk) {
    PhaseProgress end = walk.end();
    String text = end.toString() + end.getHistory().asList();
    end.getPlan().getAmendments().forEach(a -> assertThat(text).doesNotContain(a.getReason()));
    end.getHistory()
        .forEach(
            e -> {
              if (e.getCommand() instanceof PhaseCommand.StepBack) {
                assertThat(text)
                    .doesNotContain(((PhaseCommand.StepBack) e.getCommand()).getReason());
              }
            });
  }

  @Override
  @Provide
  public Arbitrary<LifecycleWalks.Walk<PhaseProgress, PhaseCommand>> walks() {
    return PhaseArbitraries.phaseWalks();
  }
}

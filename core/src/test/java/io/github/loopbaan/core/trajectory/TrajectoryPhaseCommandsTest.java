package io.github.loopbaan.core.trajectory;

import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.OPENED;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.afterIntake;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.codes;
import static io.github.loopbaan.core.trajectory.TrajectoryLifecycleTest.opened;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.phase.PhaseLifecycle;
import io.github.loopbaan.core.phase.PhaseProgress;
import org.junit.jupiter.api.Test;

/**
 * {@link Trajectory#apply(PhaseCommand)}: a closed trajectory and one without a phase plan reject
 * the command; otherwise the trajectory carries the phase progress's own outcome, with the same
 * reasons and the new progress.
 */
class TrajectoryPhaseCommandsTest {

  static final PhaseCommand ENTER =
      PhaseCommand.enter(ContentPhase.IN_DEPTH_SELF_EXPLORATION, OPENED.plusDays(14));

  @Test
  void a_closed_trajectory_rejects_a_phase_command_as_final() {
    Trajectory closed =
        opened()
            .apply(TrajectoryCommand.stopEarly(OPENED, StopReason.CLIENT_WITHDREW))
            .orElseThrow();
    Outcome<Trajectory> outcome = closed.apply(ENTER);
    assertThat(outcome.isApplied()).isFalse();
    assertThat(codes(outcome)).containsExactly(StateMachine.FINAL_STATE);
    assertThat(outcome.getReasons().get(0).getFacts())
        .containsEntry("state", TrajectoryStage.CLOSED.code());
  }

  @Test
  void before_the_intake_there_is_no_phase_plan_to_apply_a_phase_command_to() {
    Outcome<Trajectory> outcome = opened().apply(ENTER);
    assertThat(outcome.isApplied()).isFalse();
    assertThat(codes(outcome)).containsExactly(TrajectoryLifecycle.NO_PHASE_PLAN);
  }

  @Test
  void after_the_intake_the_trajectory_carries_the_outcome_of_its_phase_progress() {
    Trajectory t = afterIntake(true);
    assertThat(t.getPhaseProgress()).isPresent();
    for (ContentPhase phase : ContentPhase.values()) {
      PhaseCommand enter = PhaseCommand.enter(phase, OPENED.plusDays(14));
      Outcome<PhaseProgress> part = t.getPhaseProgress().get().apply(enter);
      Outcome<Trajectory> whole = t.apply(enter);
      assertThat(whole.isApplied()).as(phase.code()).isEqualTo(part.isApplied());
      assertThat(whole.getReasons()).as(phase.code()).isEqualTo(part.getReasons());
      assertThat(whole.getEvent()).as(phase.code()).isEqualTo(part.getEvent());
      if (part.isApplied()) {
        assertThat(whole.orElseThrow().getPhaseProgress()).contains(part.orElseThrow());
        assertThat(whole.orElseThrow().getStage()).isEqualTo(t.getStage());
      }
    }
    assertThat(ContentPhase.values())
        .anySatisfy(
            phase ->
                assertThat(t.apply(PhaseCommand.enter(phase, OPENED.plusDays(14))).isApplied())
                    .isTrue());
    assertThat(PhaseLifecycle.MACHINE.getName()).isNotBlank();
  }
}

package io.github.loopbaan.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which trajectory stages are open. */
class TrajectoryStageTest {

  /** Every stage but closed is open. */
  @Test
  void every_trajectory_stage_but_closed_is_open() {
    for (TrajectoryStage stage : TrajectoryStage.values()) {
      assertThat(stage.isOpen()).as(stage.code()).isEqualTo(stage != TrajectoryStage.CLOSED);
    }
  }
}

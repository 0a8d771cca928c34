package io.github.loopbaan.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.StopReason;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commands are equal by class, kind, date and payload, and show only kind and date. */
class BaseCommandTest {

  static final LocalDate DAY = LocalDate.of(2025, 6, 2);

  @Test
  void commands_with_equal_kind_date_and_payload_are_equal() {
    assertThat(TrajectoryCommand.stopEarly(DAY, StopReason.OTHER)).isEqualTo(TrajectoryCommand.stopEarly(DAY,
        StopReason.OTHER)).hasSameHashCodeAs(TrajectoryCommand.stopEarly(DAY, StopReason.OTHER));
  }

  @Test
  void a_different_payload_date_or_kind_makes_commands_different() {
    TrajectoryCommand stop = TrajectoryCommand.stopEarly(DAY, StopReason.OTHER);
    assertThat(stop).isNotEqualTo(TrajectoryCommand.stopEarly(DAY, StopReason.CLIENT_WITHDREW))
        .isNotEqualTo(TrajectoryCommand.stopEarly(DAY.plusDays(1), StopReason.OTHER))
        .isNotEqualTo(TrajectoryCommand.close(DAY))
        .isNotEqualTo(TrajectoryCommand.pause(DAY, PauseReason.OTHER, Optional.empty()));
    assertThat(TrajectoryCommand.close(DAY)).isNotEqualTo(TrajectoryCommand.resume(DAY));
  }

  @Test
  void toString_shows_kind_and_date_but_never_the_payload() {
    assertThat(TrajectoryCommand.stopEarly(DAY, StopReason.CLIENT_WITHDREW).toString())
        .isEqualTo("stop_early@2025-06-02");
  }
}

package io.github.loopbaan.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.plan.ActionCommand;
import io.github.loopbaan.core.plan.DevelopmentPlanCommand;
import io.github.loopbaan.core.question.CareerQuestionCommand;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.StopReason;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The model's commands are records of one sealed interface per lifecycle: equal exactly when kind,
 * date and payload are, and every one shows only its kind and date in {@code toString()}, never its
 * payload.
 */
class CommandContractTest {

  static final LocalDate DAY = LocalDate.of(2025, 6, 2);

  private static final List<Class<?>> COMMAND_TYPES =
      List.of(
          TrajectoryCommand.class,
          SessionCommand.class,
          AssignmentCommand.class,
          CareerQuestionCommand.class,
          PhaseCommand.class,
          DevelopmentPlanCommand.class,
          ActionCommand.class);

  /** Commands with equal kind, date and payload are equal and hash alike. */
  @Test
  void commands_with_equal_kind_date_and_payload_are_equal() {
    assertThat(TrajectoryCommand.stopEarly(DAY, StopReason.OTHER))
        .isEqualTo(TrajectoryCommand.stopEarly(DAY, StopReason.OTHER))
        .hasSameHashCodeAs(TrajectoryCommand.stopEarly(DAY, StopReason.OTHER));
  }

  /** A different payload, date or kind makes commands different. */
  @Test
  void a_different_payload_date_or_kind_makes_commands_different() {
    TrajectoryCommand stop = TrajectoryCommand.stopEarly(DAY, StopReason.OTHER);
    assertThat(stop)
        .isNotEqualTo(TrajectoryCommand.stopEarly(DAY, StopReason.CLIENT_WITHDREW))
        .isNotEqualTo(TrajectoryCommand.stopEarly(DAY.plusDays(1), StopReason.OTHER))
        .isNotEqualTo(TrajectoryCommand.close(DAY))
        .isNotEqualTo(TrajectoryCommand.pause(DAY, PauseReason.OTHER, Optional.empty()));
    assertThat(TrajectoryCommand.close(DAY)).isNotEqualTo(TrajectoryCommand.resume(DAY));
    assertThat(SessionCommand.cancelByClient(DAY)).isNotEqualTo(SessionCommand.cancelByCoach(DAY));
  }

  /** The text of a command is its kind and date, whatever its payload. */
  @Test
  void toString_shows_kind_and_date_but_never_the_payload() {
    assertThat(TrajectoryCommand.stopEarly(DAY, StopReason.CLIENT_WITHDREW).toString())
        .isEqualTo("stop_early@2025-06-02");
    assertThat(ActionCommand.drop(DAY, "private words").toString()).isEqualTo("drop@2025-06-02");
  }

  /**
   * Every command type of every lifecycle is a record that overrides the record's generated {@code
   * toString()}, which would show every component.
   */
  @Test
  void every_command_type_is_a_record_with_its_own_toString() throws NoSuchMethodException {
    List<Class<?>> records = new ArrayList<>();
    for (Class<?> type : COMMAND_TYPES) {
      collect(type, records);
    }
    assertThat(records).hasSizeGreaterThan(25);
    for (Class<?> type : records) {
      assertThat(type.isRecord()).as(type.getName()).isTrue();
      assertThat(type.getMethod("toString").getDeclaringClass()).as(type.getName()).isEqualTo(type);
    }
  }

  private static void collect(Class<?> type, List<Class<?>> into) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        collect(sub, into);
      }
    } else {
      into.add(type);
    }
  }
}

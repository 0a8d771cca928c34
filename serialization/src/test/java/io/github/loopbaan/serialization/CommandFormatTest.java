package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.CommandFormat;
import io.github.loopbaan.testkit.ModelClasses;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every command interface and every command kind of the model has a wire format. */
class CommandFormatTest {

  @Test
  void every_command_interface_of_the_model_has_a_format() {
    List<Class<?>> interfaces =
        ModelClasses.all().stream()
            .filter(
                c ->
                    c.isInterface()
                        && c.getEnclosingClass() == null
                        && c != Command.class
                        && Command.class.isAssignableFrom(c))
            .collect(Collectors.toList());
    assertThat(interfaces).hasSizeGreaterThanOrEqualTo(4);
    for (Class<?> type : interfaces) {
      assertThat(CommandFormat.of(type)).as(type.getName()).isPresent();
      assertThat(CommandFormat.of(type).get().getCommandType()).isEqualTo(type);
    }
  }

  @Test
  void every_command_kind_has_exactly_one_format_under_its_code() {
    for (CommandFormat format : CommandFormat.all()) {
      Object[] kinds = format.getKindType().getEnumConstants();
      assertThat(format.getKinds()).hasSize(kinds.length);
      for (Object kind : kinds) {
        assertThat(format.kind(((Coded) kind).code()))
            .as(format.getLifecycle() + " " + kind)
            .isPresent();
      }
      assertThat(format.getStateType().isEnum()).isTrue();
    }
  }

  @Test
  void the_format_describes_the_payload() {
    CommandFormat trajectory = CommandFormat.of(TrajectoryCommand.class).orElseThrow();
    assertThat(trajectory.getLifecycle()).isEqualTo("trajectory");
    CommandFormat.Kind intake = trajectory.kind("hold_intake").orElseThrow();
    assertThat(intake.isDateArgument()).isFalse();
    assertThat(intake.getFields())
        .extracting(CommandFormat.Field::getName)
        .containsExactly("session", "agreement", "plan", "question");
    assertThat(intake.getFields().get(3).isOptional()).isTrue();
    assertThat(trajectory.kind("pause").orElseThrow().isDateArgument()).isTrue();
    assertThat(trajectory.kind("io.github.loopbaan.core.trajectory.TrajectoryCommand$Pause"))
        .isEmpty();
  }
}

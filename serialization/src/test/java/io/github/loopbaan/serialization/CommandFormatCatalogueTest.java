package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.format.CommandFormat;
import io.github.loopbaan.format.View;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of command formats that documents the wire format: every lifecycle listed once in a
 * fixed order, which payload fields may be absent and which must be present, and the view a {@link
 * ViewWriter} reports.
 */
class CommandFormatCatalogueTest {

  @Test
  void every_lifecycle_is_listed_once_in_the_documented_order() {
    assertThat(CommandFormat.all())
        .extracting(CommandFormat::getLifecycle)
        .containsExactly(
            "trajectory",
            "session",
            "assignment",
            "career_question",
            "content_phases",
            "development_plan",
            "action");
  }

  @Test
  void only_the_optional_payload_fields_may_be_absent() {
    CommandFormat.Kind intake =
        CommandFormat.of(TrajectoryCommand.class).orElseThrow().kind("hold_intake").orElseThrow();
    assertThat(intake.getFields())
        .extracting(CommandFormat.Field::getName, CommandFormat.Field::isOptional)
        .containsExactly(
            Tuple.tuple("session", false),
            Tuple.tuple("agreement", false),
            Tuple.tuple("plan", false),
            Tuple.tuple("question", true));
  }

  @Test
  void a_view_writer_reports_its_view_also_with_a_reference_day() {
    for (View view : View.values()) {
      assertThat(LoopbaanJson.writer(view).getView()).isEqualTo(view);
      assertThat(
              LoopbaanJson.builder()
                  .build()
                  .viewWriter(view)
                  .ageBandsOn(LocalDate.of(2025, 1, 1))
                  .getView())
          .isEqualTo(view);
    }
  }
}

package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.StopReason;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.format.LoopbaanJsonException;
import io.github.loopbaan.format.LoopbaanJsonException.Problem;
import io.github.loopbaan.format.conformance.Examples;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Lifecycle histories on the wire: the shapes of events and commands, and what reading checks. */
class LifecycleJsonTest {

  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final LoopbaanJson LENIENT = LoopbaanJson.builder().lenient().build();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  @Test
  void an_event_is_sequence_from_to_and_command_with_its_kind_code() {
    Trajectory t = Examples.trajectory();
    JsonNode first = JSON.jsonMapper().readTree(JSON.write(t)).get("history").get(0);
    assertThat(first.propertyNames()).containsExactly("sequence", "from", "to", "command");
    assertThat(first.get("sequence").intValue()).isEqualTo(1);
    assertThat(first.get("from").stringValue()).isEqualTo("opened");
    assertThat(first.get("command").get("kind").stringValue())
        .isEqualTo("hold_introductory_conversation");
    assertThat(first.get("command").get("date").stringValue()).isEqualTo("2025-01-13");
    assertThat(first.get("command").get("session").get("kind").stringValue())
        .isEqualTo("introductory");
    assertThat(first.has("lifecycle")).isFalse();
  }

  @Test
  void a_history_reads_back_to_equal_events_whose_replay_gives_the_same_trajectory() {
    Trajectory t = Examples.trajectory();
    Trajectory back = JSON.readDocument(JSON.writeDocument(t), Trajectory.class);
    assertThat(back).isEqualTo(t);
    assertThat(back.getHistory().asList()).containsExactlyElementsOf(t.getHistory().asList());
    assertThat(back.getHistory().last().getLifecycle())
        .isEqualTo(TrajectoryLifecycle.MACHINE.getName());
    Trajectory opened =
        Trajectory.open(
            t.getId(),
            t.getClient(),
            t.getCoach(),
            t.getCommissioner(),
            t.getFunding(),
            t.getOpenedOn());
    Trajectory replayed =
        TrajectoryLifecycle.MACHINE.replay(
            opened,
            back.getHistory().asList().stream()
                .map(Event::getCommand)
                .collect(Collectors.toList()));
    assertThat(replayed.getHistory()).isEqualTo(t.getHistory());
    assertThat(replayed.getStage()).isEqualTo(TrajectoryStage.CLOSED);
  }

  @Test
  void the_stage_is_written_for_readers_and_ignored_on_reading() {
    Trajectory t = Examples.trajectory();
    ObjectNode tree = (ObjectNode) JSON.jsonMapper().readTree(JSON.write(t));
    assertThat(tree.get("stage").stringValue()).isEqualTo("closed");
    tree.put("stage", "intake");
    assertThat(JSON.read(tree.toString(), Trajectory.class).getStage())
        .isEqualTo(TrajectoryStage.CLOSED);
    tree.remove("stage");
    assertThat(JSON.read(tree.toString(), Trajectory.class)).isEqualTo(t);
  }

  @Test
  void every_kind_of_command_reads_back_equal() {
    Trajectory t = Examples.trajectory();
    for (Event<TrajectoryStage, TrajectoryCommand> event : t.getHistory()) {
      TrajectoryCommand command = event.getCommand();
      assertThat(JSON.read(JSON.write(command), TrajectoryCommand.class)).isEqualTo(command);
    }
    for (TrajectoryCommand command :
        List.of(
            TrajectoryCommand.stopEarly(DAY, StopReason.values()[0]),
            TrajectoryCommand.pause(DAY, PauseReason.values()[0], Optional.empty()))) {
      assertThat(JSON.read(JSON.write(command), TrajectoryCommand.class)).isEqualTo(command);
    }
    for (SessionCommand command :
        List.of(
            SessionCommand.hold(DAY),
            SessionCommand.hold(DAY, Duration.ofMinutes(75)),
            SessionCommand.cancelByClient(DAY),
            SessionCommand.cancelByCoach(DAY),
            SessionCommand.recordNoShow(DAY))) {
      assertThat(JSON.read(JSON.write(command), SessionCommand.class)).isEqualTo(command);
    }
    for (AssignmentCommand command :
        List.of(
            AssignmentCommand.complete(DAY),
            AssignmentCommand.complete(DAY, "Mijn antwoord"),
            AssignmentCommand.discuss(DAY),
            AssignmentCommand.adjust(
                DAY, Optional.of("Opnieuw, korter"), Optional.of(DAY.plusDays(7))))) {
      assertThat(JSON.read(JSON.write(command), AssignmentCommand.class)).isEqualTo(command);
    }
  }

  @Test
  void a_command_whose_date_is_its_payloads_may_leave_it_out_but_may_not_contradict_it() {
    String held = JSON.write(TrajectoryCommand.close(DAY));
    assertThat(held).isEqualTo("{\"kind\":\"close\",\"date\":\"2025-03-01\"}");
    TrajectoryCommand intro = Examples.trajectory().getHistory().asList().get(0).getCommand();
    ObjectNode tree = (ObjectNode) JSON.jsonMapper().readTree(JSON.write(intro));
    tree.remove("date");
    assertThat(JSON.read(tree.toString(), TrajectoryCommand.class)).isEqualTo(intro);
    tree.put("date", "2030-01-01");
    assertFails(tree.toString(), Problem.INVALID_VALUE, "$.date");
  }

  @Test
  void a_command_that_needs_its_date_fails_without_it() {
    assertFails("{\"kind\":\"close\"}", Problem.MISSING_VALUE, "$.date");
  }

  @Test
  void a_class_name_or_unknown_code_as_kind_is_an_unknown_code_with_its_path() {
    String document = JSON.writeDocument(Examples.trajectory());
    String hostile =
        document.replace(
            "\"kind\":\"hold_intake\"",
            "\"kind\":\"io.github.loopbaan.core.trajectory.TrajectoryCommand$HoldIntake\"");
    assertThatThrownBy(() -> JSON.readDocument(hostile))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getPath()).isEqualTo("$.content.history[1].command.kind");
              assertThat(e.getReason()).contains("hold_intake").doesNotContain("HoldIntake");
            });
    String unknown = document.replace("\"kind\":\"resume\"", "\"kind\":\"teleport\"");
    assertThatThrownBy(() -> JSON.readDocument(unknown))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getPath()).isEqualTo("$.content.history[4].command.kind"));
    assertFails(
        "{\"kind\":\"java.lang.Runtime\",\"date\":\"2025-03-01\"}", Problem.UNKNOWN_CODE, "$.kind");
    assertFails("{\"kind\":[\"close\"],\"date\":\"2025-03-01\"}", Problem.WRONG_TYPE, "$.kind");
    assertFails("{\"date\":\"2025-03-01\"}", Problem.MISSING_VALUE, "$.kind");
  }

  @Test
  void a_command_of_another_lifecycle_is_an_unknown_code() {
    assertFails("{\"kind\":\"hold\",\"date\":\"2025-03-01\"}", Problem.UNKNOWN_CODE, "$.kind");
  }

  @Test
  void payload_failures_are_reported_at_their_place_inside_the_command() {
    String document = JSON.writeDocument(Examples.trajectory());
    String badPhase =
        document.replace("\"phase\":\"in_depth_self_exploration\"", "\"phase\":\"flying\"");
    assertThatThrownBy(() -> JSON.readDocument(badPhase))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getPath())
                  .startsWith("$.content.history[1].command.plan.selectedPhases[0].phase");
            });
    String wrongSession = document.replaceFirst("\"kind\":\"introductory\"", "\"kind\":\"intake\"");
    assertThatThrownBy(() -> JSON.readDocument(wrongSession))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.INVALID_VALUE);
              assertThat(e.getPath()).isEqualTo("$.content.history[0].command.session.kind");
            });
  }

  @Test
  void unknown_properties_of_events_and_commands_fail_strict_and_are_ignored_lenient() {
    String document = JSON.writeDocument(Examples.trajectory());
    String extraEvent =
        document.replace("{\"sequence\":5,", "{\"sequence\":5,\"lifecycle\":\"trajectory\",");
    assertThatThrownBy(() -> JSON.readDocument(extraEvent))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
              assertThat(e.getPath()).isEqualTo("$.content.history[4][unknown property #2]");
            });
    assertThat(LENIENT.readDocument(extraEvent, Trajectory.class)).isEqualTo(Examples.trajectory());
    String extraCommand =
        document.replace("\"kind\":\"resume\",", "\"kind\":\"resume\",\"@class\":\"x\",");
    assertThatThrownBy(() -> JSON.readDocument(extraCommand))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e ->
                assertThat(e.getPath())
                    .isEqualTo("$.content.history[4].command[unknown property #2]"));
    assertThat(LENIENT.readDocument(extraCommand, Trajectory.class))
        .isEqualTo(Examples.trajectory());
  }

  @Test
  void a_document_whose_history_no_command_sequence_could_produce_is_refused_with_the_rule() {
    // Issue 14: a history read from JSON is checked like one built by hand
    // (StateMachine.checkHistory).
    String document = JSON.writeDocument(Examples.trajectory());
    String skipped =
        document.replace(
            "\"from\":\"in_depth\",\"to\":\"paused\"", "\"from\":\"intake\",\"to\":\"paused\"");
    String reopened =
        document.replace(
            "\"from\":\"aftercare\",\"to\":\"closed\"", "\"from\":\"aftercare\",\"to\":\"paused\"");
    assertThat(skipped).isNotEqualTo(document);
    assertThat(reopened).isNotEqualTo(document);
    for (String broken : List.of(skipped, reopened)) {
      assertThatThrownBy(() -> JSON.readDocument(broken))
          .isInstanceOfSatisfying(
              LoopbaanJsonException.class,
              e -> {
                assertThat(e.getProblem()).isEqualTo(Problem.INVALID_VALUE);
                assertThat(e.getMessage())
                    .containsPattern("history_(walk|transition)")
                    .doesNotContain("Levenslijn");
              });
    }
  }

  @Test
  void events_must_be_numbered_in_order_and_complete() {
    String document =
        JSON.writeDocument(
            Trajectory.builder().from(Examples.trajectory()).assignments(List.of()).build());
    String renumbered = document.replace("{\"sequence\":2,", "{\"sequence\":7,");
    assertThatThrownBy(() -> JSON.readDocument(renumbered))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.INVALID_VALUE);
              assertThat(e.getPath()).isEqualTo("$.content.history[1].sequence");
            });
    String zero = document.replace("{\"sequence\":1,", "{\"sequence\":0,");
    assertThatThrownBy(() -> JSON.readDocument(zero))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getPath()).isEqualTo("$.content.history[0].sequence"));
    String noState = document.replace("{\"sequence\":3,\"from\":\"intake\",", "{\"sequence\":3,");
    assertThatThrownBy(() -> JSON.readDocument(noState))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.MISSING_VALUE);
              assertThat(e.getPath()).isEqualTo("$.content.history[2].from");
            });
    String badState = document.replace("\"to\":\"paused\"", "\"to\":\"frozen\"");
    assertThatThrownBy(() -> JSON.readDocument(badState))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
              assertThat(e.getPath()).isEqualTo("$.content.history[3].to");
            });
    String nullEvent = document.replace("{\"sequence\":1,", "null,{\"sequence\":1,");
    assertThatThrownBy(() -> JSON.readDocument(nullEvent))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getPath()).isEqualTo("$.content.history[0]"));
  }

  @Test
  void a_history_holds_at_most_the_collection_limit() {
    LoopbaanJson small = LoopbaanJson.builder().maxCollectionSize(5).build();
    Trajectory t =
        Trajectory.builder()
            .from(Examples.trajectory())
            .assignments(List.of())
            .notes(List.of())
            .build();
    String document =
        JSON.writeDocument(
            Trajectory.builder().from(t).sessions(t.getSessions().subList(0, 5)).build());
    assertThatThrownBy(() -> small.readDocument(document))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED));
  }

  @Test
  void deep_nesting_and_truncation_inside_a_command_fail_with_a_path() {
    String deep =
        "{\"kind\":\"close\",\"date\":\"2025-03-01\",\"x\":"
            + "[".repeat(200)
            + "]".repeat(200)
            + "}";
    // Strict reading refuses the unknown name before its value; lenient reading skips the value
    // and meets the depth limit inside it.
    assertThatThrownBy(() -> JSON.read(deep, TrajectoryCommand.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
              assertThat(e.getPath()).isEqualTo("$[unknown property #3]");
            });
    assertThatThrownBy(
            () -> LoopbaanJson.builder().lenient().build().read(deep, TrajectoryCommand.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
              assertThat(e.getPath()).startsWith("$[unknown property #3]");
            });
    String document = JSON.writeDocument(Examples.trajectory());
    String truncated = document.substring(0, document.indexOf("\"kind\":\"pause\"") + 12);
    assertThatThrownBy(() -> JSON.readDocument(truncated))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.TRUNCATED);
              assertThat(e.getPath()).startsWith("$.content.history[3].command");
            });
  }

  private static void assertFails(String json, Problem problem, String path) {
    assertThatThrownBy(() -> JSON.read(json, TrajectoryCommand.class))
        .isInstanceOfSatisfying(
            LoopbaanJsonException.class,
            e -> {
              assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(problem);
              assertThat(e.getPath()).isEqualTo(path);
            });
  }
}

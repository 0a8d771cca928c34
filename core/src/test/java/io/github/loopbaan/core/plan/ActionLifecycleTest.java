package io.github.loopbaan.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The action lifecycle: start, complete, drop with a reason, explicit reopen; invariants. */
class ActionLifecycleTest {

  static final LocalDate DAY = LocalDate.of(2025, 7, 1);

  static Action planned() {
    return Action.of(
        ActionId.of("a-1"), ActionSubject.CV_CHECK, "Cv laten nakijken door een recruiter");
  }

  static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  @Test
  void a_planned_action_can_be_started_completed_or_dropped() {
    assertThat(planned().possibleCommands(DAY))
        .containsExactlyInAnyOrder(
            ActionCommandKind.START, ActionCommandKind.COMPLETE, ActionCommandKind.DROP);
    Action started = planned().apply(ActionCommand.start(DAY)).orElseThrow();
    assertThat(started.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(codes(started.apply(ActionCommand.start(DAY))))
        .containsExactly(StateMachine.NOT_IN_STATE);
  }

  @Test
  void completing_records_the_completion_date() {
    Action done =
        planned()
            .apply(ActionCommand.start(DAY))
            .orElseThrow()
            .apply(ActionCommand.complete(DAY.plusDays(5)))
            .orElseThrow();
    assertThat(done.getStatus()).isEqualTo(ActionStatus.DONE);
    assertThat(done.getCompletedOn()).contains(DAY.plusDays(5));
    assertThat(done.possibleCommands(DAY.plusDays(6))).containsExactly(ActionCommandKind.REOPEN);
  }

  @Test
  void dropping_needs_a_reason_and_records_it() {
    assertThatThrownBy(() -> ActionCommand.drop(DAY, "\t"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("not_blank"));
    Action dropped =
        planned().apply(ActionCommand.drop(DAY, "Geen tijd naast de nieuwe job")).orElseThrow();
    assertThat(dropped.getStatus()).isEqualTo(ActionStatus.DROPPED);
    assertThat(dropped.getDropReason()).contains("Geen tijd naast de nieuwe job");
    assertThat(dropped.toString()).doesNotContain("Geen tijd");
    assertThat(ActionCommand.drop(DAY, "Geheim").toString()).isEqualTo("drop@2025-07-01");
  }

  @Test
  void reopening_is_explicit_and_clears_the_date_or_reason() {
    Action done = planned().apply(ActionCommand.complete(DAY)).orElseThrow();
    Action again = done.apply(ActionCommand.reopen(DAY.plusDays(2))).orElseThrow();
    assertThat(again.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(again.getCompletedOn()).isEmpty();
    Action dropped = planned().apply(ActionCommand.drop(DAY, "Niet meer nodig")).orElseThrow();
    Action replanned = dropped.apply(ActionCommand.reopen(DAY)).orElseThrow();
    assertThat(replanned.getStatus()).isEqualTo(ActionStatus.PLANNED);
    assertThat(replanned.getDropReason()).isEmpty();
    assertThat(codes(dropped.apply(ActionCommand.complete(DAY))))
        .containsExactly(StateMachine.NOT_IN_STATE);
  }

  @Test
  void no_command_may_be_dated_before_the_completion_date() {
    Action restored = planned().withStatus(ActionStatus.DONE).withCompletedOn(DAY);
    assertThat(codes(restored.apply(ActionCommand.reopen(DAY.minusDays(1)))))
        .containsExactly(StateMachine.BEFORE_START);
    Action started = planned().apply(ActionCommand.start(DAY)).orElseThrow();
    assertThat(codes(started.apply(ActionCommand.complete(DAY.minusDays(1)))))
        .containsExactly(StateMachine.BEFORE_LAST_EVENT);
  }

  @Test
  void the_table_has_no_final_state_and_every_state_reaches_every_other() {
    assertThat(ActionLifecycle.MACHINE.getFinals()).isEmpty();
    assertThat(ActionLifecycle.MACHINE.unreachableStates()).isEmpty();
    for (ActionStatus status : ActionStatus.values()) {
      assertThat(reachable(status)).containsExactlyInAnyOrder(ActionStatus.values());
    }
  }

  @Test
  void the_diagram_shows_both_reopen_rows() {
    assertThat(ActionLifecycle.MACHINE.toMermaid(Locale.ENGLISH))
        .contains("done --> in_progress : reopen")
        .contains("dropped --> planned : reopen")
        .contains("planned --> done : complete")
        .contains("in_progress --> dropped : drop");
  }

  @Test
  void replaying_the_history_reproduces_the_action() {
    Action a =
        planned()
            .apply(ActionCommand.start(DAY))
            .orElseThrow()
            .apply(ActionCommand.drop(DAY.plusDays(1), "Andere prioriteit"))
            .orElseThrow()
            .apply(ActionCommand.reopen(DAY.plusDays(9)))
            .orElseThrow();
    List<ActionCommand> commands =
        a.getHistory().asList().stream().map(Event::getCommand).collect(Collectors.toList());
    assertThat(ActionLifecycle.MACHINE.replay(planned(), commands)).isEqualTo(a);
  }

  @Test
  void the_status_matches_the_history_and_the_history_is_numbered() {
    Action started = planned().apply(ActionCommand.start(DAY)).orElseThrow();
    assertThatThrownBy(() -> started.withStatus(ActionStatus.PLANNED))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("status_matches_history"));
    Event<ActionStatus, ActionCommand> second =
        new Event<>(
            2, "action", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionCommand.start(DAY));
    assertThatThrownBy(() -> started.withHistory(History.of(List.of(second))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("history_sequence"));
    assertThat(planned().withStatus(ActionStatus.IN_PROGRESS).getHistory().isEmpty()).isTrue();
  }

  private static Set<ActionStatus> reachable(ActionStatus from) {
    Set<ActionStatus> seen = EnumSet.of(from);
    ArrayDeque<ActionStatus> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      ActionStatus s = todo.pop();
      ActionLifecycle.MACHINE.getTransitions().stream()
          .filter(t -> t.getFrom().contains(s))
          .flatMap(t -> t.getTargets().stream())
          .filter(seen::add)
          .forEach(todo::push);
    }
    return seen;
  }
}

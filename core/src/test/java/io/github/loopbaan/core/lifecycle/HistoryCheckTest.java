package io.github.loopbaan.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.StateMachineTest.Case;
import io.github.loopbaan.core.lifecycle.StateMachineTest.Cmd;
import io.github.loopbaan.core.lifecycle.StateMachineTest.Kind;
import io.github.loopbaan.core.lifecycle.StateMachineTest.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link StateMachine#checkHistory}: the history rules of every lifecycle, on a small table
 * anchored at its initial state, with a return row and a correction out of its final state.
 */
class HistoryCheckTest {

  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  /** The test case of {@link StateMachineTest}, with an opening day. */
  static final class Dated {
    final Case value;
    final LocalDate start;

    Dated(Case value, LocalDate start) {
      this.value = value;
      this.start = start;
    }
  }

  static final StateMachine<Dated, State, Kind, Cmd> ANCHORED =
      StateMachine.<Dated, State, Kind, Cmd>builder("case", State.class, Kind.class)
          .initial(State.OPEN)
          .finals(State.CLOSED)
          .binding(
              d -> d.value.state,
              d -> d.value.history,
              (d, s, e) ->
                  new Dated(
                      new Case(s, d.value.work, d.value.signed, d.value.history.append(e)),
                      d.start))
          .anchoredAt(d -> d.start)
          .on(Kind.START)
          .from(State.OPEN)
          .to(State.WORKING)
          .noEffect()
          .on(Kind.WORK)
          .from(State.WORKING)
          .to(State.WORKING)
          .noEffect()
          .on(Kind.PAUSE)
          .from(State.OPEN, State.WORKING)
          .to(State.PAUSED)
          .noEffect()
          .on(Kind.RESUME)
          .from(State.PAUSED)
          .toPrevious(EnumSet.of(State.OPEN, State.WORKING))
          .noEffect()
          .on(Kind.CLOSE)
          .from(State.WORKING, State.OPEN, State.PAUSED)
          .to(State.CLOSED)
          .noEffect()
          .correction(Kind.WORK, State.CLOSED)
          .build();

  static Event<State, Cmd> event(long sequence, State from, State to, Kind kind, LocalDate on) {
    return new Event<>(sequence, "case", from, to, new Cmd(kind, on));
  }

  static Dated dated(State state, List<Event<State, Cmd>> events) {
    return new Dated(new Case(state, 0, true, History.of(events)), DAY);
  }

  static void assertBroken(Supplier<Dated> value, String attribute, String rule) {
    assertThatThrownBy(() -> ANCHORED.checkHistory(value.get(), "Case"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo(rule);
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getType()).isEqualTo("Case");
            });
  }

  @Test
  void a_walk_produced_by_commands_passes_and_so_does_the_same_walk_built_by_hand() {
    Dated d = new Dated(new Case(State.OPEN, 0, true, History.empty()), DAY);
    for (Cmd c :
        List.of(
            new Cmd(Kind.START, DAY),
            new Cmd(Kind.PAUSE, DAY.plusDays(1)),
            new Cmd(Kind.RESUME, DAY.plusDays(2)),
            new Cmd(Kind.CLOSE, DAY.plusDays(3)),
            new Cmd(Kind.WORK, DAY.plusDays(9)))) {
      d = ANCHORED.apply(d, c).orElseThrow();
      ANCHORED.checkHistory(d, "Case");
    }
    assertThat(d.value.state).isEqualTo(State.CLOSED);
    Dated copy = dated(State.CLOSED, d.value.history.asList());
    ANCHORED.checkHistory(copy, "Case");
  }

  @Test
  void each_history_rule_names_the_first_offending_event() {
    Event<State, Cmd> start = event(1, State.OPEN, State.WORKING, Kind.START, DAY);
    assertBroken(
        () -> dated(State.WORKING, List.of(event(2, State.OPEN, State.WORKING, Kind.START, DAY))),
        "history[0]",
        StateMachine.HISTORY_SEQUENCE);
    assertBroken(
        () ->
            dated(
                State.WORKING,
                List.of(
                    new Event<>(1, "other", State.OPEN, State.WORKING, new Cmd(Kind.START, DAY)))),
        "history[0]",
        StateMachine.HISTORY_LIFECYCLE);
    assertBroken(
        () ->
            dated(
                State.PAUSED, List.of(start, event(2, State.OPEN, State.PAUSED, Kind.PAUSE, DAY))),
        "history[1]",
        StateMachine.HISTORY_WALK);
    assertBroken(
        () -> dated(State.PAUSED, List.of(event(1, State.WORKING, State.PAUSED, Kind.PAUSE, DAY))),
        "history[0]",
        StateMachine.HISTORY_WALK);
    assertBroken(
        () ->
            dated(
                State.CLOSED,
                List.of(start, event(2, State.WORKING, State.CLOSED, Kind.RESUME, DAY))),
        "history[1]",
        StateMachine.HISTORY_TRANSITION);
    assertBroken(
        () ->
            dated(
                State.PAUSED,
                List.of(
                    start, event(2, State.WORKING, State.PAUSED, Kind.PAUSE, DAY.minusDays(1)))),
        "history[1]",
        StateMachine.HISTORY_ORDER);
    assertBroken(
        () ->
            new Dated(
                new Case(State.WORKING, 0, true, History.of(List.of(start))), DAY.plusDays(1)),
        "history[0]",
        StateMachine.HISTORY_START);
    assertBroken(
        () -> dated(State.PAUSED, List.of(start)),
        "status,history",
        StateMachine.STATUS_MATCHES_HISTORY);
    assertBroken(
        () -> dated(State.WORKING, List.of()), "history", StateMachine.STATUS_MATCHES_HISTORY);
  }

  @Test
  void
      nothing_leaves_a_final_state_but_its_correction_and_a_return_goes_back_where_the_pause_began() {
    Event<State, Cmd> start = event(1, State.OPEN, State.WORKING, Kind.START, DAY);
    Event<State, Cmd> close = event(2, State.WORKING, State.CLOSED, Kind.CLOSE, DAY);
    assertBroken(
        () ->
            dated(
                State.PAUSED,
                List.of(start, close, event(3, State.CLOSED, State.PAUSED, Kind.PAUSE, DAY))),
        "history[2]",
        StateMachine.HISTORY_TRANSITION);
    ANCHORED.checkHistory(
        dated(
            State.CLOSED,
            List.of(start, close, event(3, State.CLOSED, State.CLOSED, Kind.WORK, DAY))),
        "Case");
    Event<State, Cmd> pause = event(2, State.WORKING, State.PAUSED, Kind.PAUSE, DAY);
    assertBroken(
        () ->
            dated(
                State.OPEN,
                List.of(start, pause, event(3, State.PAUSED, State.OPEN, Kind.RESUME, DAY))),
        "history[2]",
        StateMachine.HISTORY_TRANSITION);
    ANCHORED.checkHistory(
        dated(
            State.WORKING,
            List.of(start, pause, event(3, State.PAUSED, State.WORKING, Kind.RESUME, DAY))),
        "Case");
  }

  @Test
  void a_final_state_decides_only_its_corrections_and_they_change_nothing_but_the_history() {
    Dated closed =
        ANCHORED
            .apply(
                new Dated(new Case(State.OPEN, 0, true, History.empty()), DAY),
                new Cmd(Kind.CLOSE, DAY))
            .orElseThrow();
    assertThat(ANCHORED.possible(closed, DAY)).containsExactly(Kind.WORK);
    assertThat(ANCHORED.decide(closed, Kind.PAUSE, DAY).getReasons())
        .extracting(Reason::getCode)
        .containsExactly(StateMachine.FINAL_STATE);
    Dated corrected = ANCHORED.apply(closed, new Cmd(Kind.WORK, DAY)).orElseThrow();
    assertThat(corrected.value.state).isEqualTo(State.CLOSED);
    assertThat(corrected.value.history.size()).isEqualTo(2);
    assertThat(ANCHORED.getTransitions())
        .filteredOn(StateMachine.Transition::isCorrection)
        .hasSize(1);
    assertThat(ANCHORED.toMermaid(Locale.ENGLISH)).contains("closed --> closed : work");
  }

  @Test
  void a_table_needs_anchoring_for_a_return_row_and_nothing_leaves_a_final_state() {
    StateMachine.Builder<Dated, State, Kind, Cmd> unanchored =
        StateMachine.<Dated, State, Kind, Cmd>builder("case", State.class, Kind.class)
            .initial(State.OPEN)
            .binding(d -> d.value.state, d -> d.value.history, (d, s, e) -> d);
    assertThatThrownBy(
            () -> unanchored.on(Kind.RESUME).from(State.PAUSED).toPrevious(EnumSet.of(State.OPEN)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("anchoredAt");
    assertThatThrownBy(
            () ->
                StateMachine.<Dated, State, Kind, Cmd>builder("case", State.class, Kind.class)
                    .initial(State.OPEN)
                    .finals(State.CLOSED)
                    .binding(d -> d.value.state, d -> d.value.history, (d, s, e) -> d)
                    .on(Kind.WORK)
                    .from(State.CLOSED)
                    .to(State.OPEN)
                    .noEffect()
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("final state closed");
    StateMachine<Dated, State, Kind, Cmd> stays =
        StateMachine.<Dated, State, Kind, Cmd>builder("case", State.class, Kind.class)
            .initial(State.OPEN)
            .finals(State.CLOSED)
            .binding(d -> d.value.state, d -> d.value.history, (d, s, e) -> d)
            .on(Kind.WORK)
            .from(State.CLOSED)
            .to(State.CLOSED)
            .noEffect()
            .build();
    assertThat(stays.getFinals()).containsExactly(State.CLOSED);
    assertThat(stays.getTransitions()).hasSize(1);
  }

  @Test
  void an_unanchored_lifecycle_accepts_a_value_restored_in_any_state_and_a_walk_from_there() {
    StateMachine<Case, State, Kind, Cmd> machine = StateMachineTest.MACHINE;
    machine.checkHistory(new Case(State.WORKING, 0, true, History.empty()), "Case");
    machine.checkHistory(
        new Case(
            State.PAUSED,
            0,
            true,
            History.of(
                List.of(
                    new Event<>(
                        1, "case", State.WORKING, State.PAUSED, new Cmd(Kind.PAUSE, DAY))))),
        "Case");
  }

  @Test
  void a_long_history_is_checked_once_and_each_append_checks_one_event() {
    List<Event<State, Cmd>> events = new ArrayList<>();
    events.add(event(1, State.OPEN, State.WORKING, Kind.START, DAY));
    for (int i = 2; i <= 5_000; i++) {
      events.add(event(i, State.WORKING, State.WORKING, Kind.WORK, DAY));
    }
    History<Event<State, Cmd>> history = History.of(events);
    Dated value = dated(State.WORKING, history.asList());
    ANCHORED.checkHistory(value, "Case");
    // The check left its memo on every node: appending a broken event is found by looking at that
    // event only.
    History<Event<State, Cmd>> checked = value.value.history;
    assertThat(checked.walkedBy).isSameAs(ANCHORED);
    assertThat(checked.previous().walkedBy).isSameAs(ANCHORED);
    History<Event<State, Cmd>> longer =
        checked.append(event(5_001, State.WORKING, State.PAUSED, Kind.PAUSE, DAY));
    assertThat(longer.walkedBy).isNull();
    assertBroken(
        () ->
            new Dated(
                new Case(
                    State.PAUSED,
                    0,
                    true,
                    longer.append(event(5_002, State.PAUSED, State.CLOSED, Kind.RESUME, DAY))),
                DAY),
        "history[5001]",
        StateMachine.HISTORY_TRANSITION);
    ANCHORED.checkHistory(new Dated(new Case(State.PAUSED, 0, true, longer), DAY), "Case");
    assertThat(longer.walkedBy).isSameAs(ANCHORED);
    assertThat(longer.first()).isEqualTo(events.get(0));
  }
}

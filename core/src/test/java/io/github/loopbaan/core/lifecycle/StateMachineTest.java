package io.github.loopbaan.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.InvalidValueException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine on a small test table: a case that is opened, worked on, paused, resumed and closed.
 */
class StateMachineTest {

  enum State implements Coded {
    OPEN,
    WORKING,
    PAUSED,
    CLOSED;

    @Override
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String label(Locale locale) {
      return "State " + code();
    }
  }

  enum Kind implements Coded {
    START,
    WORK,
    PAUSE,
    RESUME,
    CLOSE;

    @Override
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String label(Locale locale) {
      return code();
    }
  }

  static final class Cmd implements Command<Kind> {
    final Kind kind;
    final LocalDate date;

    Cmd(Kind kind, LocalDate date) {
      this.kind = kind;
      this.date = date;
    }

    @Override
    public Kind getKind() {
      return kind;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cmd && ((Cmd) o).kind == kind && ((Cmd) o).date.equals(date);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, date);
    }
  }

  /**
   * A tiny immutable value: state, a work counter, whether a signature is present, and the history.
   */
  static final class Case {
    final State state;
    final int work;
    final boolean signed;
    final History<Event<State, Cmd>> history;

    Case(State state, int work, boolean signed, History<Event<State, Cmd>> history) {
      this.state = state;
      this.work = work;
      this.signed = signed;
      this.history = history;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Case
          && ((Case) o).state == state
          && ((Case) o).work == work
          && ((Case) o).signed == signed
          && ((Case) o).history.equals(history);
    }

    @Override
    public int hashCode() {
      return Objects.hash(state, work, signed, history);
    }
  }

  static final Guard<Case> SIGNED =
      Guard.require("signed", (c, on) -> c.signed, (c, on) -> Reason.of("not_signed"));
  static final Guard<Case> ENOUGH_WORK =
      Guard.require(
          "enough_work",
          (c, on) -> c.work >= 2,
          (c, on) -> Reason.of("too_little_work").with("work", c.work).with("required", 2));

  /** A table of cases, from open to the final state closed, bound to {@link Case}. */
  static StateMachine.Builder<Case, State, Kind, Cmd> cases(String name) {
    return StateMachine.<Case, State, Kind, Cmd>builder(name, State.class, Kind.class)
        .initial(State.OPEN)
        .finals(State.CLOSED)
        .binding(
            c -> c.state,
            c -> c.history,
            (c, s, e) -> new Case(s, c.work, c.signed, c.history.append(e)));
  }

  static final StateMachine<Case, State, Kind, Cmd> MACHINE =
      cases("case")
          .on(Kind.START)
          .from(State.OPEN)
          .to(State.WORKING)
          .guard(SIGNED)
          .noEffect()
          .on(Kind.WORK)
          .from(State.WORKING)
          .to(State.WORKING)
          .effect((c, cmd) -> new Case(c.state, c.work + 1, c.signed, c.history))
          .on(Kind.PAUSE)
          .from(State.OPEN, State.WORKING)
          .to(State.PAUSED)
          .noEffect()
          .on(Kind.RESUME)
          .from(State.PAUSED)
          .toOneOf(EnumSet.of(State.OPEN, State.WORKING), c -> c.history.last().getFrom())
          .noEffect()
          .on(Kind.CLOSE)
          .from(State.WORKING)
          .to(State.CLOSED)
          .guard(ENOUGH_WORK)
          .guard(SIGNED)
          .noEffect()
          .on(Kind.CLOSE)
          .from(State.OPEN, State.PAUSED)
          .to(State.CLOSED)
          .noEffect()
          .build();

  static final LocalDate D1 = LocalDate.of(2025, 1, 10);

  static Case fresh(boolean signed) {
    return new Case(State.OPEN, 0, signed, History.empty());
  }

  @Test
  void an_allowed_command_returns_the_new_value_and_the_event() {
    Case start = fresh(true);
    Outcome<Case> outcome = MACHINE.apply(start, new Cmd(Kind.START, D1));
    assertThat(outcome.isApplied()).isTrue();
    Case next = outcome.orElseThrow();
    assertThat(next.state).isEqualTo(State.WORKING);
    Event<?, ?> event = outcome.getEvent().orElseThrow();
    assertThat(event.getSequence()).isEqualTo(1);
    assertThat(event.getFrom()).isEqualTo(State.OPEN);
    assertThat(event.getTo()).isEqualTo(State.WORKING);
    assertThat(next.history.asList()).containsExactly(MACHINE.historyOf(next).last());
    assertThat(start.state).as("the original value is untouched").isEqualTo(State.OPEN);
  }

  @Test
  void a_guard_rejects_with_its_reason_and_the_value_is_unchanged() {
    Outcome<Case> outcome = MACHINE.apply(fresh(false), new Cmd(Kind.START, D1));
    assertThat(outcome.isApplied()).isFalse();
    assertThat(outcome.getValue()).isEmpty();
    assertThat(outcome.getReasons()).extracting(Reason::getCode).containsExactly("not_signed");
    assertThatThrownBy(outcome::orElseThrow)
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("not_signed");
  }

  @Test
  void all_reasons_are_reported_at_once() {
    Case working = new Case(State.WORKING, 1, false, History.empty());
    Verdict<State, Kind> verdict = MACHINE.decide(working, Kind.CLOSE, D1);
    assertThat(verdict.isAllowed()).isFalse();
    assertThat(verdict.getReasons())
        .extracting(Reason::getCode)
        .containsExactly("too_little_work", "not_signed");
    assertThat(verdict.getReasons().get(0).getFacts())
        .containsEntry("work", "1")
        .containsEntry("required", "2");
  }

  @Test
  void a_command_that_has_no_row_for_the_state_is_rejected_with_not_in_state() {
    Verdict<State, Kind> verdict = MACHINE.decide(fresh(true), Kind.WORK, D1);
    assertThat(verdict.getReasons())
        .extracting(Reason::getCode)
        .containsExactly(StateMachine.NOT_IN_STATE);
    assertThat(verdict.getReasons().get(0).getFacts())
        .containsEntry("state", "open")
        .containsEntry("command", "work");
  }

  @Test
  void a_final_state_rejects_everything() {
    Case closed = MACHINE.apply(fresh(false), new Cmd(Kind.CLOSE, D1)).orElseThrow();
    for (Verdict<State, Kind> option : MACHINE.options(closed, D1)) {
      assertThat(option.getReasons())
          .extracting(Reason::getCode)
          .containsExactly(StateMachine.FINAL_STATE);
    }
  }

  @Test
  void a_command_dated_before_the_last_event_is_rejected() {
    Case working = MACHINE.apply(fresh(true), new Cmd(Kind.START, D1)).orElseThrow();
    Outcome<Case> outcome = MACHINE.apply(working, new Cmd(Kind.WORK, D1.minusDays(1)));
    assertThat(outcome.getReasons())
        .extracting(Reason::getCode)
        .containsExactly(StateMachine.BEFORE_LAST_EVENT);
    assertThat(MACHINE.apply(working, new Cmd(Kind.WORK, D1)).isApplied())
        .as("same day is fine")
        .isTrue();
  }

  @Test
  void resume_returns_to_the_state_before_the_pause() {
    Case working = MACHINE.apply(fresh(true), new Cmd(Kind.START, D1)).orElseThrow();
    Case paused = MACHINE.apply(working, new Cmd(Kind.PAUSE, D1.plusDays(1))).orElseThrow();
    Case resumed = MACHINE.apply(paused, new Cmd(Kind.RESUME, D1.plusDays(2))).orElseThrow();
    assertThat(resumed.state).isEqualTo(State.WORKING);
    Case pausedFromOpen = MACHINE.apply(fresh(true), new Cmd(Kind.PAUSE, D1)).orElseThrow();
    assertThat(MACHINE.apply(pausedFromOpen, new Cmd(Kind.RESUME, D1)).orElseThrow().state)
        .isEqualTo(State.OPEN);
  }

  @Test
  void options_list_every_kind_with_its_answer() {
    Case working = MACHINE.apply(fresh(true), new Cmd(Kind.START, D1)).orElseThrow();
    assertThat(MACHINE.possible(working, D1)).containsExactlyInAnyOrder(Kind.WORK, Kind.PAUSE);
    List<Verdict<State, Kind>> options = MACHINE.options(working, D1);
    assertThat(options).extracting(Verdict::getKind).containsExactly(Kind.values());
    assertThat(options.get(Kind.CLOSE.ordinal()).getReasons())
        .extracting(Reason::getCode)
        .containsExactly("too_little_work");
  }

  @Test
  void replaying_the_history_reproduces_the_value() {
    Case value = fresh(true);
    for (Cmd cmd :
        List.of(
            new Cmd(Kind.START, D1),
            new Cmd(Kind.WORK, D1),
            new Cmd(Kind.PAUSE, D1.plusDays(3)),
            new Cmd(Kind.RESUME, D1.plusDays(9)),
            new Cmd(Kind.WORK, D1.plusDays(9)),
            new Cmd(Kind.CLOSE, D1.plusDays(10)))) {
      value = MACHINE.apply(value, cmd).orElseThrow();
    }
    List<Cmd> commands =
        value.history.asList().stream().map(Event::getCommand).collect(Collectors.toList());
    assertThat(MACHINE.replay(fresh(true), commands)).isEqualTo(value);
    assertThat(value.state).isEqualTo(State.CLOSED);
  }

  @Test
  void replay_throws_on_a_command_that_is_rejected() {
    assertThatThrownBy(() -> MACHINE.replay(fresh(false), List.of(new Cmd(Kind.START, D1))))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e ->
                assertThat(e.getReasons())
                    .extracting(Reason::getCode)
                    .containsExactly("not_signed"));
  }

  @Test
  void the_table_is_well_formed() {
    assertThat(MACHINE.unreachableStates()).isEmpty();
    assertThat(MACHINE.statesWithoutWayOut()).isEmpty();
  }

  @Test
  void two_rows_for_the_same_state_and_kind_are_refused_at_build_time() {
    assertThatThrownBy(
            () ->
                StateMachine.<Case, State, Kind, Cmd>builder("bad", State.class, Kind.class)
                    .initial(State.OPEN)
                    .finals(State.CLOSED)
                    .binding(c -> c.state, c -> c.history, (c, s, e) -> c)
                    .on(Kind.CLOSE)
                    .from(State.OPEN)
                    .to(State.CLOSED)
                    .noEffect()
                    .on(Kind.CLOSE)
                    .from(State.OPEN)
                    .to(State.WORKING)
                    .noEffect()
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two transitions");
  }

  @Test
  void a_final_state_with_a_row_is_refused_at_build_time() {
    assertThatThrownBy(
            () ->
                StateMachine.<Case, State, Kind, Cmd>builder("bad", State.class, Kind.class)
                    .initial(State.OPEN)
                    .finals(State.CLOSED)
                    .binding(c -> c.state, c -> c.history, (c, s, e) -> c)
                    .on(Kind.START)
                    .from(State.CLOSED)
                    .to(State.OPEN)
                    .noEffect()
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("final state");
  }

  @Test
  void the_mermaid_diagram_shows_states_edges_guards_and_ends() {
    String diagram = MACHINE.toMermaid(Locale.ENGLISH);
    assertThat(diagram)
        .startsWith("stateDiagram-v2\n")
        .contains("    [*] --> open\n")
        .contains("    open --> working : start [signed]\n")
        .contains("    working --> closed : close [enough_work, signed]\n")
        .contains("    paused --> open : resume\n")
        .contains("    paused --> working : resume\n")
        .contains("    closed --> [*]\n")
        .contains("state \"State open\" as open");
  }

  /** A table with a row that keeps whichever state it starts from, a final one included. */
  static final StateMachine<Case, State, Kind, Cmd> NOTING =
      cases("noting")
          .on(Kind.START)
          .from(State.OPEN)
          .to(State.WORKING)
          .noEffect()
          .on(Kind.WORK)
          .from(State.OPEN, State.WORKING, State.CLOSED)
          .staying()
          .effect((c, cmd) -> new Case(c.state, c.work + 1, c.signed, c.history))
          .on(Kind.CLOSE)
          .from(State.WORKING)
          .to(State.CLOSED)
          .noEffect()
          .build();

  @Test
  void a_staying_row_keeps_the_state_it_starts_from_even_a_final_one() {
    Case open = NOTING.apply(fresh(true), new Cmd(Kind.WORK, D1)).orElseThrow();
    assertThat(open.state).isEqualTo(State.OPEN);
    assertThat(open.work).isEqualTo(1);
    Case closed =
        NOTING
            .apply(open, new Cmd(Kind.START, D1))
            .flatMap(c -> NOTING.apply(c, new Cmd(Kind.CLOSE, D1)))
            .flatMap(c -> NOTING.apply(c, new Cmd(Kind.WORK, D1.plusDays(1))))
            .orElseThrow();
    assertThat(closed.state).isEqualTo(State.CLOSED);
    assertThat(closed.work).isEqualTo(2);
    assertThat(closed.history.last().getFrom()).isEqualTo(State.CLOSED);
    assertThat(closed.history.last().getTo()).isEqualTo(State.CLOSED);
    NOTING.checkHistory(closed, "Case");
    StateMachine.Transition<Case, State, Kind, Cmd> work = NOTING.getTransitions().get(1);
    assertThat(work.isStaying()).isTrue();
    assertThat(work.targetsFrom(State.WORKING)).containsExactly(State.WORKING);
    assertThat(NOTING.getTransitions().get(0).targetsFrom(State.OPEN))
        .containsExactly(State.WORKING);
  }

  @Test
  void a_history_in_which_a_staying_row_changes_the_state_is_refused() {
    Case moved =
        new Case(
            State.WORKING,
            1,
            true,
            History.<Event<State, Cmd>>empty()
                .append(
                    new Event<>(1, "noting", State.OPEN, State.WORKING, new Cmd(Kind.WORK, D1))));
    assertThatThrownBy(() -> NOTING.checkHistory(moved, "Case"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo(StateMachine.HISTORY_TRANSITION));
  }

  @Test
  void the_mermaid_diagram_draws_a_staying_row_as_one_loop_per_state() {
    String diagram = NOTING.toMermaid(Locale.ENGLISH);
    assertThat(diagram)
        .contains("    open --> open : work\n")
        .contains("    working --> working : work\n")
        .contains("    closed --> closed : work\n")
        .doesNotContain("open --> closed : work")
        .doesNotContain("open --> working : work");
  }

  @Test
  void reasons_render_in_dutch_and_english_with_their_facts() {
    Reason reason =
        Reason.of(StateMachine.NOT_IN_STATE).with("state", "open").with("command", "work");
    assertThat(reason.message(Locale.ENGLISH)).isEqualTo("work is not possible in state open.");
    assertThat(reason.message(Locale.forLanguageTag("nl")))
        .isEqualTo("work is niet mogelijk in toestand open.");
    assertThat(Reason.of("unknown_code").with("x", 1).message(Locale.ENGLISH))
        .isEqualTo("unknown_code {x=1}");
    assertThat(Reason.texts("en").keySet()).isEqualTo(Reason.texts("nl").keySet());
    assertThatThrownBy(() -> Reason.of("Not Snake")).isInstanceOf(IllegalArgumentException.class);
  }
}

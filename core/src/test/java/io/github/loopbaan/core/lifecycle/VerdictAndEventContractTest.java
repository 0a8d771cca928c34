package io.github.loopbaan.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.lifecycle.StateMachineTest.Cmd;
import io.github.loopbaan.core.lifecycle.StateMachineTest.Kind;
import io.github.loopbaan.core.lifecycle.StateMachineTest.State;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value contracts of {@link Verdict} and {@link Event}: equality, hash codes, the text of
 * {@code toString()}.
 */
class VerdictAndEventContractTest {

  static final LocalDate DAY = LocalDate.of(2025, 3, 4);

  @Test
  void verdicts_are_equal_exactly_when_kind_target_and_reasons_are_equal() {
    Verdict<State, Kind> allowed = new Verdict<>(Kind.START, State.WORKING, List.of());
    assertThat(allowed)
        .isEqualTo(new Verdict<>(Kind.START, State.WORKING, List.of()))
        .hasSameHashCodeAs(new Verdict<>(Kind.START, State.WORKING, List.of()));
    assertThat(allowed).isNotEqualTo(new Verdict<>(Kind.WORK, State.WORKING, List.of()));
    assertThat(allowed).isNotEqualTo(new Verdict<>(Kind.START, State.PAUSED, List.of()));
    assertThat(allowed)
        .isNotEqualTo(new Verdict<>(Kind.START, State.WORKING, List.of(Reason.of("no"))));
    assertThat(allowed).isNotEqualTo("start -> working");
  }

  @Test
  void a_verdict_shows_its_kind_and_target_or_its_reasons() {
    assertThat(new Verdict<>(Kind.START, State.WORKING, List.of())).hasToString("start -> working");
    assertThat(new Verdict<State, Kind>(Kind.START, null, List.of())).hasToString("start -> ?");
    Verdict<State, Kind> rejected =
        new Verdict<>(Kind.CLOSE, State.CLOSED, List.of(Reason.of("not_signed")));
    assertThat(rejected).hasToString("close rejected [not_signed{}]");
    assertThat(rejected.isAllowed()).isFalse();
    assertThat(rejected.getTarget()).isEmpty();
  }

  @Test
  void events_are_equal_exactly_when_every_part_is_equal() {
    Cmd start = new Cmd(Kind.START, DAY);
    Event<State, Cmd> event = new Event<>(1, "case", State.OPEN, State.WORKING, start);
    assertThat(event)
        .isEqualTo(new Event<>(1, "case", State.OPEN, State.WORKING, new Cmd(Kind.START, DAY)))
        .hasSameHashCodeAs(
            new Event<>(1, "case", State.OPEN, State.WORKING, new Cmd(Kind.START, DAY)));
    assertThat(event).isNotEqualTo(new Event<>(2, "case", State.OPEN, State.WORKING, start));
    assertThat(event).isNotEqualTo(new Event<>(1, "other", State.OPEN, State.WORKING, start));
    assertThat(event).isNotEqualTo(new Event<>(1, "case", State.PAUSED, State.WORKING, start));
    assertThat(event).isNotEqualTo(new Event<>(1, "case", State.OPEN, State.CLOSED, start));
    assertThat(event)
        .isNotEqualTo(
            new Event<>(
                1, "case", State.OPEN, State.WORKING, new Cmd(Kind.START, DAY.plusDays(1))));
    assertThat(event).isNotEqualTo("Event");
    assertThat(event.hashCode()).isNotZero();
  }

  @Test
  void an_event_shows_sequence_lifecycle_states_kind_and_day() {
    Event<State, Cmd> event =
        new Event<>(3, "case", State.OPEN, State.WORKING, new Cmd(Kind.START, DAY));
    assertThat(event).hasToString("Event[3 case open -> working by start on 2025-03-04]");
    assertThat(event.getLifecycle()).isEqualTo("case");
    assertThat(event.getDate()).isEqualTo(DAY);
    assertThatThrownBy(
            () -> new Event<>(0, "case", State.OPEN, State.WORKING, new Cmd(Kind.START, DAY)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

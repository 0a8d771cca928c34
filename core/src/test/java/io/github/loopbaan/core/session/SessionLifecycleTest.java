package io.github.loopbaan.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The session lifecycle: every guard allowed and rejected, final states, replay, the history
 * invariants.
 */
class SessionLifecycleTest {

  static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  static Session planned() {
    return Session.builder()
        .id(SessionId.of("s-1"))
        .kind(SessionKind.IN_DEPTH)
        .date(DAY)
        .duration(Duration.ofMinutes(90))
        .build();
  }

  static List<String> codes(Outcome<?> outcome) {
    return outcome.getReasons().stream().map(Reason::getCode).collect(Collectors.toList());
  }

  @Test
  void a_planned_session_can_be_held_cancelled_or_missed() {
    assertThat(planned().possibleCommands(DAY))
        .containsExactlyInAnyOrder(SessionCommandKind.values());
    assertThat(planned().possibleCommands(DAY.minusDays(3)))
        .containsExactlyInAnyOrder(
            SessionCommandKind.CANCEL_BY_CLIENT, SessionCommandKind.CANCEL_BY_COACH);
    assertThat(planned().possibleCommands(DAY.plusDays(1))).isEmpty();
  }

  @Test
  void holding_on_the_session_date_makes_it_count_toward_registered_hours() {
    Session held = planned().apply(SessionCommand.hold(DAY)).orElseThrow();
    assertThat(held.getStatus()).isEqualTo(SessionStatus.HELD);
    assertThat(held.registeredDuration()).isEqualTo(Duration.ofMinutes(90));
    assertThat(held.getHistory().asList())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getFrom()).isEqualTo(SessionStatus.PLANNED);
              assertThat(e.getTo()).isEqualTo(SessionStatus.HELD);
              assertThat(e.getSequence()).isEqualTo(1);
            });
  }

  @Test
  void holding_records_the_actual_duration_when_given() {
    Session held = planned().apply(SessionCommand.hold(DAY, Duration.ofMinutes(75))).orElseThrow();
    assertThat(held.getDuration()).isEqualTo(Duration.ofMinutes(75));
    assertThat(held.registeredDuration()).isEqualTo(Duration.ofMinutes(75));
  }

  @Test
  void an_actual_duration_out_of_range_is_rejected_when_the_command_is_built() {
    assertThatThrownBy(() -> SessionCommand.hold(DAY, Duration.ZERO))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("positive"));
    assertThatThrownBy(() -> SessionCommand.hold(DAY, Duration.ofHours(9)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("in_range"));
  }

  @Test
  void hold_and_no_show_only_on_the_session_date() {
    Outcome<Session> early = planned().apply(SessionCommand.hold(DAY.minusDays(1)));
    assertThat(codes(early)).containsExactly(SessionLifecycle.NOT_ON_SESSION_DATE);
    assertThat(early.getReasons().get(0).getFacts()).containsEntry("session_date", DAY.toString());
    assertThat(codes(planned().apply(SessionCommand.recordNoShow(DAY.plusDays(2)))))
        .containsExactly(SessionLifecycle.NOT_ON_SESSION_DATE);
    Session missed = planned().apply(SessionCommand.recordNoShow(DAY)).orElseThrow();
    assertThat(missed.getStatus()).isEqualTo(SessionStatus.NO_SHOW);
    assertThat(missed.registeredDuration()).isEqualTo(Duration.ZERO);
  }

  @Test
  void a_cancellation_records_the_day_it_was_given_and_never_counts() {
    Session cancelled =
        planned().apply(SessionCommand.cancelByClient(DAY.minusDays(2))).orElseThrow();
    assertThat(cancelled.getStatus()).isEqualTo(SessionStatus.CANCELLED_BY_CLIENT);
    assertThat(cancelled.getCancelledOn()).contains(DAY.minusDays(2));
    assertThat(cancelled.cancellationNotice()).contains(Duration.ofDays(2));
    assertThat(cancelled.registeredDuration()).isEqualTo(Duration.ZERO);
    Session byCoach = planned().apply(SessionCommand.cancelByCoach(DAY)).orElseThrow();
    assertThat(byCoach.getStatus()).isEqualTo(SessionStatus.CANCELLED_BY_COACH);
    assertThat(byCoach.cancellationNotice()).contains(Duration.ZERO);
  }

  @Test
  void a_cancellation_after_the_session_date_is_rejected_it_is_a_no_show() {
    Outcome<Session> late = planned().apply(SessionCommand.cancelByCoach(DAY.plusDays(1)));
    assertThat(codes(late)).containsExactly(SessionLifecycle.CANCELLED_AFTER_SESSION);
    assertThat(late.getReasons().get(0).message(Locale.forLanguageTag("nl"))).contains("no-show");
    assertThat(codes(planned().apply(SessionCommand.cancelByClient(DAY.plusDays(1)))))
        .containsExactly(SessionLifecycle.CANCELLED_AFTER_SESSION);
  }

  @Test
  void held_cancelled_and_missed_sessions_are_final_and_reject_everything() {
    List<Session> finals =
        List.of(
            planned().apply(SessionCommand.hold(DAY)).orElseThrow(),
            planned().apply(SessionCommand.cancelByClient(DAY)).orElseThrow(),
            planned().apply(SessionCommand.cancelByCoach(DAY)).orElseThrow(),
            planned().apply(SessionCommand.recordNoShow(DAY)).orElseThrow(),
            planned().withStatus(SessionStatus.HELD));
    for (Session s : finals) {
      assertThat(s.nextCommands(DAY))
          .allSatisfy(
              v ->
                  assertThat(v.getReasons())
                      .extracting(Reason::getCode)
                      .containsExactly(StateMachine.FINAL_STATE));
      assertThat(codes(s.apply(SessionCommand.hold(DAY))))
          .containsExactly(StateMachine.FINAL_STATE);
    }
    assertThat(SessionLifecycle.MACHINE.getFinals())
        .isEqualTo(
            EnumSet.of(
                SessionStatus.HELD,
                SessionStatus.CANCELLED_BY_CLIENT,
                SessionStatus.CANCELLED_BY_COACH,
                SessionStatus.NO_SHOW));
  }

  @Test
  void a_rejected_command_leaves_the_session_unchanged() {
    Session s = planned();
    Outcome<Session> outcome = s.apply(SessionCommand.hold(DAY.plusDays(5)));
    assertThat(outcome.getValue()).isEmpty();
    assertThat(s).isEqualTo(planned());
  }

  @Test
  void replaying_the_history_reproduces_the_session() {
    Session held = planned().apply(SessionCommand.hold(DAY, Duration.ofMinutes(60))).orElseThrow();
    List<SessionCommand> commands =
        held.getHistory().asList().stream().map(Event::getCommand).collect(Collectors.toList());
    assertThat(SessionLifecycle.MACHINE.replay(planned(), commands)).isEqualTo(held);
  }

  @Test
  void the_status_must_match_the_last_event() {
    Session held = planned().apply(SessionCommand.hold(DAY)).orElseThrow();
    assertThatThrownBy(() -> held.withStatus(SessionStatus.NO_SHOW))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("status_matches_history");
              assertThat(e.getAttribute()).isEqualTo("status,history");
            });
  }

  @Test
  void the_last_event_must_be_numbered_as_the_history_length() {
    Event<SessionStatus, SessionCommand> second =
        new Event<>(
            2, "session", SessionStatus.PLANNED, SessionStatus.HELD, SessionCommand.hold(DAY));
    assertThatThrownBy(
            () ->
                planned()
                    .withStatus(SessionStatus.HELD)
                    .withHistory(
                        History.<Event<SessionStatus, SessionCommand>>empty().append(second)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("history_sequence"));
  }

  @Test
  void a_session_built_with_a_status_is_legal_with_an_empty_history() {
    Session imported = planned().withStatus(SessionStatus.CANCELLED_BY_COACH);
    assertThat(imported.getHistory().isEmpty()).isTrue();
    assertThat(imported.possibleCommands(DAY)).isEmpty();
  }

  @Test
  void the_table_is_well_formed_and_its_diagram_names_every_guard() {
    assertThat(SessionLifecycle.MACHINE.unreachableStates()).isEmpty();
    assertThat(SessionLifecycle.MACHINE.statesWithoutWayOut()).isEmpty();
    String diagram = SessionLifecycle.MACHINE.toMermaid(Locale.forLanguageTag("nl"));
    assertThat(diagram)
        .contains("[*] --> planned")
        .contains("planned --> held : hold [on_session_date]")
        .contains("planned --> cancelled_by_client : cancel_by_client [not_after_session]")
        .contains("planned --> cancelled_by_coach : cancel_by_coach [not_after_session]")
        .contains("planned --> no_show : record_no_show [on_session_date]")
        .contains("held --> [*]")
        .contains("no_show --> [*]")
        .contains("state \"Gepland\" as planned");
  }

  @Test
  void commands_show_kind_and_date_only() {
    assertThat(SessionCommand.cancelByClient(DAY).toString())
        .isEqualTo("cancel_by_client@2025-03-12");
    assertThat(SessionCommand.hold(DAY, Duration.ofMinutes(60)).toString())
        .isEqualTo("hold@2025-03-12");
    assertThat(SessionCommand.hold(DAY))
        .isEqualTo(SessionCommand.hold(DAY))
        .isNotEqualTo(SessionCommand.hold(DAY, Duration.ofMinutes(60)));
  }
}

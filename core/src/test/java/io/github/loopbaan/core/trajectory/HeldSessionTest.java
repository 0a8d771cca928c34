package io.github.loopbaan.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.session.Attachment;
import io.github.loopbaan.core.session.AttachmentId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionMode;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A conversation command holds its planned session without a second run of the session lifecycle:
 * the result must be the very session that lifecycle produces (status, history, event), and what
 * that lifecycle rejects must still be rejected.
 */
class HeldSessionTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

  private static Session.Builder planned() {
    return Session.builder()
        .id(SessionId.of("s-1"))
        .kind(SessionKind.IN_DEPTH)
        .date(DAY)
        .duration(Duration.ofMinutes(75))
        .mode(SessionMode.VIDEO);
  }

  @Test
  void a_planned_session_is_held_exactly_as_the_session_lifecycle_holds_it() {
    Session planned =
        planned()
            .addAttachments(
                Attachment.builder()
                    .id(AttachmentId.of("f-1"))
                    .title("cv")
                    .mediaType("application/pdf")
                    .addedOn(DAY)
                    .build())
            .build();
    Session direct = TrajectoryLifecycle.held(planned);
    Session viaMachine = planned.apply(SessionCommand.hold(DAY)).orElseThrow();
    assertThat(direct).isEqualTo(viaMachine);
    assertThat(direct.getStatus()).isEqualTo(SessionStatus.HELD);
    assertThat(direct.getHistory()).isEqualTo(viaMachine.getHistory());
    assertThat(direct.getHistory().last().getLifecycle()).isEqualTo("session");
    assertThat(direct.getHistory().last().getSequence()).isEqualTo(1L);
  }

  @Test
  void a_held_session_is_kept_and_a_cancelled_one_never_reaches_a_conversation_command() {
    Session held = planned().status(SessionStatus.HELD).build();
    assertThat(TrajectoryLifecycle.held(held)).isSameAs(held);
    Session cancelled = planned().status(SessionStatus.CANCELLED_BY_CLIENT).build();
    assertThatThrownBy(() -> TrajectoryCommand.holdInDepthConversation(cancelled))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("session_held"));
  }

  @Test
  void a_planned_session_with_events_cannot_exist_so_holding_it_never_throws() {
    // Rule history_transition / status_matches_history: no row of the session table leads back to
    // planned, so a
    // planned session has an empty history and TrajectoryLifecycle.held builds the held session
    // directly.
    Session cancelled =
        planned().build().apply(SessionCommand.cancelByClient(DAY.minusDays(1))).orElseThrow();
    assertThatThrownBy(
            () ->
                Session.builder()
                    .from(cancelled)
                    .status(SessionStatus.PLANNED)
                    .cancelledOn(Optional.empty())
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("status_matches_history"));
  }
}

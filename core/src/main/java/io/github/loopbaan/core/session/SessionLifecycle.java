package io.github.loopbaan.core.session;

import static io.github.loopbaan.core.session.SessionCommandKind.*;
import static io.github.loopbaan.core.session.SessionStatus.*;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;

/**
 * The lifecycle of one session as a table on the one {@link StateMachine} engine. Dutch: verloop
 * van een gesprek.
 *
 * <pre>
 * planned --hold [on_session_date]--> held                          (counts toward the registered hours)
 * planned --cancel_by_client [not_after_session]--> cancelled_by_client
 * planned --cancel_by_coach [not_after_session]--> cancelled_by_coach
 * planned --record_no_show [on_session_date]--> no_show
 * held, cancelled_by_client, cancelled_by_coach, no_show: final
 * </pre>
 *
 * <p>Only a held session counts toward the registered hours (004); that is derived from the status
 * by {@link Session#countsTowardRegisteredHours()}. A cancellation records the day it was given as
 * {@link Session#getCancelledOn()}, so the notice can be read from the session.
 *
 * <p>Choices where the sources are silent: held, cancelled and no-show are <em>final</em>. A held
 * session cannot be "un-held" and a cancellation cannot be withdrawn through the lifecycle: a new
 * appointment is a new session, so the hours registered for the voucher never change behind the
 * coach's back. A registration that was simply wrong is an administrative correction of the stored
 * record (build the session again), not a step in the process. A cancellation given after the
 * session date is not a cancellation but a no-show (rule of {@link Session}), hence the guard
 * {@code not_after_session}; hold and no-show are dated on the session date itself, hence {@code
 * on_session_date}.
 */
public final class SessionLifecycle {

  /**
   * Reason code: the command must be dated on the session date. Facts: {@code date}, {@code
   * session_date}.
   */
  public static final String NOT_ON_SESSION_DATE = "not_on_session_date";

  /**
   * Reason code: a cancellation given after the session date. Facts: {@code date}, {@code
   * session_date}.
   */
  public static final String CANCELLED_AFTER_SESSION = "cancelled_after_session";

  static final Guard<Session> ON_SESSION_DATE =
      Guard.require(
          "on_session_date",
          (s, on) -> on.equals(s.getDate()),
          (s, on) ->
              Reason.of(NOT_ON_SESSION_DATE).with("date", on).with("session_date", s.getDate()));

  static final Guard<Session> NOT_AFTER_SESSION =
      Guard.require(
          "not_after_session",
          (s, on) -> !on.isAfter(s.getDate()),
          (s, on) ->
              Reason.of(CANCELLED_AFTER_SESSION)
                  .with("date", on)
                  .with("session_date", s.getDate()));

  /** The table. Thread-safe; shared by every session. */
  public static final StateMachine<Session, SessionStatus, SessionCommandKind, SessionCommand>
      MACHINE =
          StateMachine.<Session, SessionStatus, SessionCommandKind, SessionCommand>builder(
                  "session", SessionStatus.class, SessionCommandKind.class)
              .initial(PLANNED)
              .finals(HELD, CANCELLED_BY_CLIENT, CANCELLED_BY_COACH, NO_SHOW)
              .binding(Session::getStatus, Session::getHistory, SessionLifecycle::record)
              .on(HOLD)
              .from(PLANNED)
              .to(HELD)
              .taking(SessionCommand.Hold.class)
              .guard(ON_SESSION_DATE)
              .effect((s, hold) -> hold.getActualDuration().map(s::withDuration).orElse(s))
              .on(CANCEL_BY_CLIENT)
              .from(PLANNED)
              .to(CANCELLED_BY_CLIENT)
              .guard(NOT_AFTER_SESSION)
              .noEffect()
              .on(CANCEL_BY_COACH)
              .from(PLANNED)
              .to(CANCELLED_BY_COACH)
              .guard(NOT_AFTER_SESSION)
              .noEffect()
              .on(RECORD_NO_SHOW)
              .from(PLANNED)
              .to(NO_SHOW)
              .guard(ON_SESSION_DATE)
              .noEffect()
              .build();

  private SessionLifecycle() {}

  /**
   * Sets the new status, the cancellation date that goes with it and the event, in one
   * construction: a cancellation is given on the event's day.
   */
  private static Session record(
      Session s, SessionStatus status, Event<SessionStatus, SessionCommand> event) {
    Session.Builder b =
        Session.builder().from(s).status(status).history(s.getHistory().append(event));
    if (status.isCancelled()) {
      b.cancelledOn(event.getDate());
    }
    return b.build();
  }
}

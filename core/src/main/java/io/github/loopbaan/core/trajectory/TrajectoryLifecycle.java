package io.github.loopbaan.core.trajectory;

import static io.github.loopbaan.core.trajectory.TrajectoryCommandKind.*;
import static io.github.loopbaan.core.trajectory.TrajectoryStage.*;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.PayloadCheck;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.phase.PhaseProgress;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionLifecycle;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The process of a trajectory (004, Flemish career guidance as recommended by the Flemish government and VDAB) as
 * a table on the one {@link StateMachine} engine. Dutch: verloop van een loopbaantraject.
 *
 * <pre>
 * opened --hold_introductory_conversation--> opened         (optional, free, not counted)
 * opened --hold_intake--> intake
 * intake, in_depth --hold_in_depth_conversation [agreement_signed]--> in_depth
 * in_depth --hold_synthesis [in_depth_held]--> synthesis     (the POP is drawn up)
 * synthesis --invite_evaluation--> evaluation
 * evaluation, aftercare --hold_aftercare [within_year_of_synthesis]--> aftercare   (on the client's request,
 *                                                                               not dated before the synthesis)
 * evaluation, aftercare --close--> closed
 * every open stage but paused --pause--> paused --resume--> the stage before the pause
 * every open stage --stop_early--> closed                  (closed is final)
 * </pre>
 *
 * <p>Every conversation command also has the payload check {@code session_id_taken}: its session must be new.
 *
 * <p>Choices where the sources are silent: an introductory conversation is only possible before the intake;
 * aftercare follows the evaluation invitation (the invitation is sent "after each trajectory", aftercare "after
 * the end of a trajectory"); a trajectory can be closed once the evaluation invitation is sent, whether or not
 * aftercare was asked for.
 */
public final class TrajectoryLifecycle {

  /** Reason code: the intake agreement is not signed. */
  public static final String AGREEMENT_NOT_SIGNED = "agreement_not_signed";
  /** Reason code: no in-depth conversation was held. */
  public static final String NO_IN_DEPTH_CONVERSATION = "no_in_depth_conversation";
  /** Reason code: the day lies more than a year after the synthesis. Facts: {@code synthesis}, {@code until}. */
  public static final String AFTERCARE_WINDOW_CLOSED = "aftercare_window_closed";
  /** Reason code: a phase command before the intake has set the trajectory plan. */
  public static final String NO_PHASE_PLAN = "no_phase_plan";
  /** Reason code: there is no synthesis to count the aftercare year from. */
  public static final String NO_SYNTHESIS = "no_synthesis";

  /** How long after the synthesis conversation aftercare may be given (004: "tot maximaal een jaar"). */
  public static final java.time.Period AFTERCARE_WINDOW = java.time.Period.ofYears(1);

  static final Guard<Trajectory> AGREEMENT_SIGNED = Guard.require("agreement_signed",
      (t, on) -> t.getIntakeAgreement().isPresent() && t.getIntakeAgreement().get().isSigned(),
      (t, on) -> Reason.of(AGREEMENT_NOT_SIGNED));

  static final Guard<Trajectory> IN_DEPTH_HELD = Guard.require("in_depth_held",
      (t, on) -> t.facts().inDepthHeld(),
      (t, on) -> Reason.of(NO_IN_DEPTH_CONVERSATION));

  static final Guard<Trajectory> WITHIN_YEAR_OF_SYNTHESIS = Guard.of("within_year_of_synthesis", (t, on) -> {
    LocalDate synthesis = t.facts().synthesis();
    if (synthesis == null) {
      return Optional.of(Reason.of(NO_SYNTHESIS));
    }
    LocalDate until = synthesis.plus(AFTERCARE_WINDOW);
    return on.isAfter(until)
        ? Optional.of(Reason.of(AFTERCARE_WINDOW_CLOSED).with("synthesis", synthesis).with("until", until))
        : Optional.empty();
  });

  /** Reason code: the command's session has the identifier of a session already recorded. */
  public static final String SESSION_ID_TAKEN = "session_id_taken";
  /** Reason code: the aftercare request is dated before the synthesis conversation. */
  public static final String REQUEST_BEFORE_SYNTHESIS = "request_before_synthesis";

  static final PayloadCheck<Trajectory, TrajectoryCommand> NEW_SESSION = PayloadCheck.of(SESSION_ID_TAKEN,
      (t, c) -> {
        SessionId id = ((TrajectoryCommand.Conversation) c).getSession().getId();
        return !t.facts().contains(id);
      });

  static final PayloadCheck<Trajectory, TrajectoryCommand> REQUEST_AFTER_SYNTHESIS = PayloadCheck.of(
      REQUEST_BEFORE_SYNTHESIS, (t, c) -> {
        LocalDate synthesis = t.facts().synthesis();
        return synthesis != null
            && !((TrajectoryCommand.HoldAftercare) c).getRequest().getRequestedOn().isBefore(synthesis);
      });

  /** The table. Thread-safe; shared by every trajectory. */
  public static final StateMachine<Trajectory, TrajectoryStage, TrajectoryCommandKind, TrajectoryCommand> MACHINE =
      StateMachine.<Trajectory, TrajectoryStage, TrajectoryCommandKind, TrajectoryCommand>builder("trajectory",
              TrajectoryStage.class, TrajectoryCommandKind.class)
          .initial(OPENED)
          .finals(CLOSED)
          .binding(Trajectory::getStage, Trajectory::getHistory,
              (t, stage, event) -> Derivation.derive(t, null, v -> v.withHistory(v.getHistory().append(event))))
          .startsOn(Trajectory::getOpenedOn)
          .on(HOLD_INTRODUCTORY_CONVERSATION, OPENED, OPENED).check(NEW_SESSION)
          .effect((t, c) -> addSession(t, ((TrajectoryCommand.HoldConversation) c).getSession()))
          .on(HOLD_INTAKE, INTAKE, OPENED).check(NEW_SESSION)
          .effect((t, c) -> {
            TrajectoryCommand.HoldIntake intake = (TrajectoryCommand.HoldIntake) c;
            return addSession(t, intake.getSession(), v -> {
              Trajectory changed = v.withIntakeAgreement(intake.getAgreement())
                  .withPhaseProgress(PhaseProgress.start(intake.getPlan()));
              return intake.getQuestion().isPresent()
                  ? changed.withCareerQuestion(intake.getQuestion().get()) : changed;
            });
          })
          .on(HOLD_IN_DEPTH_CONVERSATION, IN_DEPTH, INTAKE, IN_DEPTH).guard(AGREEMENT_SIGNED).check(NEW_SESSION)
          .effect((t, c) -> addSession(t, ((TrajectoryCommand.HoldConversation) c).getSession()))
          .on(HOLD_SYNTHESIS, SYNTHESIS, IN_DEPTH).guard(IN_DEPTH_HELD).check(NEW_SESSION)
          .effect((t, c) -> {
            TrajectoryCommand.HoldSynthesis synthesis = (TrajectoryCommand.HoldSynthesis) c;
            return addSession(t, synthesis.getSession(), v -> v.withDevelopmentPlan(synthesis.getPlan()));
          })
          .on(INVITE_EVALUATION, EVALUATION, SYNTHESIS)
          .effect((t, c) -> Derivation.derive(t, null,
              v -> v.withEvaluationInvitation(((TrajectoryCommand.InviteEvaluation) c).getInvitation())))
          .on(HOLD_AFTERCARE, AFTERCARE, EVALUATION, AFTERCARE).guard(WITHIN_YEAR_OF_SYNTHESIS)
          .check(REQUEST_AFTER_SYNTHESIS).check(NEW_SESSION)
          .effect((t, c) -> {
            TrajectoryCommand.HoldAftercare aftercare = (TrajectoryCommand.HoldAftercare) c;
            return addSession(t, aftercare.getSession(),
                v -> v.withAftercareRequests(append(t.getAftercareRequests(), aftercare.getRequest())));
          })
          .on(PAUSE, PAUSED, OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE)
          .effect((t, c) -> ((TrajectoryCommand.Pause) c).getReferral()
              .map(r -> Derivation.derive(t, null, v -> v.withReferrals(append(v.getReferrals(), r)))).orElse(t))
          .onDynamic(RESUME, EnumSet.of(OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE),
              t -> t.getHistory().last().getFrom(), PAUSED)
          .effect((t, c) -> t.getReferrals().isEmpty() ? t : Derivation.derive(t, null,
              v -> v.withReferrals(v.getReferrals().stream()
                  .map(r -> r.getReturnedOn().isPresent() || c.getDate().isBefore(r.getReferredOn()) ? r
                      : r.withReturnedOn(c.getDate()))
                  .collect(Collectors.toList()))))
          .on(CLOSE, CLOSED, EVALUATION, AFTERCARE).noEffect()
          .on(STOP_EARLY, CLOSED, OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE, PAUSED).noEffect()
          .build();

  private TrajectoryLifecycle() {
  }

  private static Trajectory addSession(Trajectory t, Session session) {
    return addSession(t, session, v -> v);
  }

  /**
   * Appends the session (held through its lifecycle when planned), then applies the rest of the effect, with the
   * trajectory's check reduced to the appended session and to what the rest changes.
   */
  private static Trajectory addSession(Trajectory t, Session session, java.util.function.UnaryOperator<Trajectory> rest) {
    Session held = held(session);
    return Derivation.derive(t, held, v -> rest.apply(v.withSessions(append(v.getSessions(), held))));
  }

  /**
   * @param session a session of a conversation command
   * @return the session itself when held; otherwise the session held through the session lifecycle on its own
   *     day. A planned session without history (the usual case) is held here in one build, with the same event
   *     the session lifecycle records (its guard {@code on_session_date} holds by construction, the hold has no
   *     actual duration, so the effect changes nothing); any other status goes through the machine, which
   *     rejects it as before
   */
  static Session held(Session session) {
    if (session.getStatus() == SessionStatus.HELD) {
      return session;
    }
    SessionCommand hold = SessionCommand.hold(session.getDate());
    if (session.getStatus() != SessionStatus.PLANNED || !session.getHistory().isEmpty()) {
      return session.apply(hold).orElseThrow();
    }
    return Session.builder().from(session).status(SessionStatus.HELD)
        .history(History.<Event<SessionStatus, SessionCommand>>empty().append(
            new Event<>(1, SessionLifecycle.MACHINE.getName(), SessionStatus.PLANNED, SessionStatus.HELD, hold)))
        .build();
  }

  /** @return the list with the element added at the end, as a view: the trajectory's builder copies it once */
  private static <T> List<T> append(List<T> list, T element) {
    int size = list.size();
    return new java.util.AbstractList<T>() {
      @Override
      public T get(int index) {
        return index == size ? element : list.get(index);
      }

      @Override
      public int size() {
        return size + 1;
      }
    };
  }
}

package io.github.loopbaan.core.trajectory;

import static io.github.loopbaan.core.trajectory.TrajectoryCommandKind.*;
import static io.github.loopbaan.core.trajectory.TrajectoryStage.*;

import io.github.loopbaan.core.internal.Saturating;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.PayloadCheck;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.phase.PhaseProgress;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionLifecycle;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.AbstractList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The process of a trajectory (004, Flemish career guidance as recommended by the Flemish
 * government and VDAB) as a table on the one {@link StateMachine} engine. Dutch: verloop van een
 * loopbaantraject.
 *
 * <pre>
 * opened --hold_introductory_conversation--> opened         (optional, free, not counted)
 * opened --hold_intake--> intake
 * intake, in_depth --hold_in_depth_conversation [agreement_signed]--> in_depth   (signed by that day)
 * in_depth --hold_synthesis [in_depth_held]--> synthesis     (the POP is drawn up; an in-depth conversation by then)
 * synthesis --invite_evaluation [after_synthesis]--> evaluation
 * evaluation, aftercare --hold_aftercare [within_year_of_synthesis]--> aftercare   (on the client's request,
 *                                                                               not dated before the synthesis)
 * evaluation, aftercare --close--> closed
 * every open stage but paused --pause--> paused --resume [after_referral]--> the stage before the pause
 * every open stage --stop_early--> closed                  (closed is final)
 * closed --correct--> closed                               (a rectification or erasure, see Trajectory#correct)
 * </pre>
 *
 * <p>Every conversation command also has the payload check {@code session_id_taken}: its session
 * must be new. The intake and the synthesis have the payload check {@code pop_before_intake}: the
 * POP must not be finalised before the intake.
 *
 * <p>Guards compare dates, not presence: each fact a guard relies on (the signature, the in-depth
 * conversation, the synthesis, an open referral) must lie on or before the day of the command.
 * Every history is anchored at {@code opened} on the opening day and checked on every construction
 * ({@link StateMachine#checkHistory}).
 *
 * <p>Choices where the sources are silent: an introductory conversation is only possible before the
 * intake; aftercare follows the evaluation invitation (the invitation is sent "after each
 * trajectory", aftercare "after the end of a trajectory"); a trajectory can be closed once the
 * evaluation invitation is sent, whether or not aftercare was asked for.
 */
public final class TrajectoryLifecycle {

  /** Reason code: the intake agreement is not signed. */
  public static final String AGREEMENT_NOT_SIGNED = "agreement_not_signed";

  /** Reason code: no in-depth conversation was held. */
  public static final String NO_IN_DEPTH_CONVERSATION = "no_in_depth_conversation";

  /**
   * Reason code: the day lies more than a year after the synthesis. Facts: {@code synthesis},
   * {@code until}.
   */
  public static final String AFTERCARE_WINDOW_CLOSED = "aftercare_window_closed";

  /** Reason code: a phase command before the intake has set the trajectory plan. */
  public static final String NO_PHASE_PLAN = "no_phase_plan";

  /** Reason code: there is no synthesis to count the aftercare year from. */
  public static final String NO_SYNTHESIS = "no_synthesis";

  /**
   * How long after the synthesis conversation aftercare may be given (004: "tot maximaal een
   * jaar").
   */
  public static final Period AFTERCARE_WINDOW = Period.ofYears(1);

  /** Reason code: the day lies before the synthesis conversation. Facts: {@code synthesis}. */
  public static final String BEFORE_SYNTHESIS = "before_synthesis";

  /** Reason code: the trajectory would resume before the day of a referral that is still open. */
  public static final String RESUME_BEFORE_REFERRAL = "resume_before_referral";

  /**
   * Reason code: the POP would be finalised before the intake (the structural rule {@code
   * finalised_before_intake} of {@link Trajectory}, checked before the command is applied).
   */
  public static final String POP_BEFORE_INTAKE = "pop_before_intake";

  /**
   * The agreement is signed <em>by the day</em> of the command: an in-depth conversation dated
   * before the signature is refused as one without a signature ({@code agreement_not_signed}, with
   * the fact {@code signed_on} when it was signed later).
   */
  static final Guard<Trajectory> AGREEMENT_SIGNED =
      Guard.of(
          "agreement_signed",
          (t, on) -> {
            Optional<IntakeAgreement> agreement = t.getIntakeAgreement();
            if (agreement.isPresent() && agreement.get().isSignedBy(on)) {
              return Optional.empty();
            }
            Optional<LocalDate> later =
                agreement.isPresent() ? agreement.get().getSignedOn() : Optional.empty();
            return Optional.of(
                later.isPresent()
                    ? Reason.of(AGREEMENT_NOT_SIGNED).with("signed_on", later.get())
                    : Reason.of(AGREEMENT_NOT_SIGNED));
          });

  /** An in-depth conversation was held on or before the day of the command. */
  static final Guard<Trajectory> IN_DEPTH_HELD =
      Guard.require(
          "in_depth_held",
          (t, on) -> {
            Optional<LocalDate> inDepth = t.getSessions().earliestHeld(SessionKind.IN_DEPTH);
            return inDepth.isPresent() && !inDepth.get().isAfter(on);
          },
          (t, on) -> Reason.of(NO_IN_DEPTH_CONVERSATION));

  /** The synthesis conversation was held on or before the day of the command. */
  static final Guard<Trajectory> AFTER_SYNTHESIS =
      Guard.of("after_synthesis", (t, on) -> afterSynthesis(t.synthesisDate().orElse(null), on));

  /**
   * The day lies in the aftercare window: not before the synthesis and at most {@link
   * #AFTERCARE_WINDOW} after it (saturating at {@link LocalDate#MAX}, so a synthesis at the end of
   * the calendar answers instead of throwing).
   */
  static final Guard<Trajectory> WITHIN_YEAR_OF_SYNTHESIS =
      Guard.of(
          "within_year_of_synthesis",
          (t, on) -> {
            LocalDate synthesis = t.synthesisDate().orElse(null);
            Optional<Reason> after = afterSynthesis(synthesis, on);
            if (after.isPresent()) {
              return after;
            }
            LocalDate until = Saturating.plus(synthesis, AFTERCARE_WINDOW);
            return on.isAfter(until)
                ? Optional.of(
                    Reason.of(AFTERCARE_WINDOW_CLOSED)
                        .with("synthesis", synthesis)
                        .with("until", until))
                : Optional.empty();
          });

  /** No referral that is still open was made after the day the trajectory would resume. */
  static final Guard<Trajectory> AFTER_REFERRAL =
      Guard.require(
          "after_referral",
          (t, on) -> {
            List<Referral> referrals = t.getReferrals();
            for (int i = 0; i < referrals.size(); i++) {
              Referral r = referrals.get(i);
              if (r.getReturnedOn().isEmpty() && r.getReferredOn().isAfter(on)) {
                return false;
              }
            }
            return true;
          },
          (t, on) -> Reason.of(RESUME_BEFORE_REFERRAL));

  private static Optional<Reason> afterSynthesis(LocalDate synthesis, LocalDate on) {
    if (synthesis == null) {
      return Optional.of(Reason.of(NO_SYNTHESIS));
    }
    return on.isBefore(synthesis)
        ? Optional.of(Reason.of(BEFORE_SYNTHESIS).with("synthesis", synthesis))
        : Optional.empty();
  }

  /** Reason code: the command's session has the identifier of a session already recorded. */
  public static final String SESSION_ID_TAKEN = "session_id_taken";

  /** Reason code: the aftercare request is dated before the synthesis conversation. */
  public static final String REQUEST_BEFORE_SYNTHESIS = "request_before_synthesis";

  static final PayloadCheck<Trajectory, TrajectoryCommand.Conversation> NEW_SESSION =
      PayloadCheck.of(
          SESSION_ID_TAKEN, (t, c) -> !t.getSessions().containsId(c.getSession().getId()));

  static final PayloadCheck<Trajectory, TrajectoryCommand.HoldAftercare> REQUEST_AFTER_SYNTHESIS =
      PayloadCheck.of(
          REQUEST_BEFORE_SYNTHESIS,
          (t, c) -> {
            Optional<LocalDate> synthesis = t.synthesisDate();
            return synthesis.isPresent()
                && !c.getRequest().getRequestedOn().isBefore(synthesis.get());
          });

  /**
   * The POP a command brings (the synthesis) or keeps (the intake) is not finalised before the
   * intake day that holds after the command: the structural rule of {@link Trajectory}, checked
   * here so that {@code decide} and {@code apply} agree.
   */
  /**
   * {@code pop_before_intake} for the intake: a POP the trajectory already holds is not finalised
   * before the intake that counts once the command is applied (an earlier held intake, else this
   * one).
   */
  static final PayloadCheck<Trajectory, TrajectoryCommand.HoldIntake> KEPT_POP_AFTER_INTAKE =
      PayloadCheck.of(
          POP_BEFORE_INTAKE,
          (t, c) ->
              t.getDevelopmentPlan().isEmpty()
                  || notFinalisedBefore(
                      t.getDevelopmentPlan().get(),
                      t.getSessions()
                          .firstHeld(SessionKind.INTAKE)
                          .orElse(c.getSession().getDate())));

  /**
   * {@code pop_before_intake} for the synthesis: the POP it brings is not finalised before the
   * intake.
   */
  static final PayloadCheck<Trajectory, TrajectoryCommand.HoldSynthesis> NEW_POP_AFTER_INTAKE =
      PayloadCheck.of(
          POP_BEFORE_INTAKE,
          (t, c) -> notFinalisedBefore(c.getPlan(), t.intakeDate().orElse(null)));

  private static boolean notFinalisedBefore(DevelopmentPlan plan, LocalDate intake) {
    return intake == null || !plan.getGeneralData().isFinalisedBefore(intake);
  }

  /** The table. Thread-safe; shared by every trajectory. */
  public static final StateMachine<
          Trajectory, TrajectoryStage, TrajectoryCommandKind, TrajectoryCommand>
      MACHINE =
          StateMachine
              .<Trajectory, TrajectoryStage, TrajectoryCommandKind, TrajectoryCommand>builder(
                  "trajectory", TrajectoryStage.class, TrajectoryCommandKind.class)
              .initial(OPENED)
              .finals(CLOSED)
              .binding(
                  Trajectory::getStage,
                  Trajectory::getHistory,
                  (t, stage, event) -> t.copy().copyWithHistory(t.getHistory().append(event)))
              .startsOn(Trajectory::getOpenedOn)
              .anchoredAt(Trajectory::getOpenedOn)
              .on(HOLD_INTRODUCTORY_CONVERSATION)
              .from(OPENED)
              .to(OPENED)
              .taking(TrajectoryCommand.HoldConversation.class)
              .check(NEW_SESSION)
              .effect((t, c) -> withSession(t, c.getSession()))
              .on(HOLD_INTAKE)
              .from(OPENED)
              .to(INTAKE)
              .taking(TrajectoryCommand.HoldIntake.class)
              .check(NEW_SESSION)
              .check(KEPT_POP_AFTER_INTAKE)
              .effect(
                  (t, c) -> {
                    Trajectory changed =
                        withSession(t, c.getSession())
                            .copy()
                            .copyWithIntakeAgreement(c.getAgreement())
                            .copyWithPhaseProgress(PhaseProgress.start(c.getPlan()));
                    return c.getQuestion().isPresent()
                        ? changed.copy().copyWithCareerQuestion(c.getQuestion().get())
                        : changed;
                  })
              .on(HOLD_IN_DEPTH_CONVERSATION)
              .from(INTAKE, IN_DEPTH)
              .to(IN_DEPTH)
              .taking(TrajectoryCommand.HoldConversation.class)
              .guard(AGREEMENT_SIGNED)
              .check(NEW_SESSION)
              .effect((t, c) -> withSession(t, c.getSession()))
              .on(HOLD_SYNTHESIS)
              .from(IN_DEPTH)
              .to(SYNTHESIS)
              .taking(TrajectoryCommand.HoldSynthesis.class)
              .guard(IN_DEPTH_HELD)
              .check(NEW_SESSION)
              .check(NEW_POP_AFTER_INTAKE)
              .effect(
                  (t, c) ->
                      withSession(t, c.getSession()).copy().copyWithDevelopmentPlan(c.getPlan()))
              .on(INVITE_EVALUATION)
              .from(SYNTHESIS)
              .to(EVALUATION)
              .taking(TrajectoryCommand.InviteEvaluation.class)
              .guard(AFTER_SYNTHESIS)
              .effect((t, c) -> t.copy().copyWithEvaluationInvitation(c.getInvitation()))
              .on(HOLD_AFTERCARE)
              .from(EVALUATION, AFTERCARE)
              .to(AFTERCARE)
              .taking(TrajectoryCommand.HoldAftercare.class)
              .guard(WITHIN_YEAR_OF_SYNTHESIS)
              .check(REQUEST_AFTER_SYNTHESIS)
              .check(NEW_SESSION)
              .effect(
                  (t, c) ->
                      withSession(t, c.getSession())
                          .copy()
                          .copyWithAftercareRequests(
                              append(t.getAftercareRequests(), c.getRequest())))
              .on(PAUSE)
              .from(OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE)
              .to(PAUSED)
              .taking(TrajectoryCommand.Pause.class)
              .effect(
                  (t, c) ->
                      c.getReferral().isEmpty()
                          ? t
                          : t.copy()
                              .copyWithReferrals(append(t.getReferrals(), c.getReferral().get())))
              .on(RESUME)
              .from(PAUSED)
              .toPrevious(EnumSet.of(OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE))
              .guard(AFTER_REFERRAL)
              .effect(
                  (t, c) ->
                      t.getReferrals().isEmpty()
                          ? t
                          : t.copy()
                              .copyWithReferrals(
                                  t.getReferrals().stream()
                                      .map(
                                          r ->
                                              r.getReturnedOn().isPresent()
                                                  ? r
                                                  : r.withReturnedOn(c.getDate()))
                                      .collect(Collectors.toList())))
              .on(CLOSE)
              .from(EVALUATION, AFTERCARE)
              .to(CLOSED)
              .noEffect()
              .on(STOP_EARLY)
              .from(OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE, PAUSED)
              .to(CLOSED)
              .noEffect()
              .correction(CORRECT, CLOSED)
              .build();

  private TrajectoryLifecycle() {}

  /**
   * The trajectory with the session recorded as held after its last session: O(log n) in the
   * sessions.
   */
  private static Trajectory withSession(Trajectory t, Session session) {
    return t.copy().copyWithSessions(t.getSessions().plus(held(session)));
  }

  /**
   * @param session a session of a conversation command: planned or held (the command's rule)
   * @return the session itself when held; otherwise the planned session held on its own day, in one
   *     build, with the event the session lifecycle records. A planned session has an empty history
   *     (a session's history check allows no event that leads back to planned), the guard {@code
   *     on_session_date} holds by construction and the hold has no actual duration, so this is
   *     exactly what {@code session.apply(hold)} would give
   */
  static Session held(Session session) {
    if (session.getStatus() == SessionStatus.HELD) {
      return session;
    }
    SessionCommand hold = SessionCommand.hold(session.getDate());
    return Session.builder()
        .from(session)
        .status(SessionStatus.HELD)
        .history(
            History.<Event<SessionStatus, SessionCommand>>empty()
                .append(
                    new Event<>(
                        1,
                        SessionLifecycle.MACHINE.getName(),
                        SessionStatus.PLANNED,
                        SessionStatus.HELD,
                        hold)))
        .build();
  }

  /**
   * @return the list with the element added at the end, as a view: the trajectory's builder copies
   *     it once
   */
  private static <T> List<T> append(List<T> list, T element) {
    int size = list.size();
    return new AbstractList<T>() {
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

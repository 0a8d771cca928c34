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
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionLifecycle;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The process of a coaching trajectory as a table on the one {@link StateMachine} engine, with the
 * process rules of its {@linkplain FundingRegime funding regime} added from the regime's data.
 * Dutch: verloop van een loopbaantraject.
 *
 * <pre>
 * opened --hold_introductory_conversation--> opened         (optional, free, not counted)
 * opened --hold_intake--> intake
 * intake, in_depth --hold_in_depth_conversation [agreement_signed]--> in_depth
 * synthesis, evaluation, aftercare --hold_in_depth_conversation [next_package_open, evaluation_sent,
 *     agreement_signed]--> in_depth   (the next voucher's package; the finished one is kept)
 * in_depth --hold_synthesis [in_depth_held]--> synthesis     (the POP is drawn up)
 * synthesis --invite_evaluation [after_synthesis]--> evaluation
 * synthesis, evaluation, aftercare --hold_aftercare [evaluation_sent, within_aftercare_window]--> aftercare
 * closed --hold_aftercare [evaluation_sent, within_aftercare_window]--> closed   (aftercare after closing)
 * synthesis, evaluation, aftercare --close [evaluation_sent]--> closed
 * every open stage but paused --pause--> paused --resume [after_referral]--> the stage before the pause
 * every open stage --stop_early--> closed
 * synthesis, evaluation, aftercare, closed --issue_training_attest [after_synthesis,
 *     attest_not_issued, other_career_question]--> (stays)      (004 §5)
 * every stage --record_outcome [outcome_not_recorded]--> (stays)   (the outcome for reporting)
 * closed --correct--> closed                               (a rectification or erasure, see Trajectory#correct)
 * </pre>
 *
 * <p>The regime decides three guards (004 for {@link FundingRegime#VDAB_004}):
 *
 * <ul>
 *   <li>{@code agreement_signed}: when {@link FundingRegime#isAgreementBeforeInDepth()}, an
 *       in-depth conversation needs the intake agreement signed by its day;
 *   <li>{@code evaluation_sent}: when {@link FundingRegime#isEvaluationFirst()}, aftercare and
 *       closing need the evaluation invitation sent by their day;
 *   <li>{@code within_aftercare_window}: aftercare lies on or after the synthesis and, when the
 *       regime has an {@linkplain FundingRegime#getAftercareWindow() aftercare window}, within it.
 *       Loopbaan's choice for 004's "nazorg tot maximaal een jaar na het synthesegesprek": closing
 *       the file does not end the client's right, so aftercare within the window is possible after
 *       closing, and is recorded in the history as a {@code closed -> closed} event. A regime
 *       without a window grants no aftercare after closing ({@code no_aftercare_after_closing}).
 * </ul>
 *
 * <p>Aftercare also has the payload check {@code aftercare_not_requested_by_client} under a regime
 * that gives aftercare only at the client's request (004 §7).
 *
 * <p>The training attest (004 §5) is issued once ({@code attest_not_issued}), after the synthesis
 * ({@code after_synthesis}: the POP must exist to name the training), not for guidance without a
 * career question besides obtaining the benefit ({@code other_career_question}); its payload checks
 * are {@code training_not_in_pop} and {@code guidance_after_academic_year_start}. It keeps the
 * stage, and can be issued after closing: a client may enrol in a training named in the POP after
 * the file is closed. These guards hold under every regime: they are principles of the attest, a
 * document of 004, not of a funding; the validation rules {@code vch_attest_*} report an attest
 * recorded by another door.
 *
 * <p>Every conversation command also has the payload checks {@code session_id_taken} (its session
 * must be new), {@code no_such_voucher} (a session registered on a voucher names a voucher of the
 * funding) and {@code voucher_hours_exceeded} (it fits in what the voucher has left). The intake
 * and the synthesis have the payload check {@code pop_before_intake}: the POP must not be finalised
 * before the intake.
 *
 * <p>Guards compare dates, not presence: each fact a guard relies on (the signature, the in-depth
 * conversation, the synthesis, the evaluation invitation, an open referral) must lie on or before
 * the day of the command. Every history is anchored at {@code opened} on the opening day and
 * checked on every construction ({@link StateMachine#checkHistory}).
 *
 * <p>Choices where the sources are silent: an introductory conversation is only possible before the
 * intake; a trajectory can be closed once the synthesis is held (after the evaluation invitation
 * under a regime that asks for it), whether or not aftercare was asked for.
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

  /**
   * Reason code: no synthesis conversation has been held, which the evaluation invitation, the
   * training attest and aftercare (its year counts from the synthesis) come after.
   */
  public static final String NO_SYNTHESIS = "no_synthesis";

  /** Reason code: the evaluation invitation was not sent by the day of the command. */
  public static final String EVALUATION_NOT_SENT = "evaluation_not_sent";

  /**
   * Reason code: the trajectory is closed and its regime grants no aftercare after closing (it has
   * no aftercare window).
   */
  public static final String NO_AFTERCARE_AFTER_CLOSING = "no_aftercare_after_closing";

  /**
   * Reason code: no next voucher's package can start: the package worked on now did not end in a
   * synthesis registered on a voucher, or every voucher of the funding has had its synthesis.
   */
  public static final String NO_NEXT_PACKAGE = "no_next_package";

  /**
   * Reason code: the conversation that would start the next package is not registered on a voucher
   * of the funding whose package has had no synthesis yet.
   */
  public static final String SESSION_NOT_ON_NEXT_VOUCHER = "session_not_on_next_voucher";

  /**
   * Reason code: the synthesis is registered on a voucher whose package already had its synthesis.
   */
  public static final String VOUCHER_SYNTHESISED = "voucher_synthesised";

  /**
   * Reason code: the regime gives aftercare only at the client's request, and the request is
   * recorded as the coach's.
   */
  public static final String AFTERCARE_NOT_REQUESTED_BY_CLIENT =
      "aftercare_not_requested_by_client";

  /** Reason code: the session is registered on a voucher the funding does not hold. */
  public static final String NO_SUCH_VOUCHER = "no_such_voucher";

  /**
   * Reason code: the session does not fit in what its voucher has left ({@link
   * Trajectory#voucherUse(int)} tells how much that is).
   */
  public static final String VOUCHER_HOURS_EXCEEDED = "voucher_hours_exceeded";

  /** Reason code: the day lies before the synthesis conversation. Facts: {@code synthesis}. */
  public static final String BEFORE_SYNTHESIS = "before_synthesis";

  /** Reason code: the trajectory would resume before the day of a referral that is still open. */
  public static final String RESUME_BEFORE_REFERRAL = "resume_before_referral";

  /**
   * Reason code: the POP would be finalised before the intake (the structural rule {@code
   * finalised_before_intake} of {@link Trajectory}, checked before the command is applied).
   */
  public static final String POP_BEFORE_INTAKE = "pop_before_intake";

  /** Reason code: the trajectory's outcome is recorded already (it is recorded once). */
  public static final String OUTCOME_ALREADY_RECORDED = "outcome_already_recorded";

  /**
   * Reason code and payload check: the outcome holds from a day before the trajectory was opened.
   */
  public static final String OUTCOME_BEFORE_OPENING = "outcome_before_opening";

  /** The outcome is recorded once; a different outcome later is a correction of the record. */
  static final Guard<Trajectory> OUTCOME_NOT_RECORDED =
      Guard.require(
          "outcome_not_recorded",
          (t, on) -> t.getOutcome().isEmpty(),
          (t, on) -> Reason.of(OUTCOME_ALREADY_RECORDED));

  /** The outcome does not hold from before the opening day. */
  static final PayloadCheck<Trajectory, TrajectoryCommand.RecordOutcome> OUTCOME_AFTER_OPENING =
      PayloadCheck.of(
          OUTCOME_BEFORE_OPENING, (t, c) -> !c.getOutcome().getDate().isBefore(t.getOpenedOn()));

  /** Reason code: the trajectory already holds a training attest (004 §5: issued once). */
  public static final String ATTEST_ALREADY_ISSUED = "attest_already_issued";

  /**
   * Reason code: the guidance has no career question besides obtaining a training benefit (004 §5),
   * see {@link Trajectory#hasOtherCareerQuestion()}.
   */
  public static final String ONLY_FOR_TRAINING_BENEFIT = "only_for_training_benefit";

  /**
   * Reason code: no POP of the trajectory names the attest's training, while the client is highly
   * educated or the education level is not recorded (004 §5).
   */
  public static final String TRAINING_NOT_IN_POP = "training_not_in_pop";

  /**
   * Reason code: the guidance started after the first day of the attest's academic year (004 §5),
   * see {@link Trajectory#startedAfterAcademicYearOf(TrainingAttest)}.
   */
  public static final String GUIDANCE_AFTER_ACADEMIC_YEAR_START =
      "guidance_after_academic_year_start";

  /** The training attest is issued once (004 §5: "éénmalig afgeleverd"). */
  static final Guard<Trajectory> ATTEST_NOT_ISSUED =
      Guard.require(
          "attest_not_issued",
          (t, on) -> t.getTrainingAttest().isEmpty(),
          (t, on) -> Reason.of(ATTEST_ALREADY_ISSUED));

  /**
   * The guidance has a career question besides obtaining a training benefit (004 §5). A career
   * question recorded later than the command's day still counts: it was explored at the intake,
   * which precedes the synthesis this command follows.
   */
  static final Guard<Trajectory> OTHER_CAREER_QUESTION =
      Guard.require(
          "other_career_question",
          (t, on) -> t.hasOtherCareerQuestion(),
          (t, on) -> Reason.of(ONLY_FOR_TRAINING_BENEFIT));

  /**
   * The attest's training is named in a POP of the trajectory when the client is highly educated or
   * the education level is not recorded (004 §5, {@link Trajectory#attestNeedsNamedTraining()}).
   */
  static final PayloadCheck<Trajectory, TrajectoryCommand.IssueTrainingAttest> TRAINING_IN_POP =
      PayloadCheck.of(
          TRAINING_NOT_IN_POP, (t, c) -> t.attestTrainingNamedAsRequired(c.getAttest()));

  /**
   * The guidance did not start after the first day of the attest's academic year (004 §5: "niet
   * n.a.v. een begeleiding die opgestart werd ná aanvang van het academiejaar").
   */
  static final PayloadCheck<Trajectory, TrajectoryCommand.IssueTrainingAttest> GUIDANCE_IN_TIME =
      PayloadCheck.of(
          GUIDANCE_AFTER_ACADEMIC_YEAR_START,
          (t, c) -> !t.startedAfterAcademicYearOf(c.getAttest()));

  /**
   * Under a regime that asks for it ({@link FundingRegime#isAgreementBeforeInDepth()}), the
   * agreement is signed <em>by the day</em> of the command: an in-depth conversation dated before
   * the signature is refused as one without a signature ({@code agreement_not_signed}, with the
   * fact {@code signed_on} when it was signed later).
   */
  static final Guard<Trajectory> AGREEMENT_SIGNED =
      Guard.of(
          "agreement_signed",
          (t, on) -> {
            if (!t.getFunding().getRegime().isAgreementBeforeInDepth()) {
              return Optional.empty();
            }
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
   * The day lies in the aftercare window: not before the synthesis and, when the regime has a
   * window, at most that long after the latest synthesis held by that day (each package's aftercare
   * counts from its own synthesis) (saturating at {@link LocalDate#MAX}, so a synthesis at the end
   * of the calendar answers instead of throwing). After closing, only within a window.
   */
  static final Guard<Trajectory> WITHIN_AFTERCARE_WINDOW =
      Guard.of(
          "within_aftercare_window",
          (t, on) -> {
            LocalDate synthesis = t.latestSynthesisBy(on).orElse(t.synthesisDate().orElse(null));
            Optional<Reason> after = afterSynthesis(synthesis, on);
            if (after.isPresent()) {
              return after;
            }
            Optional<LocalDate> until = t.getFunding().getRegime().aftercareUntil(synthesis);
            if (until.isEmpty()) {
              return t.getStage() == CLOSED
                  ? Optional.of(Reason.of(NO_AFTERCARE_AFTER_CLOSING))
                  : Optional.empty();
            }
            return on.isAfter(until.get())
                ? Optional.of(
                    Reason.of(AFTERCARE_WINDOW_CLOSED)
                        .with("synthesis", synthesis)
                        .with("until", until.get()))
                : Optional.empty();
          });

  /**
   * Under a regime that asks for it ({@link FundingRegime#isEvaluationFirst()}), the evaluation
   * invitation was sent on or before the day of the command.
   */
  static final Guard<Trajectory> EVALUATION_SENT =
      Guard.require(
          "evaluation_sent",
          (t, on) ->
              !t.getFunding().getRegime().isEvaluationFirst()
                  || t.getEvaluationInvitation().map(i -> !i.getSentOn().isAfter(on)).orElse(false),
          (t, on) -> Reason.of(EVALUATION_NOT_SENT));

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

  /** A session registered on a voucher names a voucher of the funding. */
  static final PayloadCheck<Trajectory, TrajectoryCommand.Conversation> KNOWN_VOUCHER =
      PayloadCheck.of(
          NO_SUCH_VOUCHER,
          (t, c) -> {
            Optional<Integer> voucher = c.getSession().getVoucher();
            return voucher.isEmpty() || t.getFunding().hasVoucher(voucher.get());
          });

  /**
   * A session registered on a voucher fits in what that voucher has left under the regime's terms:
   * the guidance per voucher and the group maximum, or the aftercare per package. A session
   * registered on no voucher, or on one the funding does not hold (see {@link #KNOWN_VOUCHER}),
   * passes.
   */
  static final PayloadCheck<Trajectory, TrajectoryCommand.Conversation> VOUCHER_HOURS =
      PayloadCheck.of(
          VOUCHER_HOURS_EXCEEDED,
          (t, c) -> {
            Session session = c.getSession();
            Optional<VoucherUse> use =
                session.getVoucher().isPresent()
                    ? t.voucherUse(session.getVoucher().get())
                    : Optional.empty();
            return use.isEmpty() || !use.get().plus(session).isOverRegistered();
          });

  /**
   * Another voucher's package can start: the synthesis of the package worked on now is registered
   * on a voucher, and the funding holds a voucher whose package has had no synthesis yet.
   */
  static final Guard<Trajectory> NEXT_PACKAGE_OPEN =
      Guard.require(
          "next_package_open",
          (t, on) -> {
            if (t.packageVoucher().isEmpty()) {
              return false;
            }
            for (int v = 1; v <= t.getFunding().getVouchers().size(); v++) {
              if (!t.isSynthesisedOn(v)) {
                return true;
              }
            }
            return false;
          },
          (t, on) -> Reason.of(NO_NEXT_PACKAGE));

  /**
   * The conversation that starts the next package is registered on a voucher of the funding whose
   * package has had no synthesis yet.
   */
  static final PayloadCheck<Trajectory, TrajectoryCommand.Conversation> ON_NEXT_VOUCHER =
      PayloadCheck.of(
          SESSION_NOT_ON_NEXT_VOUCHER,
          (t, c) -> {
            Optional<Integer> next = c.getSession().getVoucher();
            return next.isPresent()
                && t.getFunding().hasVoucher(next.get())
                && !t.isSynthesisedOn(next.get());
          });

  /** A synthesis registered on a voucher is that voucher's first. */
  static final PayloadCheck<Trajectory, TrajectoryCommand.HoldSynthesis>
      FIRST_SYNTHESIS_OF_VOUCHER =
          PayloadCheck.of(
              VOUCHER_SYNTHESISED,
              (t, c) -> c.getSession().getVoucher().map(v -> !t.isSynthesisedOn(v)).orElse(true));

  /**
   * Under a regime that gives aftercare only at the client's request, the request is not recorded
   * as the coach's. A request that records no requester passes (a file from before it was
   * recorded).
   */
  static final PayloadCheck<Trajectory, TrajectoryCommand.HoldAftercare> CLIENTS_REQUEST =
      PayloadCheck.of(
          AFTERCARE_NOT_REQUESTED_BY_CLIENT,
          (t, c) ->
              !t.getFunding().getRegime().isAftercareOnClientRequest()
                  || c.getRequest().getRequestedBy().orElse(AftercareRequester.CLIENT)
                      == AftercareRequester.CLIENT);

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
              .check(KNOWN_VOUCHER)
              .check(VOUCHER_HOURS)
              .effect((t, c) -> withSession(t, c.getSession()))
              .on(HOLD_INTAKE)
              .from(OPENED)
              .to(INTAKE)
              .taking(TrajectoryCommand.HoldIntake.class)
              .check(NEW_SESSION)
              .check(KNOWN_VOUCHER)
              .check(VOUCHER_HOURS)
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
              .check(KNOWN_VOUCHER)
              .check(VOUCHER_HOURS)
              .effect((t, c) -> withSession(t, c.getSession()))
              .on(HOLD_IN_DEPTH_CONVERSATION)
              .from(SYNTHESIS, EVALUATION, AFTERCARE)
              .to(IN_DEPTH)
              .taking(TrajectoryCommand.HoldConversation.class)
              .guard(NEXT_PACKAGE_OPEN)
              .guard(EVALUATION_SENT)
              .guard(AGREEMENT_SIGNED)
              .check(NEW_SESSION)
              .check(KNOWN_VOUCHER)
              .check(VOUCHER_HOURS)
              .check(ON_NEXT_VOUCHER)
              .effect(TrajectoryLifecycle::nextPackage)
              .on(HOLD_SYNTHESIS)
              .from(IN_DEPTH)
              .to(SYNTHESIS)
              .taking(TrajectoryCommand.HoldSynthesis.class)
              .guard(IN_DEPTH_HELD)
              .check(NEW_SESSION)
              .check(KNOWN_VOUCHER)
              .check(VOUCHER_HOURS)
              .check(NEW_POP_AFTER_INTAKE)
              .check(FIRST_SYNTHESIS_OF_VOUCHER)
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
              .from(SYNTHESIS, EVALUATION, AFTERCARE)
              .to(AFTERCARE)
              .taking(TrajectoryCommand.HoldAftercare.class)
              .guard(EVALUATION_SENT)
              .guard(WITHIN_AFTERCARE_WINDOW)
              .check(REQUEST_AFTER_SYNTHESIS)
              .check(CLIENTS_REQUEST)
              .check(NEW_SESSION)
              .check(KNOWN_VOUCHER)
              .check(VOUCHER_HOURS)
              .effect(TrajectoryLifecycle::withAftercare)
              .on(HOLD_AFTERCARE)
              .from(CLOSED)
              .to(CLOSED)
              .taking(TrajectoryCommand.HoldAftercare.class)
              .guard(EVALUATION_SENT)
              .guard(WITHIN_AFTERCARE_WINDOW)
              .check(REQUEST_AFTER_SYNTHESIS)
              .check(CLIENTS_REQUEST)
              .check(NEW_SESSION)
              .check(KNOWN_VOUCHER)
              .check(VOUCHER_HOURS)
              .effect(TrajectoryLifecycle::withAftercare)
              .on(ISSUE_TRAINING_ATTEST)
              .from(SYNTHESIS, EVALUATION, AFTERCARE, CLOSED)
              .staying()
              .taking(TrajectoryCommand.IssueTrainingAttest.class)
              .guard(AFTER_SYNTHESIS)
              .guard(ATTEST_NOT_ISSUED)
              .guard(OTHER_CAREER_QUESTION)
              .check(TRAINING_IN_POP)
              .check(GUIDANCE_IN_TIME)
              .effect((t, c) -> t.copy().copyWithTrainingAttest(c.getAttest()))
              .on(RECORD_OUTCOME)
              .from(TrajectoryStage.values())
              .staying()
              .taking(TrajectoryCommand.RecordOutcome.class)
              .guard(OUTCOME_NOT_RECORDED)
              .check(OUTCOME_AFTER_OPENING)
              .effect((t, c) -> t.copy().copyWithOutcome(c.getOutcome()))
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
              .from(SYNTHESIS, EVALUATION, AFTERCARE)
              .to(CLOSED)
              .guard(EVALUATION_SENT)
              .noEffect()
              .on(STOP_EARLY)
              .from(OPENED, INTAKE, IN_DEPTH, SYNTHESIS, EVALUATION, AFTERCARE, PAUSED)
              .to(CLOSED)
              .noEffect()
              .correction(CORRECT, CLOSED)
              .build();

  private TrajectoryLifecycle() {}

  /**
   * Starts the next voucher's package: the POP and the evaluation invitation of the package worked
   * on now become a {@link VoucherPackage} of {@link Trajectory#getCompletedPackages()}, and the
   * conversation is recorded.
   */
  private static Trajectory nextPackage(Trajectory t, TrajectoryCommand.HoldConversation c) {
    List<VoucherPackage> completed = t.getCompletedPackages();
    Trajectory moved = t;
    if (t.getDevelopmentPlan().isPresent()) {
      moved =
          t.copy()
              .copyWithCompletedPackages(
                  append(
                      completed,
                      VoucherPackage.of(
                          t.packageVoucher().orElseThrow(),
                          t.getDevelopmentPlan().get(),
                          t.getEvaluationInvitation())))
              .copyWithDevelopmentPlan(Optional.empty())
              .copyWithEvaluationInvitation(Optional.empty());
    }
    return withSession(moved, c.getSession());
  }

  /** Records the aftercare conversation and the client's request. */
  private static Trajectory withAftercare(Trajectory t, TrajectoryCommand.HoldAftercare c) {
    return withSession(t, c.getSession())
        .copy()
        .copyWithAftercareRequests(append(t.getAftercareRequests(), c.getRequest()));
  }

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

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A command of the {@link TrajectoryLifecycle trajectory process}: hold a conversation, invite to
 * the evaluation, pause, resume, close. Build one with the static factories; apply it with {@link
 * Trajectory#apply(TrajectoryCommand)}. Dutch: handeling in het traject.
 *
 * <p>Each command is an immutable value whose payload is checked on construction: a conversation
 * command needs a session of the matching {@link SessionKind} that is planned or held (rules {@code
 * session_kind}, {@code session_held}); a planned session is held through its own lifecycle when
 * the command is applied. Its {@code toString()} shows only the kind and the date.
 */
public sealed interface TrajectoryCommand extends Command<TrajectoryCommandKind> {

  /**
   * @param session the introductory conversation, of kind {@link SessionKind#INTRODUCTORY}
   * @return the command
   */
  static TrajectoryCommand holdIntroductoryConversation(Session session) {
    return new HoldConversation(TrajectoryCommandKind.HOLD_INTRODUCTORY_CONVERSATION, session);
  }

  /**
   * @param session the intake conversation, of kind {@link SessionKind#INTAKE}
   * @param agreement the intake agreement: the topics explained and, once signed, the signature
   *     date
   * @param plan the trajectory plan set at the intake: phases, attention, goals
   * @param question the career question as explored at the intake, when recorded
   * @return the command
   */
  static TrajectoryCommand holdIntake(
      Session session,
      IntakeAgreement agreement,
      TrajectoryPlan plan,
      Optional<CareerQuestion> question) {
    return new HoldIntake(session, agreement, plan, question);
  }

  /**
   * @param session an in-depth conversation, of kind {@link SessionKind#IN_DEPTH}
   * @return the command
   */
  static TrajectoryCommand holdInDepthConversation(Session session) {
    return new HoldConversation(TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION, session);
  }

  /**
   * @param session the synthesis conversation, of kind {@link SessionKind#SYNTHESIS}
   * @param plan the POP drawn up in it
   * @return the command
   */
  static TrajectoryCommand holdSynthesis(Session session, DevelopmentPlan plan) {
    return new HoldSynthesis(session, plan);
  }

  /**
   * @param invitation the invitation to the anonymous evaluation
   * @return the command
   */
  static TrajectoryCommand inviteEvaluation(EvaluationInvitation invitation) {
    return new InviteEvaluation(invitation);
  }

  /**
   * @param request the client's request for aftercare (aftercare is only given on request)
   * @param session the aftercare conversation, of kind {@link SessionKind#AFTERCARE}, not before
   *     the request
   * @return the command
   */
  static TrajectoryCommand holdAftercare(AftercareRequest request, Session session) {
    return new HoldAftercare(request, session);
  }

  /**
   * @param attest the training attest; its issuing day is the command's date
   * @return the command that issues the attest, refused by the lifecycle when 004 §5 forbids it
   */
  static TrajectoryCommand issueTrainingAttest(TrainingAttest attest) {
    return new IssueTrainingAttest(attest);
  }

  /**
   * @param on the day the outcome is recorded, the command's date: on or after the last event, so
   *     an outcome known after the closing is recorded after it
   * @param outcome the trajectory's outcome, with the day from which it holds
   * @return the command that records the outcome, once, in any stage
   */
  static TrajectoryCommand recordOutcome(LocalDate on, TrajectoryOutcome outcome) {
    return new RecordOutcome(on, outcome);
  }

  /**
   * @param date the day the pause starts
   * @param reason why
   * @param referral the referral that causes the pause, when it is one
   * @return the command
   */
  static TrajectoryCommand pause(LocalDate date, PauseReason reason, Optional<Referral> referral) {
    return new Pause(date, reason, referral);
  }

  /**
   * @param date the day the trajectory resumes; a referral still open is marked as returned on this
   *     day
   * @return the command
   */
  static TrajectoryCommand resume(LocalDate date) {
    return new Resume(date);
  }

  /**
   * @param date the day the trajectory is closed
   * @return the command
   */
  static TrajectoryCommand close(LocalDate date) {
    return new Close(date);
  }

  /**
   * @param date the day the trajectory stops
   * @param reason why it stops early
   * @return the command
   */
  static TrajectoryCommand stopEarly(LocalDate date, StopReason reason) {
    return new StopEarly(date, reason);
  }

  /**
   * @param date the day of the correction
   * @param reason rectification or erasure
   * @return the command that records a correction of a closed trajectory; apply it with {@link
   *     Trajectory#correct}, which makes the change and records this command in one step
   */
  static TrajectoryCommand correct(LocalDate date, CorrectionReason reason) {
    return new Correct(date, reason);
  }

  /**
   * A command that records a conversation: its {@linkplain #getSession() session} is added to the
   * trajectory, held. Dutch: gevoerd gesprek.
   */
  sealed interface Conversation extends TrajectoryCommand {
    /**
     * @return the session of the conversation
     */
    Session getSession();
  }

  /**
   * A conversation held: introductory or in-depth.
   *
   * @param kind {@code hold_introductory_conversation} or {@code hold_in_depth_conversation}
   * @param session the conversation, of the session kind the command kind names; planned or held
   */
  record HoldConversation(TrajectoryCommandKind kind, Session session) implements Conversation {
    /**
     * Checks the payload (rules {@code session_kind}, {@code session_held}).
     *
     * @param kind {@code hold_introductory_conversation} or {@code hold_in_depth_conversation}
     * @param session the conversation, of the session kind the command kind names; planned or held
     */
    public HoldConversation {
      Objects.requireNonNull(kind, "kind");
      if (kind != TrajectoryCommandKind.HOLD_INTRODUCTORY_CONVERSATION
          && kind != TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION) {
        throw new IllegalArgumentException("Not a conversation kind: " + kind.code());
      }
      requireKind(
          session,
          kind == TrajectoryCommandKind.HOLD_INTRODUCTORY_CONVERSATION
              ? SessionKind.INTRODUCTORY
              : SessionKind.IN_DEPTH);
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return kind;
    }

    /**
     * @return the session date
     */
    @Override
    public LocalDate getDate() {
      return session.getDate();
    }

    @Override
    public Session getSession() {
      return session;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The intake held, with agreement, plan and career question.
   *
   * @param session the intake conversation
   * @param agreement the intake agreement
   * @param plan the trajectory plan set at the intake
   * @param question the career question as explored, when recorded
   */
  record HoldIntake(
      Session session,
      IntakeAgreement agreement,
      TrajectoryPlan plan,
      Optional<CareerQuestion> question)
      implements Conversation {
    /**
     * Checks the payload (rules {@code session_kind}, {@code session_held}).
     *
     * @param session the intake conversation
     * @param agreement the intake agreement
     * @param plan the trajectory plan set at the intake
     * @param question the career question as explored, when recorded
     */
    public HoldIntake {
      requireKind(session, SessionKind.INTAKE);
      Objects.requireNonNull(agreement, "agreement");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(question, "question");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.HOLD_INTAKE;
    }

    /**
     * @return the session date
     */
    @Override
    public LocalDate getDate() {
      return session.getDate();
    }

    @Override
    public Session getSession() {
      return session;
    }

    /**
     * @return the intake agreement
     */
    public IntakeAgreement getAgreement() {
      return agreement;
    }

    /**
     * @return the trajectory plan set at the intake
     */
    public TrajectoryPlan getPlan() {
      return plan;
    }

    /**
     * @return the career question as explored, when recorded
     */
    public Optional<CareerQuestion> getQuestion() {
      return question;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The synthesis conversation held, with the POP.
   *
   * @param session the synthesis conversation
   * @param plan the personal development plan
   */
  record HoldSynthesis(Session session, DevelopmentPlan plan) implements Conversation {
    /**
     * Checks the payload (rules {@code session_kind}, {@code session_held}).
     *
     * @param session the synthesis conversation
     * @param plan the personal development plan
     */
    public HoldSynthesis {
      requireKind(session, SessionKind.SYNTHESIS);
      Objects.requireNonNull(plan, "plan");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.HOLD_SYNTHESIS;
    }

    /**
     * @return the session date
     */
    @Override
    public LocalDate getDate() {
      return session.getDate();
    }

    @Override
    public Session getSession() {
      return session;
    }

    /**
     * @return the personal development plan
     */
    public DevelopmentPlan getPlan() {
      return plan;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The invitation to the anonymous evaluation sent.
   *
   * @param invitation the invitation; its sending day is the command's date
   */
  record InviteEvaluation(EvaluationInvitation invitation) implements TrajectoryCommand {
    /**
     * Checks the payload.
     *
     * @param invitation the invitation; its sending day is the command's date
     */
    public InviteEvaluation {
      Objects.requireNonNull(invitation, "invitation");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.INVITE_EVALUATION;
    }

    /**
     * @return the day the invitation was sent
     */
    @Override
    public LocalDate getDate() {
      return invitation.getSentOn();
    }

    /**
     * @return the invitation
     */
    public EvaluationInvitation getInvitation() {
      return invitation;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The trajectory's outcome recorded for reporting (Dutch: resultaat vastgelegd).
   *
   * @param on the day the outcome is recorded
   * @param outcome the outcome, with the day from which it holds
   */
  record RecordOutcome(LocalDate on, TrajectoryOutcome outcome) implements TrajectoryCommand {
    /**
     * Checks the payload.
     *
     * @param on the day the outcome is recorded
     * @param outcome the outcome, with the day from which it holds
     */
    public RecordOutcome {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.RECORD_OUTCOME;
    }

    /**
     * @return the day the outcome is recorded
     */
    @Override
    public LocalDate getDate() {
      return on;
    }

    /**
     * @return the outcome
     */
    public TrajectoryOutcome getOutcome() {
      return outcome;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The training attest issued (004 §5, Dutch: attest opleiding in het kader van het POP).
   *
   * @param attest the attest; its issuing day is the command's date
   */
  record IssueTrainingAttest(TrainingAttest attest) implements TrajectoryCommand {
    /**
     * Checks the payload.
     *
     * @param attest the attest; its issuing day is the command's date
     */
    public IssueTrainingAttest {
      Objects.requireNonNull(attest, "attest");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.ISSUE_TRAINING_ATTEST;
    }

    /**
     * @return the day the attest is issued
     */
    @Override
    public LocalDate getDate() {
      return attest.getIssuedOn();
    }

    /**
     * @return the attest
     */
    public TrainingAttest getAttest() {
      return attest;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * Aftercare given on the client's request.
   *
   * @param request the client's request
   * @param session the aftercare session, not before the request
   */
  record HoldAftercare(AftercareRequest request, Session session) implements Conversation {
    /**
     * Checks the payload (rules {@code session_kind}, {@code session_held}, {@code not_before}).
     *
     * @param request the client's request
     * @param session the aftercare session, not before the request
     */
    public HoldAftercare {
      requireKind(session, SessionKind.AFTERCARE);
      Objects.requireNonNull(request, "request");
      if (session.getDate().isBefore(request.getRequestedOn())) {
        throw new InvalidValueException(
            "HoldAftercare",
            "session.date",
            "not_before",
            "the aftercare session must not lie before the client's request");
      }
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.HOLD_AFTERCARE;
    }

    /**
     * @return the session date
     */
    @Override
    public LocalDate getDate() {
      return session.getDate();
    }

    /**
     * @return the client's request
     */
    public AftercareRequest getRequest() {
      return request;
    }

    @Override
    public Session getSession() {
      return session;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * A pause, possibly for a referral.
   *
   * @param date the first day of the pause
   * @param reason why the trajectory pauses
   * @param referral the referral, only with reason {@code referral}
   */
  record Pause(LocalDate date, PauseReason reason, Optional<Referral> referral)
      implements TrajectoryCommand {
    /**
     * Checks the payload (rule {@code referral_reason}).
     *
     * @param date the first day of the pause
     * @param reason why the trajectory pauses
     * @param referral the referral, only with reason {@code referral}
     */
    public Pause {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(referral, "referral");
      if (referral.isPresent() && reason != PauseReason.REFERRAL) {
        throw new InvalidValueException(
            "Pause", "reason", "referral_reason", "must be referral when a referral is given");
      }
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.PAUSE;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return why the trajectory pauses
     */
    public PauseReason getReason() {
      return reason;
    }

    /**
     * @return the referral, when the pause is for one
     */
    public Optional<Referral> getReferral() {
      return referral;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The return from a pause, to the stage before it.
   *
   * @param date the day the trajectory resumes
   */
  record Resume(LocalDate date) implements TrajectoryCommand {
    /**
     * Checks the payload.
     *
     * @param date the day the trajectory resumes
     */
    public Resume {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.RESUME;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * The regular close, after the evaluation invitation or aftercare.
   *
   * @param date the day the trajectory is closed
   */
  record Close(LocalDate date) implements TrajectoryCommand {
    /**
     * Checks the payload.
     *
     * @param date the day the trajectory is closed
     */
    public Close {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.CLOSE;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * An early stop.
   *
   * @param date the day of the stop
   * @param reason why the trajectory stops early
   */
  record StopEarly(LocalDate date, StopReason reason) implements TrajectoryCommand {
    /**
     * Checks the payload.
     *
     * @param date the day of the stop
     * @param reason why the trajectory stops early
     */
    public StopEarly {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.STOP_EARLY;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return why the trajectory stops early
     */
    public StopReason getReason() {
      return reason;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /**
   * A correction of a closed trajectory, with its reason; the change itself is made by {@link
   * Trajectory#correct}.
   *
   * @param date the day of the correction
   * @param reason rectification or erasure
   */
  record Correct(LocalDate date, CorrectionReason reason) implements TrajectoryCommand {
    /**
     * Checks the payload.
     *
     * @param date the day of the correction
     * @param reason rectification or erasure
     */
    public Correct {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public TrajectoryCommandKind getKind() {
      return TrajectoryCommandKind.CORRECT;
    }

    @Override
    public LocalDate getDate() {
      return date;
    }

    /**
     * @return rectification or erasure
     */
    public CorrectionReason getReason() {
      return reason;
    }

    @Override
    public String toString() {
      return Command.describe(this);
    }
  }

  /** Checks a conversation command's session: present, of the expected kind, planned or held. */
  private static Session requireKind(Session session, SessionKind expected) {
    Objects.requireNonNull(session, "session");
    if (session.getKind() != expected) {
      throw new InvalidValueException(
          "TrajectoryCommand",
          "session.kind",
          "session_kind",
          "must be " + expected.code() + " for this command");
    }
    if (session.getStatus() != SessionStatus.PLANNED && session.getStatus() != SessionStatus.HELD) {
      throw new InvalidValueException(
          "TrajectoryCommand",
          "session.status",
          "session_held",
          "must be planned or held: a cancelled or missed session is not a conversation held");
    }
    return session;
  }
}

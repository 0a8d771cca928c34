package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.lifecycle.BaseCommand;
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
 * A command of the {@link TrajectoryLifecycle trajectory process}: hold a conversation, invite to the evaluation,
 * pause, resume, close. Build one with the static factories; apply it with {@link Trajectory#apply(TrajectoryCommand)}. Dutch: handeling in het traject.
 *
 * <p>Each command is an immutable value whose payload is checked on construction: a conversation command needs a
 * session of the matching {@link SessionKind} that is planned or held (rules {@code session_kind},
 * {@code session_held}); a planned session is held through its own lifecycle when the command is applied. Its {@code toString()} shows only the kind and the date.
 */
public sealed interface TrajectoryCommand extends Command<TrajectoryCommandKind> {

  /**
   * @param session the introductory conversation, of kind {@link SessionKind#INTRODUCTORY}
   * @return the command
   */
  static TrajectoryCommand holdIntroductoryConversation(Session session) {
    return new HoldConversation(TrajectoryCommandKind.HOLD_INTRODUCTORY_CONVERSATION, session,
        SessionKind.INTRODUCTORY);
  }

  /**
   * @param session the intake conversation, of kind {@link SessionKind#INTAKE}
   * @param agreement the intake agreement: the topics explained and, once signed, the signature date
   * @param plan the trajectory plan set at the intake: phases, attention, goals
   * @param question the career question as explored at the intake, when recorded
   * @return the command
   */
  static TrajectoryCommand holdIntake(Session session, IntakeAgreement agreement, TrajectoryPlan plan,
      Optional<CareerQuestion> question) {
    return new HoldIntake(session, agreement, plan, question);
  }

  /**
   * @param session an in-depth conversation, of kind {@link SessionKind#IN_DEPTH}
   * @return the command
   */
  static TrajectoryCommand holdInDepthConversation(Session session) {
    return new HoldConversation(TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION, session, SessionKind.IN_DEPTH);
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
   * @param session the aftercare conversation, of kind {@link SessionKind#AFTERCARE}, not before the request
   * @return the command
   */
  static TrajectoryCommand holdAftercare(AftercareRequest request, Session session) {
    return new HoldAftercare(request, session);
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
   * @param date the day the trajectory resumes; a referral still open is marked as returned on this day
   * @return the command
   */
  static TrajectoryCommand resume(LocalDate date) {
    return new Simple(TrajectoryCommandKind.RESUME, date);
  }

  /**
   * @param date the day the trajectory is closed
   * @return the command
   */
  static TrajectoryCommand close(LocalDate date) {
    return new Simple(TrajectoryCommandKind.CLOSE, date);
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
   * @return the command that records a correction of a closed trajectory; apply it with
   *     {@link Trajectory#correct}, which makes the change and records this command in one step
   */
  static TrajectoryCommand correct(LocalDate date, CorrectionReason reason) {
    return new Correct(date, reason);
  }

  /**
   * A command that records a conversation: its {@linkplain #getSession() session} is added to the trajectory,
   * held. Dutch: gevoerd gesprek.
   */
  sealed interface Conversation extends TrajectoryCommand {
    /** @return the session of the conversation */
    Session getSession();
  }

  /** A conversation held: introductory or in-depth. */
  final class HoldConversation extends BaseCommand<TrajectoryCommandKind> implements Conversation {
    private final Session session;

    HoldConversation(TrajectoryCommandKind kind, Session session, SessionKind expected) {
      super(kind, session.getDate());
      this.session = requireKind(session, expected);
    }

    /** @return the session held */
    public Session getSession() {
      return session;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {session};
    }
  }

  /** The intake held, with agreement, plan and career question. */
  final class HoldIntake extends BaseCommand<TrajectoryCommandKind> implements Conversation {
    private final Session session;
    private final IntakeAgreement agreement;
    private final TrajectoryPlan plan;
    private final Optional<CareerQuestion> question;

    HoldIntake(Session session, IntakeAgreement agreement, TrajectoryPlan plan, Optional<CareerQuestion> question) {
      super(TrajectoryCommandKind.HOLD_INTAKE, session.getDate());
      this.session = requireKind(session, SessionKind.INTAKE);
      this.agreement = Objects.requireNonNull(agreement, "agreement");
      this.plan = Objects.requireNonNull(plan, "plan");
      this.question = Objects.requireNonNull(question, "question");
    }

    /** @return the intake session */
    public Session getSession() {
      return session;
    }

    /** @return the intake agreement */
    public IntakeAgreement getAgreement() {
      return agreement;
    }

    /** @return the trajectory plan */
    public TrajectoryPlan getPlan() {
      return plan;
    }

    /** @return the career question, when recorded */
    public Optional<CareerQuestion> getQuestion() {
      return question;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {session, agreement, plan, question};
    }
  }

  /** The synthesis conversation held, with the POP. */
  final class HoldSynthesis extends BaseCommand<TrajectoryCommandKind> implements Conversation {
    private final Session session;
    private final DevelopmentPlan plan;

    HoldSynthesis(Session session, DevelopmentPlan plan) {
      super(TrajectoryCommandKind.HOLD_SYNTHESIS, session.getDate());
      this.session = requireKind(session, SessionKind.SYNTHESIS);
      this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** @return the synthesis session */
    public Session getSession() {
      return session;
    }

    /** @return the POP drawn up */
    public DevelopmentPlan getPlan() {
      return plan;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {session, plan};
    }
  }

  /** The invitation to the anonymous evaluation sent. */
  final class InviteEvaluation extends BaseCommand<TrajectoryCommandKind> implements TrajectoryCommand {
    private final EvaluationInvitation invitation;

    InviteEvaluation(EvaluationInvitation invitation) {
      super(TrajectoryCommandKind.INVITE_EVALUATION, invitation.getSentOn());
      this.invitation = invitation;
    }

    /** @return the invitation */
    public EvaluationInvitation getInvitation() {
      return invitation;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {invitation};
    }
  }

  /** Aftercare given on the client's request. */
  final class HoldAftercare extends BaseCommand<TrajectoryCommandKind> implements Conversation {
    private final AftercareRequest request;
    private final Session session;

    HoldAftercare(AftercareRequest request, Session session) {
      super(TrajectoryCommandKind.HOLD_AFTERCARE, session.getDate());
      this.session = requireKind(session, SessionKind.AFTERCARE);
      this.request = Objects.requireNonNull(request, "request");
      if (session.getDate().isBefore(request.getRequestedOn())) {
        throw new InvalidValueException("HoldAftercare", "session.date", "not_before",
            "the aftercare session must not lie before the client's request");
      }
    }

    /** @return the client's request */
    public AftercareRequest getRequest() {
      return request;
    }

    /** @return the aftercare session */
    public Session getSession() {
      return session;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {request, session};
    }
  }

  /** A pause, possibly for a referral. */
  final class Pause extends BaseCommand<TrajectoryCommandKind> implements TrajectoryCommand {
    private final PauseReason reason;
    private final Optional<Referral> referral;

    Pause(LocalDate date, PauseReason reason, Optional<Referral> referral) {
      super(TrajectoryCommandKind.PAUSE, date);
      this.reason = Objects.requireNonNull(reason, "reason");
      this.referral = Objects.requireNonNull(referral, "referral");
      if (referral.isPresent() && reason != PauseReason.REFERRAL) {
        throw new InvalidValueException("Pause", "reason", "referral_reason",
            "must be referral when a referral is given");
      }
    }

    /** @return why the trajectory pauses */
    public PauseReason getReason() {
      return reason;
    }

    /** @return the referral, when the pause is one */
    public Optional<Referral> getReferral() {
      return referral;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {reason, referral};
    }
  }

  /** An early stop. */
  final class StopEarly extends BaseCommand<TrajectoryCommandKind> implements TrajectoryCommand {
    private final StopReason reason;

    StopEarly(LocalDate date, StopReason reason) {
      super(TrajectoryCommandKind.STOP_EARLY, date);
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the trajectory stops */
    public StopReason getReason() {
      return reason;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {reason};
    }
  }

  /** A correction of a closed trajectory, with its reason; the change itself is made by {@link Trajectory#correct}. */
  final class Correct extends BaseCommand<TrajectoryCommandKind> implements TrajectoryCommand {
    private final CorrectionReason reason;

    Correct(LocalDate date, CorrectionReason reason) {
      super(TrajectoryCommandKind.CORRECT, date);
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the closed trajectory is changed */
    public CorrectionReason getReason() {
      return reason;
    }

    @Override
    protected Object[] payload() {
      return new Object[] {reason};
    }
  }

  /** A command with a date only: resume, close. */
  final class Simple extends BaseCommand<TrajectoryCommandKind> implements TrajectoryCommand {
    Simple(TrajectoryCommandKind kind, LocalDate date) {
      super(kind, date);
    }

  }

  private static Session requireKind(Session session, SessionKind expected) {
    Objects.requireNonNull(session, "session");
    if (session.getKind() != expected) {
      throw new InvalidValueException("TrajectoryCommand", "session.kind", "session_kind",
          "must be " + expected.code() + " for this command");
    }
    if (session.getStatus() != SessionStatus.PLANNED && session.getStatus() != SessionStatus.HELD) {
      throw new InvalidValueException("TrajectoryCommand", "session.status", "session_held",
          "must be planned or held: a cancelled or missed session is not a conversation held");
    }
    return session;
  }
}

package io.github.loopbaan.benchmarks.lifecycle;

import io.github.loopbaan.core.party.Accreditation;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.phase.Attention;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionId;
import io.github.loopbaan.core.plan.ActionPlan;
import io.github.loopbaan.core.plan.ActionSubject;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.Insight;
import io.github.loopbaan.core.plan.InsightId;
import io.github.loopbaan.core.plan.InsightKind;
import io.github.loopbaan.core.plan.PlanKind;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionMode;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.VoucherId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The whole trajectory process path, as in the tour ({@code docs/.../Tour.java}), without pause:
 * introductory conversation, intake, in-depth conversation, synthesis with the POP, evaluation
 * invitation, aftercare, close. Every contender plays these same command objects from a fresh
 * start, so all see the same payload and dates.
 *
 * <p>The guards on the way: {@code agreement_signed} (in-depth), {@code in_depth_held} (synthesis)
 * and {@code within_year_of_synthesis} (aftercare). With {@link #create(boolean) create(false)} the
 * intake agreement is not signed, so the in-depth step must be rejected by every contender: the
 * tests use it to prove the guards are real.
 */
public final class TrajectoryPath {

  /** The day the trajectory is opened. */
  public static final LocalDate START = LocalDate.of(2025, 1, 13);

  private final Trajectory opened;
  private final List<TrajectoryCommand> commands;

  private TrajectoryPath(Trajectory opened, List<TrajectoryCommand> commands) {
    this.opened = opened;
    this.commands = commands;
  }

  /**
   * @param agreementSigned whether the intake agreement is signed at the intake
   * @return the path
   */
  public static TrajectoryPath create(boolean agreementSigned) {
    Client client =
        Client.builder()
            .id(ClientId.of("c-bench-1"))
            .name("Marleen Claes")
            .birthYear(Year.of(1967))
            .employment(EmploymentSituation.FORCED_MOBILITY)
            .build();
    Coach coach =
        Coach.builder()
            .id(CoachId.of("k-bench"))
            .addAccreditations(Accreditation.EQA_PRACTITIONER)
            .build();
    Trajectory opened =
        Trajectory.open(
            TrajectoryId.of("t-bench-1"),
            client,
            coach,
            CommissioningParty.publicFunder(CommissionerId.of("vdab"), "VDAB"),
            Funding.careerVouchers(VoucherId.of("lc-1"), VoucherId.of("lc-2")),
            START);

    LocalDate intakeDay = START.plusDays(7);
    IntakeAgreement.Builder agreement =
        IntakeAgreement.builder()
            .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
            .heldOn(intakeDay);
    if (agreementSigned) {
      agreement.signedOn(intakeDay);
    }
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .decidedOn(intakeDay)
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.LABOUR_MARKET_ACTION, Attention.NORMAL))
            .addGoals(
                CoachingGoal.of(
                    "Binnen drie maanden weten welke richting bij mij past", GoalTerm.SHORT_TERM))
            .build();
    CareerQuestion question =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-bench-1"))
            .ownWords("Mijn functie verdwijnt door de reorganisatie. Wat kan ik nog?")
            .askedOn(intakeDay)
            .initialType(ClientQuestionType.CHOICE)
            .build();
    LocalDate inDepthDay = intakeDay.plusDays(10);
    LocalDate synthesisDay = inDepthDay.plusDays(30);
    DevelopmentPlan pop =
        DevelopmentPlan.builder()
            .id(DevelopmentPlanId.of("pop-bench-1"))
            .kind(PlanKind.ACTION_ORIENTED)
            .generalData(
                GeneralData.builder()
                    .title("POP")
                    .finalisedOn(synthesisDay)
                    .clientName("Marleen Claes")
                    .signedOn(synthesisDay)
                    .build())
            .careerQuestion("Wat kan ik nog?")
            .addInsights(
                Insight.of(
                    InsightId.of("i-1"),
                    InsightKind.RESOURCE,
                    "Collega's komen al jaren bij mij om raad: coachen geeft mij energie."))
            .actionPlan(
                ActionPlan.builder()
                    .addActions(
                        Action.of(
                            ActionId.of("a-1"), ActionSubject.NETWORKING, "Drie netwerkgesprekken"))
                    .build())
            .build();
    LocalDate asked = synthesisDay.plusMonths(4);

    List<TrajectoryCommand> commands =
        List.of(
            TrajectoryCommand.holdIntroductoryConversation(
                session("s-1", SessionKind.INTRODUCTORY, START, 30, SessionMode.PHONE)),
            TrajectoryCommand.holdIntake(
                session("s-2", SessionKind.INTAKE, intakeDay, 90, SessionMode.IN_PERSON),
                agreement.build(),
                plan,
                Optional.of(question)),
            TrajectoryCommand.holdInDepthConversation(
                session("s-3", SessionKind.IN_DEPTH, inDepthDay, 90, SessionMode.IN_PERSON)),
            TrajectoryCommand.holdSynthesis(
                session("s-4", SessionKind.SYNTHESIS, synthesisDay, 90, SessionMode.IN_PERSON),
                pop),
            TrajectoryCommand.inviteEvaluation(
                EvaluationInvitation.builder().sentOn(synthesisDay.plusDays(1)).build()),
            TrajectoryCommand.holdAftercare(
                AftercareRequest.of(asked, "Hoe houd ik mijn doelen vast?"),
                session("s-5", SessionKind.AFTERCARE, asked.plusDays(6), 30, SessionMode.PHONE)),
            TrajectoryCommand.close(asked.plusDays(7)));
    return new TrajectoryPath(opened, commands);
  }

  /**
   * A planned session (the trajectory holds it through the session lifecycle when the command is
   * applied).
   *
   * @param id the session identifier
   * @param kind the kind of conversation
   * @param day the day
   * @param minutes the duration in minutes
   * @param mode how it is held
   * @return the session
   */
  public static Session session(
      String id, SessionKind kind, LocalDate day, int minutes, SessionMode mode) {
    return Session.builder()
        .id(SessionId.of(id))
        .kind(kind)
        .date(day)
        .duration(Duration.ofMinutes(minutes))
        .mode(mode)
        .build();
  }

  /**
   * @return the trajectory as opened: stage opened, empty history
   */
  public Trajectory opened() {
    return opened;
  }

  /**
   * @return the seven commands of the path, in order
   */
  public List<TrajectoryCommand> commands() {
    return commands;
  }
}

package io.github.loopbaan.benchmarks.inputs;

import io.github.loopbaan.core.party.Accreditation;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.phase.Attention;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.phase.NewJob;
import io.github.loopbaan.core.phase.NewJobKind;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionCommand;
import io.github.loopbaan.core.plan.ActionId;
import io.github.loopbaan.core.plan.ActionPlan;
import io.github.loopbaan.core.plan.ActionSubject;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanCommand;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The standard inputs of the benchmarks (performance issue #7): one client, a medium trajectory and
 * a large one, built only through the public API of {@code loopbaan-core} and, for the
 * trajectories, the real lifecycle commands (every session is held through {@link
 * Trajectory#apply(TrajectoryCommand)}, as in the tour).
 *
 * <p>Deterministic: fixed dates, identifiers and texts, no randomness and no clock. Every call
 * builds the value anew; the values are immutable, so a benchmark builds them once in its setup.
 *
 * <ul>
 *   <li>{@link #client()}: one client with every attribute set.
 *   <li>{@link #mediumTrajectory()}: a complete, closed Flemish career-voucher trajectory (two
 *       vouchers): 12 sessions (introductory, intake, eight in-depth conversations, synthesis,
 *       aftercare), the content phases, a finalised and signed POP with 3 insights and an action
 *       plan of 20 actions, the evaluation invitation. It has no error-severity finding under
 *       {@code BASE} and {@code FLEMISH_VOUCHER} of {@code LoopbaanValidator} (the benchmarks'
 *       tests check it).
 *   <li>{@link #largeTrajectory()}: the same process at scale: 1,000 sessions (996 in-depth
 *       conversations) and a POP with 3 insights and 2,000 actions. It stands for a long-running
 *       file, not for a voucher trajectory: it exceeds the voucher's hours, which is what
 *       validation would report.
 * </ul>
 */
public final class StandardInputs {

  /** The day the trajectories are opened. */
  public static final LocalDate START = LocalDate.of(2025, 1, 13);

  /** Sessions in the medium trajectory. */
  public static final int MEDIUM_SESSIONS = 12;

  /** Actions in the medium trajectory's POP. */
  public static final int MEDIUM_ACTIONS = 20;

  /** Sessions in the large trajectory. */
  public static final int LARGE_SESSIONS = 1_000;

  /** Actions in the large trajectory's POP. */
  public static final int LARGE_ACTIONS = 2_000;

  /** Insights in both trajectories' POP. */
  public static final int INSIGHTS = 3;

  /** Realistic action texts, cycled (and numbered past the first round) for larger plans. */
  private static final List<ActionText> ACTIONS =
      List.of(
          new ActionText(
              ActionSubject.NETWORKING, "Drie netwerkgesprekken met opleidingscoördinatoren"),
          new ActionText(ActionSubject.CV_CHECK, "Cv herschrijven rond begeleiden en opleiden"),
          new ActionText(
              ActionSubject.SOCIAL_MEDIA, "LinkedIn-profiel bijwerken met de nieuwe richting"),
          new ActionText(
              ActionSubject.FINDING_VACANCIES,
              "Vacatures in opleidingscentra volgen via VDAB en Jobat"),
          new ActionText(
              ActionSubject.APPLICATION_LETTERS,
              "Een sollicitatiebrief schrijven voor een centrum in Gent"),
          new ActionText(
              ActionSubject.INTERVIEW_PREPARATION, "Een sollicitatiegesprek oefenen met de coach"),
          new ActionText(
              ActionSubject.TRAINING,
              "Informatie vragen over de opleiding tot opleidingscoördinator"),
          new ActionText(
              ActionSubject.PERSONAL_BRANDING, "Een elevator pitch van één minuut schrijven"),
          new ActionText(
              ActionSubject.PRESENTATION, "Mijn pitch voorstellen aan twee oud-collega's"),
          new ActionText(
              ActionSubject.APPLICATION_SKILLS, "Een STAR-voorbeeld uitwerken over de fusie"),
          new ActionText(
              ActionSubject.NETWORKING,
              "Contact opnemen met de HR-verantwoordelijke van mijn oude afdeling"),
          new ActionText(
              ActionSubject.COPING_WITH_REJECTION,
              "Na een afwijzing om feedback vragen en die noteren"),
          new ActionText(
              ActionSubject.INTERMEDIATE_STEP, "Een dag meelopen met een opleidingscoördinator"),
          new ActionText(
              ActionSubject.FINDING_VACANCIES,
              "Een lijst maken van tien organisaties die mij aanspreken"),
          new ActionText(
              ActionSubject.NEGOTIATION, "Mijn wensen over uren en loon op papier zetten"),
          new ActionText(ActionSubject.TRAINING, "Een webinar over volwassenenleren volgen"),
          new ActionText(
              ActionSubject.BEYOND_PAID_WORK,
              "Vrijwilligerswerk als mentor bij een buurthuis bekijken"),
          new ActionText(ActionSubject.CV_CHECK, "Het cv laten nalezen door een netwerkcontact"),
          new ActionText(ActionSubject.NETWORKING, "Een infosessie van een hogeschool bijwonen"),
          new ActionText(ActionSubject.OTHER, "Elke vrijdag een kwartier terugblikken op de week"));

  private StandardInputs() {}

  /**
   * @return the small document's value: one client, every attribute set
   */
  public static Client client() {
    return Client.builder()
        .id(ClientId.of("c-2025-017"))
        .name("Marleen Claes")
        .birthYear(Year.of(1967))
        .employment(EmploymentSituation.FORCED_MOBILITY)
        .educationLevel(EducationLevel.HIGH)
        .build();
  }

  /**
   * @return the medium trajectory: a complete, closed career-voucher trajectory with {@value
   *     #MEDIUM_SESSIONS} sessions and a POP of {@value #INSIGHTS} insights and {@value
   *     #MEDIUM_ACTIONS} actions
   */
  public static Trajectory mediumTrajectory() {
    return trajectory("t-2025-031", MEDIUM_SESSIONS - 4, MEDIUM_ACTIONS);
  }

  /**
   * @return the large trajectory: {@value #LARGE_SESSIONS} sessions and a POP of {@value #INSIGHTS}
   *     insights and {@value #LARGE_ACTIONS} actions
   */
  public static Trajectory largeTrajectory() {
    return trajectory("t-2025-999", LARGE_SESSIONS - 4, LARGE_ACTIONS);
  }

  /**
   * The trajectory process with {@code inDepth} in-depth conversations (plus introductory, intake,
   * synthesis and aftercare) and a POP of {@code actions} actions.
   */
  private static Trajectory trajectory(String id, int inDepth, int actions) {
    Client client = client();
    Coach coach =
        Coach.builder()
            .id(CoachId.of("k-04"))
            .addAccreditations(Accreditation.EQA_PRACTITIONER)
            .build();
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of(id),
            client,
            coach,
            CommissioningParty.publicFunder(CommissionerId.of("vdab"), "VDAB"),
            Funding.careerVouchers(VoucherId.of("lc-1"), VoucherId.of("lc-2")),
            START);
    int[] sessions = {0, 0, 0};

    // Introductory conversation: free, by phone.
    t =
        apply(
            t,
            TrajectoryCommand.holdIntroductoryConversation(
                session(sessions, SessionKind.INTRODUCTORY, START, 30, SessionMode.PHONE)));

    // Intake: question, signed agreement, plan with phases and goals.
    LocalDate intakeDay = START.plusDays(7);
    CareerQuestion question =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-1"))
            .ownWords(
                "Mijn functie verdwijnt door de reorganisatie. Wat kan ik nog, op mijn leeftijd?")
            .askedOn(intakeDay)
            .initialType(ClientQuestionType.CHOICE)
            .build();
    IntakeAgreement agreement =
        IntakeAgreement.builder()
            .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
            .heldOn(intakeDay)
            .signedOn(intakeDay)
            .build();
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .decidedOn(intakeDay)
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.LABOUR_MARKET_EXPLORATION, Attention.NORMAL))
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.LABOUR_MARKET_ACTION, Attention.EXTENSIVE))
            .addGoals(
                CoachingGoal.of(
                    "Binnen drie maanden weten welke richting bij mij past", GoalTerm.SHORT_TERM))
            .addGoals(
                CoachingGoal.of(
                    "Een nieuwe baan waarin ik mijn ervaring kan doorgeven", GoalTerm.LONG_TERM))
            .build();
    t =
        apply(
            t,
            TrajectoryCommand.holdIntake(
                session(sessions, SessionKind.INTAKE, intakeDay, 60, SessionMode.IN_PERSON),
                agreement,
                plan,
                Optional.of(question)));

    // In-depth conversations, one a week (the large one: one a day), 40 minutes; the phases follow
    // the plan.
    LocalDate day = intakeDay.plusDays(7);
    int step = inDepth > 52 ? 1 : 7;
    for (int i = 0; i < inDepth; i++) {
      t =
          apply(
              t,
              TrajectoryCommand.holdInDepthConversation(
                  session(
                      sessions,
                      SessionKind.IN_DEPTH,
                      day,
                      40,
                      i % 3 == 2 ? SessionMode.VIDEO : SessionMode.IN_PERSON)));
      if (i == 0) {
        t = phase(t, PhaseCommand.enter(ContentPhase.IN_DEPTH_SELF_EXPLORATION, day));
      } else if (i == inDepth / 2) {
        t = phase(t, PhaseCommand.enter(ContentPhase.LABOUR_MARKET_EXPLORATION, day));
      } else if (i == inDepth - 2) {
        t = phase(t, PhaseCommand.enter(ContentPhase.LABOUR_MARKET_ACTION, day));
      }
      day = day.plusDays(step);
    }

    // Synthesis with the finalised, signed POP.
    LocalDate synthesisDay = day.plusDays(7);
    DevelopmentPlan pop =
        DevelopmentPlan.builder()
            .id(DevelopmentPlanId.of("pop-1"))
            .kind(PlanKind.ACTION_ORIENTED)
            .generalData(
                GeneralData.builder()
                    .title("POP (loopbaancheque 1 of 2)")
                    .clientName(client.getName().orElseThrow())
                    .build())
            .careerQuestion(question.getOwnWords())
            .addInsights(
                Insight.of(
                    InsightId.of("i-1"),
                    InsightKind.PATTERN,
                    "Ik wacht tot anderen mij kiezen in plaats van zelf te kiezen."))
            .addInsights(
                Insight.of(
                    InsightId.of("i-2"),
                    InsightKind.RESOURCE,
                    "Collega's komen al jaren bij mij om raad: coachen geeft mij energie."))
            .addInsights(
                Insight.of(
                    InsightId.of("i-3"),
                    InsightKind.RESISTANCE,
                    "Bij elke vacature denk ik eerst aan mijn leeftijd in plaats van aan mijn ervaring."))
            .actionPlan(ActionPlan.builder().addAllActions(actions(actions, synthesisDay)).build())
            .build()
            .apply(DevelopmentPlanCommand.finalise(synthesisDay, true))
            .orElseThrow();
    t =
        apply(
            t,
            TrajectoryCommand.holdSynthesis(
                session(sessions, SessionKind.SYNTHESIS, synthesisDay, 60, SessionMode.IN_PERSON),
                pop));

    // Evaluation invitation, the new job, the last phase.
    t =
        apply(
            t,
            TrajectoryCommand.inviteEvaluation(
                EvaluationInvitation.builder().sentOn(synthesisDay.plusDays(1)).build()));
    t =
        phase(
            t,
            PhaseCommand.recordNewJob(NewJob.of(NewJobKind.JOB_FOUND, synthesisDay.plusDays(20))));

    // Aftercare on the client's request within the year, then close.
    LocalDate asked = synthesisDay.plusMonths(4);
    t =
        apply(
            t,
            TrajectoryCommand.holdAftercare(
                AftercareRequest.of(asked, "Hoe houd ik mijn doelen vast in de nieuwe job?"),
                session(
                    sessions, SessionKind.AFTERCARE, asked.plusDays(6), 30, SessionMode.PHONE)));
    return apply(t, TrajectoryCommand.close(asked.plusDays(7)));
  }

  /**
   * The actions of the POP: the first third done, the second third started, the rest planned with a
   * due date.
   */
  private static List<Action> actions(int count, LocalDate synthesisDay) {
    List<Action> actions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ActionText text = ACTIONS.get(i % ACTIONS.size());
      String description =
          i < ACTIONS.size()
              ? text.description()
              : text.description() + " (ronde " + (i / ACTIONS.size() + 1) + ")";
      Action action =
          Action.builder()
              .id(ActionId.of("a-" + (i + 1)))
              .subject(text.subject())
              .description(description)
              .dueDate(synthesisDay.plusDays(14 + (i % 60)))
              .build();
      if (i < count / 3) {
        action =
            action
                .apply(ActionCommand.start(synthesisDay))
                .orElseThrow()
                .apply(ActionCommand.complete(synthesisDay))
                .orElseThrow();
      } else if (i < 2 * count / 3) {
        action = action.apply(ActionCommand.start(synthesisDay)).orElseThrow();
      }
      actions.add(action);
    }
    return actions;
  }

  /**
   * A session, registered on a voucher the way a career centre fills its vouchers (004 counts the
   * hours per voucher): the first voucher until its 4 hours are full, then the second; aftercare on
   * the second voucher's package; the introductory conversation, which is not part of the package,
   * and what no voucher has room for (the large trajectory's many conversations) on none.
   *
   * @param counter the session counter at index 0, and the minutes registered on vouchers 1 and 2
   */
  private static Session session(
      int[] counter, SessionKind kind, LocalDate day, int minutes, SessionMode mode) {
    Session.Builder b =
        Session.builder()
            .id(SessionId.of("s-" + (++counter[0])))
            .kind(kind)
            .date(day)
            .duration(Duration.ofMinutes(minutes))
            .mode(mode);
    if (kind == SessionKind.AFTERCARE) {
      b.voucher(2);
    } else if (kind.countsTowardRegisteredHours()) {
      for (int voucher = 1; voucher <= 2; voucher++) {
        if (counter[voucher] + minutes <= VOUCHER_MINUTES) {
          counter[voucher] += minutes;
          b.voucher(voucher);
          break;
        }
      }
    }
    return b.build();
  }

  /** The guidance one voucher pays for under the built-in regime, in minutes. */
  private static final int VOUCHER_MINUTES = 240;

  private static Trajectory apply(Trajectory t, TrajectoryCommand command) {
    return t.apply(command).orElseThrow();
  }

  private static Trajectory phase(Trajectory t, PhaseCommand command) {
    return t.apply(command).orElseThrow();
  }

  private record ActionText(ActionSubject subject, String description) {}
}

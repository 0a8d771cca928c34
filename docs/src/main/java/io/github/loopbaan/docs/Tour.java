package io.github.loopbaan.docs;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.party.Accreditation;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CoachPosition;
import io.github.loopbaan.core.party.CoachSpecialism;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.phase.Attention;
import io.github.loopbaan.core.phase.CoachRole;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.phase.NewJob;
import io.github.loopbaan.core.phase.NewJobKind;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.PlanAmendment;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionCommand;
import io.github.loopbaan.core.plan.ActionId;
import io.github.loopbaan.core.plan.ActionPlan;
import io.github.loopbaan.core.plan.ActionStatus;
import io.github.loopbaan.core.plan.ActionSubject;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanCommand;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.Insight;
import io.github.loopbaan.core.plan.InsightId;
import io.github.loopbaan.core.plan.InsightKind;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.plan.PlanKind;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.question.ApproachRecommendation;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.retention.RetentionDue;
import io.github.loopbaan.core.retention.RetentionPolicy;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.LossBehaviour;
import io.github.loopbaan.core.session.LossEmotion;
import io.github.loopbaan.core.session.LossObservation;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionMode;
import io.github.loopbaan.core.trajectory.AcademicYear;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.CorrectionReason;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.ReferralId;
import io.github.loopbaan.core.trajectory.ReferralTarget;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.TrainingBenefit;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.core.trajectory.VoucherUse;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.Erasure;
import io.github.loopbaan.format.SubjectAccessExport;
import io.github.loopbaan.format.View;
import io.github.loopbaan.serialization.LoopbaanJson;
import io.github.loopbaan.validation.LoopbaanValidator;
import io.github.loopbaan.validation.RuleSet;
import io.github.loopbaan.validation.ValidationReport;
import io.github.loopbaan.validation.Violation;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tour: one realistic Flemish career-voucher trajectory played from the introductory
 * conversation to aftercare, as a coach's software would, and printed as a timeline.
 *
 * <p>Run it with {@code mvn -q -Ptour -DskipTests verify} (add {@code -Dtour.lang=nl} for Dutch).
 * The client is shown by pseudonymous identifier and age band only: a tour that printed names would
 * teach the wrong habit.
 */
public final class Tour {

  private static final LocalDate START = LocalDate.of(2025, 1, 13);

  private final Locale locale;
  private final PrintStream out;
  private int sessions;

  /** The voucher the next counted session is registered on (004 counts hours per voucher). */
  private int voucher = 1;

  /**
   * @param locale the language of the output: Dutch for {@code nl}, otherwise English
   * @param out where to print
   */
  public Tour(Locale locale, PrintStream out) {
    this.locale = locale;
    this.out = out;
  }

  /**
   * @param args optional language: {@code nl} or {@code en} (default)
   */
  public static void main(String[] args) {
    Locale locale =
        args.length > 0 && args[0].toLowerCase(Locale.ROOT).startsWith("nl")
            ? Locale.forLanguageTag("nl-BE")
            : Locale.ENGLISH;
    new Tour(locale, System.out).play();
  }

  /**
   * Plays the trajectory and prints it.
   *
   * @return the closed trajectory
   */
  public Trajectory play() {
    heading(
        text(
            "Loopbaan tour: a career-voucher trajectory from intake to aftercare",
            "Loopbaan-rondleiding: een traject met loopbaancheques van intake tot nazorg"));

    Client client =
        Client.builder()
            .id(ClientId.of("c-2025-017"))
            .name("Marleen Claes")
            .birthYear(Year.of(1967))
            .employment(EmploymentSituation.FORCED_MOBILITY)
            .educationLevel(EducationLevel.HIGH)
            .build();
    Coach coach =
        Coach.builder()
            .id(CoachId.of("k-04"))
            .addAccreditations(Accreditation.EQA_PRACTITIONER)
            .addSpecialisms(CoachSpecialism.OUTPLACEMENT)
            .position(CoachPosition.EXTERNAL)
            .build();
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-2025-031"),
            client,
            coach,
            CommissioningParty.publicFunder(CommissionerId.of("vdab"), "VDAB"),
            Funding.careerVouchers(VoucherId.of("lc-1"), VoucherId.of("lc-2")),
            START);
    line(
        text("Client", "Cliënt"),
        client.getId().getValue()
            + ", "
            + client.ageBandOn(START).map(b -> b.label(locale)).orElse("?")
            + ", "
            + client.getEmployment().map(e -> e.label(locale)).orElse("?"));
    line(
        text("Funding", "Financiering"),
        t.getFunding().getKind().label(locale) + " x" + t.getFunding().getVouchers().size());
    line(
        text("Regime", "Regeling"),
        t.getFunding().getRegime().ref() + " (" + t.getFunding().getRegime().getSource() + ")");

    // 1. Introductory conversation: free, by phone, not counted.
    t =
        apply(
            t,
            TrajectoryCommand.holdIntroductoryConversation(
                session(
                    SessionKind.INTRODUCTORY, START, Duration.ofMinutes(30), SessionMode.PHONE)));

    // 2. Intake: the career question, the recommended approach, agreement and plan.
    LocalDate intakeDay = START.plusDays(7);
    CareerQuestion question =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-1"))
            .ownWords(
                "Mijn functie verdwijnt door de reorganisatie. Wat kan ik nog, op mijn leeftijd?")
            .askedOn(intakeDay)
            .initialType(ClientQuestionType.CHOICE)
            .build();
    ApproachRecommendation advice = ApproachRecommendation.recommend(question, client, intakeDay);
    line(text("Question type", "Soort vraag"), question.currentType().label(locale));
    line(
        text("Recommended approach", "Aanbevolen aanpak"),
        advice.getApproach().label(locale)
            + "  ("
            + advice.getReasons().stream()
                .map(r -> r.label(locale))
                .collect(Collectors.joining("; "))
            + ")");

    IntakeAgreement unsigned =
        IntakeAgreement.builder()
            .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
            .heldOn(intakeDay)
            .build();
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .decidedOn(intakeDay)
            .addSelectedPhases(PhaseSelection.of(ContentPhase.FAREWELL_TO_WORK, Attention.BRIEF))
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
            .addSelectedPhases(PhaseSelection.of(ContentPhase.EMPOWERMENT, Attention.NORMAL))
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
            // Outplacement asks a practical coaching and mediating role (003 §1.1).
            .addCoachRoles(CoachRole.COACHING, CoachRole.MEDIATING)
            .build();
    t =
        apply(
            t,
            TrajectoryCommand.holdIntake(
                session(
                    SessionKind.INTAKE, intakeDay, Duration.ofMinutes(90), SessionMode.IN_PERSON),
                unsigned,
                plan,
                Optional.of(question)));
    line(
        text("Phases planned", "Geplande fasen"),
        plan.getSelectedPhases().stream()
            .map(s -> s.getPhase().label(locale) + " (" + s.getAttention().label(locale) + ")")
            .collect(Collectors.joining(" > ")));
    line(
        text("Coach's roles", "Rollen van de coach"),
        plan.getCoachRoles().stream().map(r -> r.label(locale)).collect(Collectors.joining(", ")));

    // A rejected command: in-depth work before the agreement is signed.
    LocalDate firstInDepth = intakeDay.plusDays(10);
    Outcome<Trajectory> rejected =
        t.apply(
            TrajectoryCommand.holdInDepthConversation(
                session(
                    SessionKind.IN_DEPTH,
                    firstInDepth,
                    Duration.ofMinutes(90),
                    SessionMode.IN_PERSON)));
    line(
        text("Rejected", "Geweigerd"),
        rejected.getReasons().stream()
            .map(r -> r.message(locale))
            .collect(Collectors.joining(" ")));
    t = t.withIntakeAgreement(unsigned.withSignedOn(intakeDay.plusDays(2)));
    line(text("Agreement signed", "Overeenkomst ondertekend"), intakeDay.plusDays(2).toString());
    // With the agreement, the client gives her explicit consent to record health data (the grief
    // of the farewell to work) and to share what the coach marks as shared with the funder
    // (GDPR art. 9(2)(a); 004 §2: confidentiality is the rule otherwise).
    CoachId recorder = t.getCoach().getId();
    t =
        t.giveConsent(
                Consent.explicit(
                    ConsentScope.HEALTH_DATA,
                    "Signals of loss and stress, for the approach",
                    intakeDay.plusDays(2),
                    recorder))
            .giveConsent(
                Consent.explicit(
                    ConsentScope.SHARING_WITH_COMMISSIONER,
                    "Progress and the items marked as shared, for VDAB",
                    intakeDay.plusDays(2),
                    recorder));
    line(
        text("Consent given", "Toestemming gegeven"),
        t.getConsents().stream()
            .map(c -> c.getScope().label(locale))
            .collect(Collectors.joining(", ")));
    whatNext(t, firstInDepth);

    // 3. In-depth conversations.
    // Content phases: the intake selected them; the trajectory follows them in order.
    // Farewell to work: the coach records the grief observed (000 phase 1), health data that
    // stays out of the commissioner's view and of this printout.
    t =
        apply(
            t,
            TrajectoryCommand.holdInDepthConversation(
                session(
                        SessionKind.IN_DEPTH,
                        firstInDepth,
                        Duration.ofMinutes(90),
                        SessionMode.IN_PERSON)
                    .withLossObservation(
                        LossObservation.of(LossEmotion.ANGER, LossEmotion.UNCERTAINTY)
                            .withBehaviours(LossBehaviour.BARGAINING))));
    t = phase(t, PhaseCommand.enter(ContentPhase.FAREWELL_TO_WORK, firstInDepth));
    // Voucher 1 holds the intake and the first in-depth conversation; the rest goes on voucher 2.
    voucherLine(t, 1);
    voucher = 2;
    t =
        apply(
            t,
            TrajectoryCommand.holdInDepthConversation(
                session(
                    SessionKind.IN_DEPTH,
                    firstInDepth.plusDays(14),
                    Duration.ofMinutes(90),
                    SessionMode.VIDEO)));
    t =
        phase(
            t,
            PhaseCommand.enter(ContentPhase.IN_DEPTH_SELF_EXPLORATION, firstInDepth.plusDays(14)));

    // An assignment between conversations: given, done, discussed in the next conversation.
    Assignment lifeLine =
        Assignment.builder()
            .id(AssignmentId.of("o-1"))
            .title("Levenslijn")
            .instrument(Instrument.LIFE_LINE)
            .givenOn(firstInDepth.plusDays(14))
            .build();
    lifeLine =
        lifeLine
            .apply(
                AssignmentCommand.complete(
                    firstInDepth.plusDays(18),
                    "Drie keerpunten: de eerste job, de geboorte van mijn dochter, de fusie."))
            .orElseThrow()
            .apply(AssignmentCommand.discuss(firstInDepth.plusDays(18)))
            .orElseThrow();
    t = t.withAssignments(List.of(lifeLine));
    line(
        text("Assignment", "Opdracht"),
        lifeLine.getInstrument().map(i -> i.label(locale)).orElse("-")
            + ": "
            + lifeLine.getStatus().label(locale)
            + " "
            + lifeLine.getDiscussedOn().map(LocalDate::toString).orElse(""));

    // The question evolves: the choice question turns out to hide a blockade.
    CareerQuestion evolved =
        t.getCareerQuestion()
            .orElseThrow()
            .evolve(
                ClientQuestionType.STUCK,
                firstInDepth.plusDays(14),
                EvolutionKind.DISGUISED_REVEALED,
                "Bij elke vacature zegt ze: dat is niks meer voor iemand van mijn leeftijd.");
    t = t.withCareerQuestion(evolved);
    line(
        text("Question evolved", "Vraag geëvolueerd"),
        ClientQuestionType.CHOICE.label(locale)
            + " -> "
            + evolved.currentType().label(locale)
            + "; "
            + text("approach now", "aanpak nu")
            + ": "
            + evolved.recommendedApproach().label(locale));

    // A referral pauses the trajectory; it resumes where it stopped.
    LocalDate referredOn = firstInDepth.plusDays(20);
    t =
        apply(
            t,
            TrajectoryCommand.pause(
                referredOn,
                PauseReason.REFERRAL,
                Optional.of(
                    Referral.of(ReferralId.of("r-1"), ReferralTarget.PSYCHOLOGIST, referredOn))));
    whatNext(t, referredOn.plusDays(1));
    t = apply(t, TrajectoryCommand.resume(referredOn.plusDays(35)));
    t =
        apply(
            t,
            TrajectoryCommand.holdInDepthConversation(
                session(
                    SessionKind.IN_DEPTH,
                    referredOn.plusDays(42),
                    Duration.ofMinutes(60),
                    SessionMode.IN_PERSON)));

    LocalDate phaseDay = referredOn.plusDays(42);
    t = phase(t, PhaseCommand.enter(ContentPhase.EMPOWERMENT, phaseDay));
    t = phase(t, PhaseCommand.enter(ContentPhase.LABOUR_MARKET_EXPLORATION, phaseDay.plusDays(7)));
    t = phase(t, PhaseCommand.enter(ContentPhase.LABOUR_MARKET_ACTION, phaseDay.plusDays(14)));
    t =
        phase(
            t,
            PhaseCommand.stepBack(
                ContentPhase.EMPOWERMENT,
                phaseDay.plusDays(18),
                "Spanning bij het eerste sollicitatiegesprek: even terug naar de onderstroom."));
    t = phase(t, PhaseCommand.returnFromExcursion(phaseDay.plusDays(21)));
    Outcome<Trajectory> tooSoon =
        t.apply(PhaseCommand.enter(ContentPhase.EFFECTIVE_FUNCTIONING, phaseDay.plusDays(22)));
    line(
        text("Rejected", "Geweigerd"),
        tooSoon.getReasons().stream().map(r -> r.message(locale)).collect(Collectors.joining(" ")));

    // 5. Synthesis with the POP.
    LocalDate synthesisDay = referredOn.plusDays(70);
    DevelopmentPlan pop =
        DevelopmentPlan.builder()
            .id(DevelopmentPlanId.of("pop-1"))
            .kind(PlanKind.ACTION_ORIENTED)
            .generalData(
                GeneralData.builder()
                    .title("POP (loopbaancheque 1 of 2)")
                    .clientName(client.getName().orElseThrow())
                    .build())
            .careerQuestion(evolved.getOwnWords())
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
            .addNamedTrainings(
                NamedTraining.builder()
                    .title("Postgraduaat loopbaanbegeleiding")
                    .provider("Arteveldehogeschool")
                    .build())
            .actionPlan(
                ActionPlan.builder()
                    .addActions(
                        Action.of(
                            ActionId.of("a-1"),
                            ActionSubject.NETWORKING,
                            "Drie netwerkgesprekken met opleidingscoördinatoren"))
                    .addActions(
                        Action.of(
                            ActionId.of("a-2"),
                            ActionSubject.CV_CHECK,
                            "Cv herschrijven rond begeleiden"))
                    .build())
            .build()
            .apply(DevelopmentPlanCommand.finalise(synthesisDay, true))
            .orElseThrow();
    t =
        apply(
            t,
            TrajectoryCommand.holdSynthesis(
                session(
                    SessionKind.SYNTHESIS,
                    synthesisDay,
                    Duration.ofMinutes(90),
                    SessionMode.IN_PERSON),
                pop));

    // 6. Evaluation: the client is invited to the anonymous evaluation.
    t =
        apply(
            t,
            TrajectoryCommand.inviteEvaluation(
                EvaluationInvitation.builder().sentOn(synthesisDay.plusDays(1)).build()));
    t =
        phase(
            t,
            PhaseCommand.recordNewJob(NewJob.of(NewJobKind.JOB_FOUND, synthesisDay.plusDays(20))));
    t =
        phase(
            t,
            PhaseCommand.amendPlan(
                PlanAmendment.of(
                    ContentPhase.EFFECTIVE_FUNCTIONING,
                    synthesisDay.plusDays(21),
                    "Nieuwe job als opleidingscoördinator: begeleiding bij de start.")));
    t = phase(t, PhaseCommand.enter(ContentPhase.EFFECTIVE_FUNCTIONING, synthesisDay.plusDays(35)));
    t = phase(t, PhaseCommand.complete(synthesisDay.plusDays(90)));
    line(
        text("Phase path", "Fasenverloop"),
        t.getPhaseProgress().orElseThrow().getHistory().asList().stream()
            .filter(e -> e.getFrom() != e.getTo())
            .map(e -> e.getTo().label(locale))
            .collect(Collectors.joining(" > ")));

    // The POP is a growth document: its actions are carried out and it is revised.
    DevelopmentPlan grown = t.getDevelopmentPlan().orElseThrow();
    grown =
        grown.withActionPlan(
            grown
                .getActionPlan()
                .withActions(
                    grown.getActionPlan().getActions().stream()
                        .map(
                            a ->
                                a.apply(ActionCommand.start(synthesisDay.plusDays(2)))
                                    .orElseThrow()
                                    .apply(ActionCommand.complete(synthesisDay.plusDays(19)))
                                    .orElseThrow())
                        .collect(Collectors.toList())));
    grown =
        grown
            .apply(
                DevelopmentPlanCommand.revise(
                    synthesisDay.plusDays(21),
                    "Doel bijgesteld: opleidingscoördinator in plaats van zelfstandig coach."))
            .orElseThrow();
    t = t.withDevelopmentPlan(grown);
    line(
        text("POP", "POP"),
        grown.getStatus().label(locale)
            + ", "
            + text("revisions", "herzieningen")
            + ": "
            + grown.getRevisions().size()
            + ", "
            + text("actions done", "acties afgerond")
            + ": "
            + grown.getActionPlan().actionsWithStatus(ActionStatus.DONE).size());

    // 7. Aftercare, on the client's request, within a year of the synthesis.
    whatNext(t, synthesisDay.plusYears(1).plusDays(1));
    LocalDate asked = synthesisDay.plusMonths(4);
    t =
        apply(
            t,
            TrajectoryCommand.holdAftercare(
                AftercareRequest.of(asked, "Hoe houd ik mijn doelen vast in de nieuwe job?"),
                session(
                    SessionKind.AFTERCARE,
                    asked.plusDays(6),
                    Duration.ofMinutes(30),
                    SessionMode.PHONE)));
    t = apply(t, TrajectoryCommand.close(asked.plusDays(7)));
    voucherLine(t, 2);

    // Aftercare after closing: the client's right runs a year from the synthesis (004 §7), and the
    // package of voucher 1 has its own 30 minutes.
    voucher = 1;
    LocalDate askedAgain = asked.plusDays(20);
    t =
        apply(
            t,
            TrajectoryCommand.holdAftercare(
                AftercareRequest.of(askedAgain, "Hoe plan ik mijn opleiding naast het werk?"),
                session(
                    SessionKind.AFTERCARE,
                    askedAgain.plusDays(2),
                    Duration.ofMinutes(20),
                    SessionMode.PHONE)));
    voucherLine(t, 1);

    // The training attest (004 §5): a highly educated client gets training vouchers only for a
    // training named in the POP, and not for guidance started after the academic year began.
    LocalDate attestDay = askedAgain.plusDays(5);
    TrainingAttest attest =
        TrainingAttest.builder()
            .issuedOn(attestDay)
            .trainingTitle("Postgraduaat loopbaanbegeleiding")
            .academicYear(AcademicYear.startingIn(START.getYear() - 1))
            .guidanceStartedOn(START)
            .addBenefits(TrainingBenefit.TRAINING_VOUCHERS)
            .build();
    String begunYear = (START.getYear() - 1) + "-" + START.getYear();
    line(
        text("Attest for " + begunYear, "Attest voor " + begunYear),
        t.apply(TrajectoryCommand.issueTrainingAttest(attest)).getReasons().stream()
            .map(r -> r.message(locale))
            .collect(Collectors.joining(" ")));
    t =
        apply(
            t,
            TrajectoryCommand.issueTrainingAttest(
                attest.withAcademicYear(AcademicYear.startingIn(START.getYear()))));

    // The outcome for the funder's report: recorded once, also after closing, and shared with the
    // commissioning party because the client agreed to it. The kind comes from an open catalogue.
    t =
        apply(
            t,
            TrajectoryCommand.recordOutcome(
                attestDay,
                TrajectoryOutcome.builder()
                    .kind(OutcomeKind.TRAINING_STARTED)
                    .date(attestDay)
                    .visibility(Visibility.SHARED_WITH_COMMISSIONER)
                    .build()));
    TrajectoryOutcome outcome = t.getOutcome().orElseThrow();
    line(
        text("Outcome", "Resultaat"),
        outcome.getKind().label(locale) + " (" + outcome.getKind().category().label(locale) + ")");

    // 8. Archived: a closed trajectory accepts no edit, only a correction that its history records.
    Trajectory closed = t;
    try {
      closed.withNotes(List.of());
    } catch (IllegalStateException refused) {
      line(
          text("An edit after closing", "Een wijziging na afsluiting"),
          text("refused (closed_unchanged)", "geweigerd (closed_unchanged)"));
    }
    t =
        closed
            .correct(
                askedAgain.plusDays(14),
                CorrectionReason.RECTIFICATION,
                b -> b.client(closed.getClient().withBirthYear(Year.of(1968))))
            .orElseThrow();
    line(
        text("Rectification recorded", "Rechtzetting vastgelegd"),
        t.getHistory().last().toString());

    heading(text("Timeline", "Tijdlijn"));
    List<Event<?, ?>> events = new ArrayList<>();
    t.getHistory().forEach(events::add);
    t.getPhaseProgress().orElseThrow().getHistory().forEach(events::add);
    events.sort(Comparator.comparing(Event::getDate));
    for (Event<?, ?> event : events) {
      out.printf(
          "  %s  %-16s %-44s %s -> %s%n",
          event.getDate(),
          event.getLifecycle(),
          ((Coded) event.getCommand().getKind()).label(locale),
          event.getFrom().label(locale),
          event.getTo().label(locale));
    }
    heading(text("Summary", "Samenvatting"));
    line(text("Trajectory", "Traject"), t.getId().getValue() + ", " + t.getStage().label(locale));
    line(text("Registered hours", "Geregistreerde uren"), hours(t.registeredDuration()));
    line(text("Sessions held", "Gevoerde gesprekken"), String.valueOf(t.getSessions().size()));
    line(
        text("Referral returned", "Terug van doorverwijzing"),
        t.getReferrals().get(0).getReturnedOn().map(LocalDate::toString).orElse("-"));

    heading(
        text(
            "Validation under the base and the Flemish career-voucher rules",
            "Validatie volgens de basisregels en de regels van de Vlaamse loopbaancheque"));
    try (LoopbaanValidator validator = LoopbaanValidator.create()) {
      ValidationReport report = validator.validate(t, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
      if (report.violations().isEmpty()) {
        out.println("  " + text("No findings.", "Geen bevindingen."));
      }
      for (Violation v : report.violations()) {
        out.printf(
            "  %-7s %-26s %-28s %s%n",
            v.severity().name().toLowerCase(Locale.ROOT), v.code(), v.path(), v.message(locale));
      }
      // A copy built as a stored record would be restored: the closed trajectory itself accepts no
      // edit.
      Trajectory unsignedCopy =
          Trajectory.builder()
              .from(t)
              .intakeAgreement(t.getIntakeAgreement().orElseThrow().withSignedOn(Optional.empty()))
              .build();
      out.println(
          "  "
              + text(
                  "The same trajectory with an unsigned agreement:",
                  "Hetzelfde traject met een niet-ondertekende overeenkomst:"));
      for (Violation v : validator.validate(unsignedCopy, RuleSet.FLEMISH_VOUCHER).errors()) {
        out.printf(
            "  %-7s %-26s %-28s %s%n",
            v.severity().name().toLowerCase(Locale.ROOT), v.code(), v.path(), v.message(locale));
      }
    }
    heading(text("Retention", "Bewaartermijnen"));
    // The file's personal and health data go after the policy's terms, counted from the closing
    // day.
    for (RetentionDue due : RetentionPolicy.standard().schedule(t)) {
      line(
          due.getCategory().label(locale),
          text("due for erasure on ", "te wissen vanaf ")
              + due.getDueOn()
              + " ("
              + due.getBasis().label(locale).toLowerCase(locale)
              + " "
              + due.getBasisDate()
              + " + "
              + due.getTerm()
              + ")");
    }
    // The client asks what the practice holds about her: an export of her trajectories, as JSON and
    // as a text to hand over (personal data: counted here, not printed).
    SubjectAccessExport access =
        SubjectAccessExport.of(t.getClient().getId(), t.getHistory().last().getDate(), List.of(t));
    long health =
        DataCategories.personalData(t).stream()
            .filter(d -> d.getCategory() == DataCategory.HEALTH)
            .count();
    line(
        text("Subject access export", "Inzage-export"),
        DataCategories.personalData(t).size()
            + text(" items of personal data, ", " persoonsgegevens, ")
            + health
            + text(" of them health data; ", " daarvan gezondheidsgegevens; ")
            + access.toJson().length()
            + text(" characters of JSON, ", " tekens JSON, ")
            + access.render(locale).lines().count()
            + text(" lines of text", " regels tekst"));
    // When the terms have run, the file is erased: kept as structure (stages, dates, phases, hours,
    // history) without anything personal, under a pseudonym, and stored as a document of its own.
    LocalDate due =
        RetentionPolicy.standard().schedule(t).stream()
            .map(RetentionDue::getDueOn)
            .max(LocalDate::compareTo)
            .orElseThrow();
    ErasedTrajectory erased = Erasure.anonymising().erase(t);
    String erasedDocument = LoopbaanJson.standard().writeDocument(erased);
    line(
        text("Erased on " + due, "Gewist op " + due),
        text("client ", "cliënt ")
            + erased.getTrajectory().getClient().getId().getValue()
            + ", "
            + DataCategories.personalData(erased.getTrajectory()).size()
            + text(
                " items left (codes and [erased] texts), ", " gegevens over (codes en [erased]), ")
            + erased.getTrajectory().getHistory().size()
            + text(" events kept; ", " gebeurtenissen bewaard; ")
            + erasedDocument.length()
            + text(" characters of JSON, read back equal: ", " tekens JSON, gelijk teruggelezen: ")
            + LoopbaanJson.standard()
                .readDocument(erasedDocument, ErasedTrajectory.class)
                .equals(erased));
    heading(text("JSON", "JSON"));
    String full = LoopbaanJson.standard().writeDocument(t);
    Trajectory back = LoopbaanJson.standard().readDocument(full, Trajectory.class);
    line(
        text("Full view (storage)", "Volledige weergave (opslag)"),
        full.length()
            + " "
            + text(
                "characters, holds personal data: stored, not printed; read back equal: ",
                "tekens, bevat persoonsgegevens: bewaard, niet getoond; gelijk teruggelezen: ")
            + back.equals(t));
    out.println(
        "  "
            + text(
                "Commissioner view (what the funder may see):",
                "Weergave voor de opdrachtgever (wat de financier mag zien):"));
    out.println(LoopbaanJson.writer(View.COMMISSIONER).writeDocument(t));
    return t;
  }

  private Trajectory apply(Trajectory t, TrajectoryCommand command) {
    Trajectory next = t.apply(command).orElseThrow();
    out.printf(
        "  %s  %-34s -> %s%n",
        command.getDate(), command.getKind().label(locale), next.getStage().label(locale));
    return next;
  }

  private Trajectory phase(Trajectory t, PhaseCommand command) {
    Outcome<Trajectory> outcome = t.apply(command);
    Trajectory next = outcome.orElseThrow();
    out.printf(
        "  %s  %-34s -> %s%n",
        command.getDate(),
        command.getKind().label(locale),
        next.getPhaseProgress().orElseThrow().getState().label(locale));
    return next;
  }

  private void whatNext(Trajectory t, LocalDate on) {
    out.println(
        "  " + text("What may happen on ", "Wat kan er op ") + on + text("?", " gebeuren?"));
    for (Verdict<TrajectoryStage, TrajectoryCommandKind> verdict : t.nextCommands(on)) {
      if (verdict.isAllowed()) {
        out.println("      + " + verdict.getKind().label(locale));
      } else if (verdict.getReasons().stream().noneMatch(r -> r.getCode().equals("not_in_state"))) {
        out.println(
            "      - "
                + verdict.getKind().label(locale)
                + ": "
                + verdict.getReasons().stream()
                    .map(r -> r.message(locale))
                    .collect(Collectors.joining(" ")));
      }
    }
  }

  private Session session(SessionKind kind, LocalDate day, Duration duration, SessionMode mode) {
    Session.Builder b =
        Session.builder()
            .id(SessionId.of("s-" + (++sessions)))
            .kind(kind)
            .date(day)
            .duration(duration)
            .mode(mode);
    // The introductory conversation is free and not part of the package (004 §1).
    if (kind.countsTowardRegisteredHours()) {
      b.voucher(voucher);
    }
    return b.build();
  }

  private void voucherLine(Trajectory t, int number) {
    VoucherUse use = t.voucherUse(number).orElseThrow();
    line(
        text("Voucher ", "Loopbaancheque ") + number,
        text("individual ", "individueel ")
            + hours(use.individual())
            + text(", group ", ", groep ")
            + hours(use.group())
            + text(", left ", ", over ")
            + hours(use.left())
            + text(", aftercare left ", ", nazorg over ")
            + hours(use.aftercareLeft()));
  }

  private String hours(Duration d) {
    return String.format(Locale.ROOT, "%d:%02d", d.toHours(), d.toMinutesPart());
  }

  private String text(String en, String nl) {
    return "nl".equals(locale.getLanguage()) ? nl : en;
  }

  private void heading(String title) {
    out.println();
    out.println("== " + title);
  }

  private void line(String label, String value) {
    out.printf("  %-26s %s%n", label + ":", value);
  }
}

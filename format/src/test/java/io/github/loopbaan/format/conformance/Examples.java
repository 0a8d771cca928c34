package io.github.loopbaan.format.conformance;

import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.phase.Attention;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.Insight;
import io.github.loopbaan.core.plan.InsightId;
import io.github.loopbaan.core.plan.InsightKind;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.NoteId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.ReferralId;
import io.github.loopbaan.core.trajectory.ReferralTarget;
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
 * A whole trajectory for the example tests, from introduction to closing, with every kind of item
 * the views filter: notes of each visibility (one health note), a referral with a health reason, an
 * assignment answered through its lifecycle, insights and a POP. The texts are marked (PRIVATE,
 * CLIENTONLY, SHARED, HEALTH) so a test can search for them.
 */
public final class Examples {

  public static final LocalDate START = LocalDate.of(2025, 1, 13);
  public static final String CLIENT_NAME = "Marleen Claes";
  public static final String COACH_NAME = "Bram Peeters";
  public static final String PRIVATE_NOTE = "PRIVATE note: cliënt twijfelt aan de overstap.";
  public static final String CLIENT_NOTE =
      "CLIENTONLY note: huiswerk over waarden is grondig gemaakt.";
  public static final String SHARED_NOTE = "SHARED note: cliënt zet de stap naar opleidingswerk.";
  public static final String HEALTH_NOTE = "HEALTH note: slaapt slecht sinds de reorganisatie.";
  public static final String REFERRAL_REASON = "HEALTH reason: paniekaanvallen op het werk.";
  public static final String QUESTION =
      "Mijn functie verdwijnt door de reorganisatie. Wat kan ik nog?";
  public static final String ANSWER = "CLIENTONLY answer: mijn levenslijn toont drie keerpunten.";
  public static final String PRIVATE_INSIGHT = "PRIVATE insight: zoekt bevestiging bij elke stap.";

  private static int sessions;

  private Examples() {}

  public static Client client() {
    return Client.builder()
        .id(ClientId.of("c-17"))
        .name(CLIENT_NAME)
        .birthYear(Year.of(1967))
        .employment(EmploymentSituation.FORCED_MOBILITY)
        .addHealthConcerns(HealthConcern.STRESS)
        .build();
  }

  public static Note note(String id, String text, Visibility visibility, DataCategory category) {
    return Note.builder()
        .id(NoteId.of(id))
        .text(text)
        .writtenOn(START.plusDays(17))
        .visibility(visibility)
        .dataCategory(category)
        .build();
  }

  public static DevelopmentPlan plan(StorageConsent consent) {
    LocalDate synthesis = START.plusDays(90);
    return DevelopmentPlan.builder()
        .id(DevelopmentPlanId.of("pop-1"))
        .generalData(
            GeneralData.builder()
                .title("POP (loopbaancheque 1 of 2)")
                .finalisedOn(synthesis)
                .clientName(CLIENT_NAME)
                .signedOn(synthesis)
                .build())
        .careerQuestion(QUESTION)
        .addInsights(
            Insight.of(
                InsightId.of("i-1"),
                InsightKind.RESOURCE,
                "CLIENTONLY insight: coachen geeft mij energie."))
        .addInsights(
            Insight.builder()
                .id(InsightId.of("i-2"))
                .kind(InsightKind.PATTERN)
                .text(PRIVATE_INSIGHT)
                .visibility(Visibility.PRIVATE_TO_COACH)
                .build())
        .storageConsent(consent)
        .build();
  }

  public static Trajectory trajectory() {
    return trajectory(StorageConsent.STORE_FULL_PLAN);
  }

  public static Trajectory trajectory(StorageConsent consent) {
    sessions = 0;
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-31"),
            client(),
            Coach.builder().id(CoachId.of("k-04")).name(COACH_NAME).build(),
            CommissioningParty.publicFunder(CommissionerId.of("vdab"), "VDAB"),
            Funding.careerVouchers(VoucherId.of("lc-1"), VoucherId.of("lc-2")),
            START);
    t =
        t.apply(
                TrajectoryCommand.holdIntroductoryConversation(
                    session(SessionKind.INTRODUCTORY, START)))
            .orElseThrow();
    LocalDate intake = START.plusDays(7);
    CareerQuestion question =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-1"))
            .ownWords(QUESTION)
            .askedOn(intake)
            .initialType(ClientQuestionType.CHOICE)
            .build();
    IntakeAgreement agreement =
        IntakeAgreement.builder()
            .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
            .heldOn(intake)
            .signedOn(intake)
            .build();
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .decidedOn(intake)
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.LABOUR_MARKET_ACTION, Attention.NORMAL))
            .addGoals(
                CoachingGoal.of(
                    "Binnen drie maanden weten welke richting bij mij past", GoalTerm.SHORT_TERM))
            .build();
    t =
        t.apply(
                TrajectoryCommand.holdIntake(
                    session(SessionKind.INTAKE, intake), agreement, plan, Optional.of(question)))
            .orElseThrow();
    Session inDepth =
        session(SessionKind.IN_DEPTH, START.plusDays(17))
            .withNotes(
                List.of(
                    note("n-1", PRIVATE_NOTE, Visibility.PRIVATE_TO_COACH, DataCategory.PERSONAL),
                    note("n-2", CLIENT_NOTE, Visibility.SHARED_WITH_CLIENT, DataCategory.PERSONAL),
                    note(
                        "n-3",
                        SHARED_NOTE,
                        Visibility.SHARED_WITH_COMMISSIONER,
                        DataCategory.PERSONAL),
                    note("n-4", HEALTH_NOTE, Visibility.PRIVATE_TO_COACH, DataCategory.HEALTH)));
    t = t.apply(TrajectoryCommand.holdInDepthConversation(inDepth)).orElseThrow();
    LocalDate referred = START.plusDays(30);
    t =
        t.apply(
                TrajectoryCommand.pause(
                    referred,
                    PauseReason.REFERRAL,
                    Optional.of(
                        Referral.builder()
                            .id(ReferralId.of("r-1"))
                            .target(ReferralTarget.PSYCHOLOGIST)
                            .referredOn(referred)
                            .reason(REFERRAL_REASON)
                            .build())))
            .orElseThrow();
    t = t.apply(TrajectoryCommand.resume(referred.plusDays(20))).orElseThrow();
    LocalDate synthesis = START.plusDays(90);
    t =
        t.apply(
                TrajectoryCommand.holdSynthesis(
                    session(SessionKind.SYNTHESIS, synthesis), plan(consent)))
            .orElseThrow();
    t =
        t.apply(
                TrajectoryCommand.inviteEvaluation(
                    EvaluationInvitation.sentOn(synthesis.plusDays(1))))
            .orElseThrow();
    LocalDate asked = synthesis.plusDays(60);
    t =
        t.apply(
                TrajectoryCommand.holdAftercare(
                    AftercareRequest.of(asked, "Hoe houd ik mijn doelen vast?"),
                    session(SessionKind.AFTERCARE, asked.plusDays(3))))
            .orElseThrow();
    t = t.apply(TrajectoryCommand.close(asked.plusDays(7))).orElseThrow();
    Assignment assignment =
        Assignment.builder()
            .id(AssignmentId.of("as-1"))
            .title("Levenslijn")
            .givenOn(START.plusDays(17))
            .visibility(Visibility.SHARED_WITH_CLIENT)
            .build();
    assignment =
        assignment.apply(AssignmentCommand.complete(START.plusDays(24), ANSWER)).orElseThrow();
    assignment = assignment.apply(AssignmentCommand.discuss(START.plusDays(30))).orElseThrow();
    return Trajectory.builder()
        .from(t)
        .assignments(List.of(assignment))
        .consents(
            List.of(
                Consent.explicit(
                    ConsentScope.HEALTH_DATA,
                    "Gezondheidsklachten bespreken voor de aanpak.",
                    intake,
                    CoachId.of("k-04")),
                Consent.explicit(
                    ConsentScope.SHARING_WITH_COMMISSIONER,
                    "Voortgang en gedeelde items voor VDAB.",
                    intake,
                    CoachId.of("k-04"))))
        .notes(
            List.of(
                note(
                    "n-5",
                    "PRIVATE trajectory note: overweegt zelfstandige.",
                    Visibility.PRIVATE_TO_COACH,
                    DataCategory.PERSONAL)))
        .build();
  }

  private static Session session(SessionKind kind, LocalDate day) {
    return Session.builder()
        .id(SessionId.of("s-" + (++sessions)))
        .kind(kind)
        .date(day)
        .duration(Duration.ofMinutes(90))
        .build();
  }
}

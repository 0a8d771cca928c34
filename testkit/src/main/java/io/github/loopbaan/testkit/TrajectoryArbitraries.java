package io.github.loopbaan.testkit;

import io.github.loopbaan.core.phase.Attention;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.plan.ReintegrationPlan;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.session.GroupSetting;
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
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.ReferralId;
import io.github.loopbaan.core.trajectory.ReferralTarget;
import io.github.loopbaan.core.trajectory.StopReason;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.TrainingBenefit;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for trajectories: freshly opened ones, and trajectories in every stage reached by
 * random walks through the {@link TrajectoryLifecycle trajectory process}, with the commands that
 * got them there.
 */
public final class TrajectoryArbitraries {

  private static final String[] AFTERCARE_QUESTIONS = {
    "Hoe pak ik de opleiding uit mijn POP aan?", "Mijn netwerkgesprekken lopen vast, wat nu?",
    "I started the new job; how do I keep my goals in view?",
        "Welke stap zet ik nu na de afwijzing?"
  };

  private static final String[] GOALS = {
    "Helder krijgen wat ik echt wil",
    "Een onderbouwde studiekeuze maken",
    "Find a role that fits my values",
    "Binnen een jaar aan de slag als zelfstandige"
  };

  private TrajectoryArbitraries() {}

  /**
   * @return trajectory identifiers
   */
  public static Arbitrary<TrajectoryId> trajectoryIds() {
    return PartyArbitraries.identifierValues().map(TrajectoryId::of);
  }

  /**
   * @return opening days between 2020 and 2030
   */
  public static Arbitrary<LocalDate> openingDays() {
    return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
  }

  /**
   * @return trajectories just opened, with any client, coach, commissioner and funding
   */
  public static Arbitrary<Trajectory> openedTrajectories() {
    return Combinators.combine(
            trajectoryIds(),
            PartyArbitraries.clients(),
            PartyArbitraries.coaches(),
            PartyArbitraries.commissioningParties(),
            TrajectoryFactsArbitraries.fundings(),
            openingDays())
        .as(Trajectory::open);
  }

  /**
   * @return random walks through the trajectory process, from a freshly opened trajectory, up to 30
   *     steps
   */
  public static Arbitrary<LifecycleWalks.Walk<Trajectory, TrajectoryCommand>> walks() {
    return LifecycleWalks.walks(
        TrajectoryLifecycle.MACHINE,
        openedTrajectories(),
        Trajectory::getOpenedOn,
        TrajectoryArbitraries::command,
        30,
        kind ->
            kind == TrajectoryCommandKind.PAUSE
                    || kind == TrajectoryCommandKind.STOP_EARLY
                    || kind == TrajectoryCommandKind.CLOSE
                    || kind == TrajectoryCommandKind.CORRECT
                ? 1
                : 4);
  }

  /**
   * @return trajectories in every stage, with a history of the commands that led there, and with
   *     notes, assignments, instrument results, career scenarios, interventions and consent records
   *     added, one in five with a re-integration plan, and a consent for health data whenever they
   *     hold health data (valid under the base rules)
   */
  public static Arbitrary<Trajectory> trajectories() {
    return Combinators.combine(
            walks().map(LifecycleWalks.Walk::end),
            SessionArbitraries.notes().list().ofMaxSize(3).uniqueElements(n -> n.getId()),
            SessionArbitraries.assignments().list().ofMaxSize(3).uniqueElements(a -> a.getId()),
            SessionArbitraries.instrumentResults()
                .list()
                .ofMaxSize(2)
                .uniqueElements(r -> r.getId()),
            TrajectoryFactsArbitraries.careerScenarios()
                .list()
                .ofMaxSize(3)
                .uniqueElements(c -> c.getId()),
            CatalogueArbitraries.interventions().list().ofMaxSize(2),
            TrajectoryFactsArbitraries.consents().list().ofMaxSize(3),
            Arbitraries.integers().between(0, 4))
        .flatAs(
            (t, notes, assignments, results, scenarios, interventions, consents, chance) -> {
              Trajectory.Builder b =
                  Trajectory.builder()
                      .from(t)
                      .notes(notes)
                      .assignments(assignments)
                      .instrumentResults(results)
                      .scenarios(scenarios)
                      .interventions(interventions)
                      .consents(consents);
              return chance > 0
                  ? Arbitraries.just(withHealthGround(b.build()))
                  : PlanArbitraries.reintegrationPlans(t.getOpenedOn())
                      .map(plan -> withHealthGround(b.reintegrationPlan(plan).build()));
            });
  }

  /**
   * @return the trajectory, with the client's explicit consent for health data given on its opening
   *     day when it holds health data without a record for it (rule {@code
   *     base_health_data_ground}), so that every generated trajectory is valid under the base rules
   */
  static Trajectory withHealthGround(Trajectory t) {
    for (Consent consent : t.getConsents()) {
      if (consent.getScope() == ConsentScope.HEALTH_DATA) {
        return t;
      }
    }
    if (!DataCategories.heldIn(t).contains(DataCategory.HEALTH)) {
      return t;
    }
    return t.giveConsent(
        Consent.explicit(
            ConsentScope.HEALTH_DATA,
            "Gezondheidsklachten bespreken voor de aanpak.",
            t.getOpenedOn(),
            t.getCoach().getId()));
  }

  /**
   * @return constructions that break one structural rule of the trajectory aggregate each
   */
  public static Arbitrary<Broken> broken() {
    Arbitrary<Trajectory> opened = openedTrajectories();
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 400);
    return Arbitraries.oneOf(
        Combinators.combine(opened, days).as(TrajectoryArbitraries::sessionBeforeOpening),
        opened.map(TrajectoryArbitraries::duplicateSession),
        Combinators.combine(opened, days).as(TrajectoryArbitraries::aftercareWithoutSynthesis),
        Combinators.combine(opened, Arbitraries.integers().between(1, 60))
            .as(TrajectoryArbitraries::popFinalisedBeforeIntake),
        Combinators.combine(opened, days).as(TrajectoryArbitraries::reintegrationBeforeOpening));
  }

  private static Broken sessionBeforeOpening(Trajectory t, int days) {
    Session early = session(SessionKind.INTAKE, t.getOpenedOn().minusDays(days), new Random(days));
    return Broken.of(
        "Trajectory", "sessions.date,openedOn", "not_before", () -> t.withSessions(List.of(early)));
  }

  private static Broken reintegrationBeforeOpening(Trajectory t, int days) {
    ReintegrationPlan plan =
        ReintegrationPlan.builder()
            .drawnUpOn(t.getOpenedOn().minusDays(days))
            .goal("Halve dagen terug in de eigen functie")
            .build();
    return Broken.of(
        "Trajectory",
        "reintegrationPlan.drawnUpOn,openedOn",
        "not_before",
        () -> t.withReintegrationPlan(plan));
  }

  private static Broken duplicateSession(Trajectory t) {
    Session s = session(SessionKind.IN_DEPTH, t.getOpenedOn(), new Random(1));
    return Broken.of("Trajectory", "sessions", "unique", () -> t.withSessions(List.of(s, s)));
  }

  private static Broken aftercareWithoutSynthesis(Trajectory t, int days) {
    AftercareRequest request =
        AftercareRequest.of(t.getOpenedOn().plusDays(days), AFTERCARE_QUESTIONS[0]);
    return Broken.of(
        "Trajectory",
        "aftercareRequests.requestedOn",
        "aftercare_before_synthesis",
        () -> t.withAftercareRequests(List.of(request)));
  }

  private static Broken popFinalisedBeforeIntake(Trajectory t, int days) {
    LocalDate intakeDay = t.getOpenedOn().plusDays(90);
    Trajectory intake =
        t.apply(
                command(t, TrajectoryCommandKind.HOLD_INTAKE, intakeDay, new Random(days))
                    .orElseThrow())
            .orElseThrow();
    DevelopmentPlan early =
        DevelopmentPlan.builder()
            .id(DevelopmentPlanId.of("pop-early"))
            .generalData(GeneralData.builder().finalisedOn(intakeDay.minusDays(days)).build())
            .build();
    return Broken.of(
        "Trajectory",
        "developmentPlan.finalisedOn",
        "finalised_before_intake",
        () -> intake.withDevelopmentPlan(early));
  }

  /**
   * Makes a command of the trajectory process with a plausible payload: sessions of the right kind
   * on the day, intake agreements signed three times in four, an intake plan with a coaching goal
   * (so that every generated trajectory satisfies the base rule set), a POP finalised on the
   * synthesis day.
   *
   * @param t the trajectory the command is for
   * @param kind the kind of command
   * @param on the day
   * @param random randomness for the payload
   * @return the command (always present: every kind can be built)
   */
  public static Optional<TrajectoryCommand> command(
      Trajectory t, TrajectoryCommandKind kind, LocalDate on, Random random) {
    switch (kind) {
      case HOLD_INTRODUCTORY_CONVERSATION:
        return Optional.of(
            TrajectoryCommand.holdIntroductoryConversation(
                session(SessionKind.INTRODUCTORY, on, random)));
      case HOLD_INTAKE:
        IntakeAgreement.Builder agreement =
            IntakeAgreement.builder()
                .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
                .heldOn(on);
        if (random.nextInt(4) != 0) {
          agreement.signedOn(on);
        }
        TrajectoryPlan plan =
            TrajectoryPlan.builder()
                .decidedOn(on)
                .addSelectedPhases(
                    PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
                .addSelectedPhases(
                    PhaseSelection.of(ContentPhase.LABOUR_MARKET_EXPLORATION, Attention.NORMAL))
                .addGoals(CoachingGoal.of(GOALS[random.nextInt(GOALS.length)], GoalTerm.SHORT_TERM))
                .build();
        agreement.onlyForTrainingBenefit(random.nextInt(4) == 0);
        Optional<CareerQuestion> question =
            random.nextBoolean()
                ? Optional.of(
                    CareerQuestion.builder()
                        .id(CareerQuestionId.of("q-" + random.nextInt(1_000_000)))
                        .ownWords(Texts.QUESTIONS[random.nextInt(Texts.QUESTIONS.length)])
                        .askedOn(on)
                        .initialType(
                            ClientQuestionType.standardEntries()
                                .get(random.nextInt(ClientQuestionType.standardEntries().size())))
                        .build())
                : Optional.empty();
        return Optional.of(
            TrajectoryCommand.holdIntake(
                session(SessionKind.INTAKE, on, random), agreement.build(), plan, question));
      case HOLD_IN_DEPTH_CONVERSATION:
        return Optional.of(
            TrajectoryCommand.holdInDepthConversation(session(SessionKind.IN_DEPTH, on, random)));
      case HOLD_SYNTHESIS:
        DevelopmentPlan pop =
            DevelopmentPlan.builder()
                .id(DevelopmentPlanId.of("pop-" + random.nextInt(1_000_000)))
                .generalData(
                    GeneralData.builder()
                        .title("POP (loopbaancheque 1 of 2)")
                        .finalisedOn(on)
                        .build())
                .namedTrainings(
                    random.nextBoolean() ? List.of(NamedTraining.of(training(random))) : List.of())
                .build();
        return Optional.of(
            TrajectoryCommand.holdSynthesis(session(SessionKind.SYNTHESIS, on, random), pop));
      case ISSUE_TRAINING_ATTEST:
        return Optional.of(TrajectoryCommand.issueTrainingAttest(attest(t, on, random)));
      case RECORD_OUTCOME:
        List<OutcomeKind> kinds = OutcomeKind.standardEntries();
        Visibility[] visibilities = Visibility.values();
        return Optional.of(
            TrajectoryCommand.recordOutcome(
                on,
                TrajectoryOutcome.builder()
                    .kind(kinds.get(random.nextInt(kinds.size())))
                    .date(outcomeDay(t.getOpenedOn(), on, random))
                    .visibility(visibilities[random.nextInt(visibilities.length)])
                    .build()));
      case INVITE_EVALUATION:
        return Optional.of(
            TrajectoryCommand.inviteEvaluation(EvaluationInvitation.builder().sentOn(on).build()));
      case HOLD_AFTERCARE:
        LocalDate requested = on.minusDays(random.nextInt(14));
        LocalDate synthesisDay = t.synthesisDate().orElse(requested);
        if (requested.isBefore(synthesisDay)) {
          requested = synthesisDay.isAfter(on) ? on : synthesisDay;
        }
        return Optional.of(
            TrajectoryCommand.holdAftercare(
                AftercareRequest.of(
                    requested, AFTERCARE_QUESTIONS[random.nextInt(AFTERCARE_QUESTIONS.length)]),
                session(SessionKind.AFTERCARE, on, random)));
      case PAUSE:
        if (random.nextBoolean()) {
          Referral referral =
              Referral.of(
                  ReferralId.of("r-" + random.nextInt(1_000_000)),
                  ReferralTarget.values()[random.nextInt(ReferralTarget.values().length)],
                  on);
          return Optional.of(
              TrajectoryCommand.pause(on, PauseReason.REFERRAL, Optional.of(referral)));
        }
        return Optional.of(
            TrajectoryCommand.pause(on, PauseReason.CLIENT_REQUEST, Optional.empty()));
      case RESUME:
        return Optional.of(TrajectoryCommand.resume(on));
      case CLOSE:
        return Optional.of(TrajectoryCommand.close(on));
      case STOP_EARLY:
        return Optional.of(
            TrajectoryCommand.stopEarly(
                on, StopReason.values()[random.nextInt(StopReason.values().length)]));
      case CORRECT:
        return Optional.of(
            TrajectoryCommand.correct(
                on, CorrectionReason.values()[random.nextInt(CorrectionReason.values().length)]));
      default:
        throw new IllegalArgumentException("Unknown command kind " + kind);
    }
  }

  private static String training(Random random) {
    return TrajectoryFactsArbitraries.TRAINING_TITLES[
        random.nextInt(TrajectoryFactsArbitraries.TRAINING_TITLES.length)];
  }

  /**
   * An attest for the training a POP names three times in four (another title otherwise), for the
   * academic year starting on 1 September after the opening day three times in four (so the
   * guidance started in time; the one before otherwise), with the guidance starting on the opening
   * day (or on the command's day when that is earlier: a command the lifecycle refuses), issued on
   * the day.
   */
  private static TrainingAttest attest(Trajectory t, LocalDate on, Random random) {
    List<String> named = new ArrayList<>();
    t.developmentPlans().forEach(p -> p.getNamedTrainings().forEach(n -> named.add(n.getTitle())));
    String title =
        !named.isEmpty() && random.nextInt(4) != 0
            ? named.get(random.nextInt(named.size()))
            : training(random);
    LocalDate opened = t.getOpenedOn();
    int startYear = opened.getYear();
    if (opened.isAfter(LocalDate.of(startYear, 9, 1)) && startYear < Year.MAX_VALUE) {
      startYear++;
    }
    if (random.nextInt(4) == 0 && startYear > Year.MIN_VALUE) {
      startYear--;
    }
    AcademicYear year = AcademicYear.startingIn(startYear);
    LocalDate started = opened.isAfter(on) ? on : opened;
    Set<TrainingBenefit> benefits = EnumSet.noneOf(TrainingBenefit.class);
    for (TrainingBenefit benefit : TrainingBenefit.values()) {
      if (random.nextBoolean()) {
        benefits.add(benefit);
      }
    }
    return TrainingAttest.builder()
        .issuedOn(on)
        .trainingTitle(title)
        .academicYear(year)
        .guidanceStartedOn(started)
        .benefits(benefits)
        .build();
  }

  private static Session session(SessionKind kind, LocalDate on, Random random) {
    Duration duration =
        kind == SessionKind.INTRODUCTORY || kind == SessionKind.AFTERCARE
            ? Duration.ofMinutes(30)
            : Duration.ofMinutes(60 + 15 * random.nextInt(5));
    return Session.builder()
        .id(SessionId.of("s-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE)))
        .kind(kind)
        .date(on)
        .duration(duration)
        .setting(
            kind == SessionKind.IN_DEPTH && random.nextInt(5) == 0
                ? GroupSetting.GROUP
                : GroupSetting.INDIVIDUAL)
        .mode(
            kind == SessionKind.INTRODUCTORY && random.nextBoolean()
                ? SessionMode.PHONE
                : SessionMode.IN_PERSON)
        .build();
  }

  /**
   * The day an outcome holds from: the opening day, the day of the command, or (one time in ten)
   * the day before the opening, which the payload check {@code outcome_before_opening} refuses.
   * Safe at both ends of the calendar.
   */
  private static LocalDate outcomeDay(LocalDate openedOn, LocalDate on, Random random) {
    int pick = random.nextInt(10);
    if (pick == 0 && openedOn.isAfter(LocalDate.MIN)) {
      return openedOn.minusDays(1);
    }
    return pick % 2 == 0 ? openedOn : on;
  }
}

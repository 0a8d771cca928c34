package io.github.loopbaan.testkit;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.party.HealthConcern;
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
import io.github.loopbaan.core.plan.Decision;
import io.github.loopbaan.core.plan.DecisionKind;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.Insight;
import io.github.loopbaan.core.plan.InsightId;
import io.github.loopbaan.core.plan.InsightKind;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.plan.PlanKind;
import io.github.loopbaan.core.plan.Reflection;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.rules.FlemishVoucher;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.InstrumentResultId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.trajectory.AcademicYear;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.IntakeTopic;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import io.github.loopbaan.core.trajectory.VoucherId;
import jakarta.validation.groups.Default;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the rule sets of {@code loopbaan-validation}: complete trajectories that satisfy
 * the base rules and the Flemish career-voucher rules with no violation at all (not even a
 * warning), and deliberately broken ones: each {@link RuleBreak} changes a complete trajectory so
 * that it violates exactly one rule, named by its stable rule code.
 *
 * <p>The values are legal model values (every structural invariant holds): rule violations are a
 * report, not an exception. A complete trajectory is walked through the process (intake, in-depth
 * conversations, synthesis with POP, evaluation invitation, aftercare, close) under the shipped
 * voucher regime: per voucher at least 2.5 hours individual and at most 1.5 hours group guidance,
 * at most 30 minutes of aftercare within a year.
 */
public final class RuleArbitraries {

  /** Rule codes of the base rule set (the {@link Default} group). */
  public static final List<String> BASE_CODES =
      List.of(
          "base_plan_past_intake",
          "base_goal_past_intake",
          "base_pop_after_synthesis",
          "base_action_plan_required",
          "base_regime_registered",
          "base_catalogue_entries_known",
          "base_farewell_forced_mobility",
          "base_health_data_ground");

  /** Rule codes of the Flemish career-voucher rule set ({@link FlemishVoucher}). */
  public static final List<String> VOUCHER_CODES =
      List.of(
          "vch_vouchers",
          "vch_session_voucher",
          "vch_voucher_hours",
          "vch_pop_voucher",
          "vch_intake_agreement_recorded",
          "vch_intake_topics",
          "vch_agreement_signed",
          "vch_individual_hours",
          "vch_group_hours",
          "vch_aftercare_minutes",
          "vch_aftercare_window",
          "vch_aftercare_on_request",
          "vch_evaluation_invited",
          "vch_pop_checklist_only",
          "vch_attest_training_named",
          "vch_attest_academic_year",
          "vch_attest_career_question",
          "vch_pop_title",
          "vch_pop_finalised",
          "vch_pop_client_name",
          "vch_pop_career_question",
          "vch_pop_reflections",
          "vch_pop_choices",
          "vch_pop_signature");

  /**
   * Rule codes of the Flemish career-voucher rule set that are checked only with the person's
   * {@link io.github.loopbaan.core.trajectory.VoucherHistory} ({@code
   * LoopbaanValidator.validate(trajectory, history, ...)}); not in {@link #VOUCHER_CODES}, whose
   * breaks need no history.
   */
  public static final List<String> HISTORY_CODES =
      List.of("vch_vouchers_per_person", "vch_waiting_period");

  /**
   * Rule codes of the base rule set that apply only under a regime that asks for them (none of the
   * built-in regimes does); not in {@link #BASE_CODES}, whose breaks use the built-in regimes.
   */
  public static final List<String> REGIME_CODES =
      List.of("base_provider_recognised", "base_eligibility_recorded");

  private static final String TRAINING = "Bachelor Verpleegkunde";

  private RuleArbitraries() {}

  /** A deliberately broken value: a legal model value that violates exactly one rule. */
  public static final class RuleBreak {
    private final String code;
    private final Class<?> group;
    private final Object value;

    RuleBreak(String code, Class<?> group, Object value) {
      this.code = Objects.requireNonNull(code, "code");
      this.group = Objects.requireNonNull(group, "group");
      this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * @return the stable code of the rule the value violates
     */
    public String code() {
      return code;
    }

    /**
     * @return the validation group of the rule: {@link Default} for base rules, {@link
     *     FlemishVoucher}
     */
    public Class<?> group() {
      return group;
    }

    /**
     * @return the value: a trajectory, a development plan or an intake agreement
     */
    public Object value() {
      return value;
    }

    /**
     * @return for example {@code RuleBreak[vch_pop_title]}; never the value, which holds personal
     *     data
     */
    @Override
    public String toString() {
      return "RuleBreak[" + code + "]";
    }
  }

  /**
   * @return complete voucher trajectories: one or two vouchers, with or without training attest
   */
  public static Arbitrary<Trajectory> completeTrajectories() {
    return Combinators.combine(
            TrajectoryArbitraries.openingDays(),
            Arbitraries.integers().between(1, 2),
            Arbitraries.of(true, false),
            Texts.careerQuestions(),
            Texts.personNames())
        .as(RuleArbitraries::complete);
  }

  /**
   * A complete voucher trajectory.
   *
   * @param openedOn the opening day
   * @param vouchers one or two vouchers
   * @param attest whether a training attest is issued (the POP then names the training)
   * @param question the client's career question, in their words
   * @param name the client's name as the POP shows it
   * @return a closed trajectory that satisfies the base and voucher rules with no violation
   */
  public static Trajectory complete(
      LocalDate openedOn, int vouchers, boolean attest, String question, String name) {
    List<VoucherId> ids = new ArrayList<>();
    for (int i = 1; i <= vouchers; i++) {
      ids.add(VoucherId.of("v-" + i));
    }
    Client client =
        Client.builder().id(ClientId.of("c-1")).educationLevel(EducationLevel.HIGH).build();
    Trajectory t =
        Trajectory.open(
            TrajectoryId.of("t-1"),
            client,
            Coach.of(CoachId.of("coach-1")),
            CommissioningParty.self(CommissionerId.of("self-1")),
            Funding.careerVouchers(ids.toArray(new VoucherId[0])),
            openedOn);
    LocalDate day = openedOn.plusDays(7);
    IntakeAgreement agreement =
        IntakeAgreement.builder()
            .addAllExplainedTopics(EnumSet.allOf(IntakeTopic.class))
            .heldOn(day)
            .signedOn(day)
            .build();
    TrajectoryPlan plan =
        TrajectoryPlan.builder()
            .decidedOn(day)
            .addSelectedPhases(
                PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
            .addGoals(CoachingGoal.of("Een onderbouwde keuze maken", GoalTerm.SHORT_TERM))
            .build();
    CareerQuestion careerQuestion =
        CareerQuestion.builder()
            .id(CareerQuestionId.of("q-1"))
            .ownWords(question)
            .askedOn(day)
            .initialType(ClientQuestionType.CHOICE)
            .build();
    t =
        step(
            t,
            TrajectoryCommand.holdIntake(
                session("s-intake", SessionKind.INTAKE, day, 60, GroupSetting.INDIVIDUAL, 1),
                agreement,
                plan,
                Optional.of(careerQuestion)));
    int individual = vouchers == 1 ? 1 : 4;
    for (int i = 0; i < individual; i++) {
      day = day.plusDays(7);
      t =
          step(
              t,
              TrajectoryCommand.holdInDepthConversation(
                  session(
                      "s-deep-" + i,
                      SessionKind.IN_DEPTH,
                      day,
                      60,
                      GroupSetting.INDIVIDUAL,
                      i == 0 ? 1 : 2)));
    }
    day = day.plusDays(7);
    t =
        step(
            t,
            TrajectoryCommand.holdInDepthConversation(
                session("s-group", SessionKind.IN_DEPTH, day, 60, GroupSetting.GROUP, 1)));
    day = day.plusDays(7);
    LocalDate synthesis = day;
    DevelopmentPlan.Builder pop =
        DevelopmentPlan.builder()
            .id(DevelopmentPlanId.of("pop-1"))
            .kind(PlanKind.ACTION_ORIENTED)
            .generalData(
                GeneralData.builder()
                    .title("POP (loopbaancheque " + vouchers + " of 2)")
                    .finalisedOn(synthesis)
                    .clientName(name)
                    .signedOn(synthesis)
                    .build())
            .careerQuestion(question)
            .addReflections(Reflection.of("Ik merk dat ik vooral energie krijg van mensen helpen."))
            .addInsights(
                Insight.of(
                    InsightId.of("i-1"), InsightKind.RESOURCE, "Mijn netwerk in de zorg is groot."))
            .addDecisions(
                Decision.of(DecisionKind.CHOICE, "Ik kies voor een opleiding in de zorg."))
            .addGoals(CoachingGoal.of("Starten met een opleiding", GoalTerm.LONG_TERM))
            .actionPlan(
                ActionPlan.builder()
                    .addActions(
                        Action.of(
                            ActionId.of("a-1"),
                            ActionSubject.NETWORKING,
                            "Twee netwerkgesprekken voeren"))
                    .build());
    if (attest) {
      pop.addNamedTrainings(NamedTraining.of(TRAINING));
    }
    t =
        step(
            t,
            TrajectoryCommand.holdSynthesis(
                session(
                    "s-synthesis",
                    SessionKind.SYNTHESIS,
                    synthesis,
                    60,
                    GroupSetting.INDIVIDUAL,
                    1),
                pop.build()));
    t =
        step(
            t,
            TrajectoryCommand.inviteEvaluation(EvaluationInvitation.sentOn(synthesis.plusDays(1))));
    LocalDate aftercare = synthesis.plusDays(60);
    t =
        step(
            t,
            TrajectoryCommand.holdAftercare(
                AftercareRequest.of(aftercare.minusDays(3), "Hoe houd ik vol?"),
                session(
                    "s-aftercare",
                    SessionKind.AFTERCARE,
                    aftercare,
                    20,
                    GroupSetting.INDIVIDUAL,
                    1)));
    t = step(t, TrajectoryCommand.close(aftercare.plusDays(1)));
    if (attest) {
      // Issued after closing, through the command whose guards apply 004 §5 before it happens.
      t =
          step(
              t,
              TrajectoryCommand.issueTrainingAttest(
                  TrainingAttest.builder()
                      .issuedOn(aftercare.plusDays(1))
                      .trainingTitle(TRAINING)
                      .academicYear(AcademicYear.startingOn(openedOn.plusYears(1)))
                      .guidanceStartedOn(openedOn)
                      .build()));
    }
    return t;
  }

  /**
   * @return values that each violate exactly one rule, of every rule code in {@link #BASE_CODES}
   *     and {@link #VOUCHER_CODES}
   */
  public static Arbitrary<RuleBreak> broken() {
    Arbitrary<Trajectory> plain =
        Combinators.combine(
                TrajectoryArbitraries.openingDays(),
                Arbitraries.integers().between(1, 2),
                Arbitraries.just(false),
                Texts.careerQuestions(),
                Texts.personNames())
            .as(RuleArbitraries::complete);
    Arbitrary<Trajectory> withAttest =
        Combinators.combine(
                TrajectoryArbitraries.openingDays(),
                Arbitraries.integers().between(1, 2),
                Arbitraries.just(true),
                Texts.careerQuestions(),
                Texts.personNames())
            .as(RuleArbitraries::complete);
    List<Arbitrary<RuleBreak>> breaks = new ArrayList<>();
    for (String code : BASE_CODES) {
      breaks.add(plain.map(t -> breakRule(code, t)));
    }
    for (String code : VOUCHER_CODES) {
      breaks.add((code.startsWith("vch_attest") ? withAttest : plain).map(t -> breakRule(code, t)));
    }
    return Arbitraries.oneOf(breaks);
  }

  /**
   * Breaks one rule of a complete trajectory.
   *
   * @param code the rule code
   * @param t a complete trajectory, from {@link #complete}; with a training attest for the {@code
   *     vch_attest_*} rules
   * @return the broken value
   * @throws IllegalArgumentException for an unknown code
   */
  public static RuleBreak breakRule(String code, Trajectory t) {
    DevelopmentPlan pop = t.getDevelopmentPlan().orElseThrow();
    IntakeAgreement agreement = t.getIntakeAgreement().orElseThrow();
    switch (code) {
      case "base_plan_past_intake":
        return base(code, restored(t).phaseProgress(Optional.empty()).build());
      case "base_health_data_ground":
        // Health data without a record for it; a record of another scope does not count.
        return base(
            code,
            restored(t)
                .client(t.getClient().withHealthConcerns(HealthConcern.STRESS))
                .consents(
                    List.of(
                        Consent.explicit(
                            ConsentScope.SHARING_WITH_COMMISSIONER,
                            "Voortgang delen",
                            t.getOpenedOn(),
                            t.getCoach().getId())))
                .build());
      case "base_goal_past_intake":
        return base(
            code,
            restored(t)
                .phaseProgress(
                    t.getPhaseProgress()
                        .orElseThrow()
                        .withPlan(t.getPlan().orElseThrow().withGoals(List.of())))
                .developmentPlan(pop.withGoals(List.of()))
                .build());
      case "base_pop_after_synthesis":
        return base(code, restored(t).developmentPlan(Optional.empty()).build());
      case "base_action_plan_required":
        return base(code, pop.withActionPlan(ActionPlan.empty()));
      case "base_regime_registered":
        return base(
            code,
            restored(t)
                .funding(t.getFunding().withRegime(t.getFunding().getRegime().withVersion(99)))
                .build());
      case "base_catalogue_entries_known":
        // An application's own instrument, which the validator's standard catalogue does not list.
        return base(
            code,
            restored(t)
                .addInstrumentResults(
                    InstrumentResult.builder()
                        .id(InstrumentResultId.of("acme-test-1"))
                        .instrument(
                            Instrument.custom("acme:motivation-test")
                                .label(Locale.ENGLISH, "Motivation test")
                                .build())
                        .administeredOn(t.getOpenedOn())
                        .build())
                .build());
      case "base_farewell_forced_mobility":
        // Farewell to work first on the route of an employed client (no forced mobility).
        return base(
            code,
            restored(t)
                .phaseProgress(
                    t.getPhaseProgress()
                        .orElseThrow()
                        .withPlan(
                            t.getPlan()
                                .orElseThrow()
                                .withSelectedPhases(
                                    PhaseSelection.of(
                                        ContentPhase.FAREWELL_TO_WORK, Attention.BRIEF),
                                    PhaseSelection.of(
                                        ContentPhase.IN_DEPTH_SELF_EXPLORATION,
                                        Attention.EXTENSIVE))))
                .build());
      case "vch_session_voucher":
        return voucher(
            code,
            sessions(
                t,
                s -> s.getKind() == SessionKind.AFTERCARE ? s.withVoucher(Optional.empty()) : s));
      case "vch_voucher_hours":
        return voucher(
            code,
            sessions(
                t,
                s ->
                    s.getId().equals(SessionId.of("s-deep-0"))
                        ? s.withDuration(Duration.ofMinutes(90))
                        : s));
      case "vch_pop_voucher":
        return voucher(
            code,
            restored(t)
                .developmentPlan(
                    pop.withGeneralData(
                        pop.getGeneralData().withTitle("POP (loopbaancheque 3 of 3)")))
                .build());
      case "vch_vouchers":
        {
          // A third voucher where the regime allows two; each added voucher used in full.
          List<Session> sessions = new ArrayList<>(t.getSessions());
          List<VoucherId> ids = new ArrayList<>();
          t.getFunding().getVouchers().forEach(v -> ids.add(v.getId()));
          while (ids.size() < 3) {
            ids.add(VoucherId.of("v-extra-" + ids.size()));
            sessions.add(
                session(
                    "s-deep-v" + ids.size(),
                    SessionKind.IN_DEPTH,
                    t.synthesisDate().orElseThrow().minusDays(1),
                    150,
                    GroupSetting.INDIVIDUAL,
                    ids.size()));
          }
          return voucher(
              code,
              restored(t)
                  .funding(
                      Funding.careerVouchers(
                          t.getFunding().getRegime(), ids.toArray(new VoucherId[0])))
                  .sessions(sessions)
                  .build());
        }
      case "vch_intake_agreement_recorded":
        return voucher(code, restored(t).intakeAgreement(Optional.empty()).build());
      case "vch_intake_topics":
        return voucher(
            code,
            restored(t)
                .intakeAgreement(
                    agreement.withExplainedTopics(
                        EnumSet.complementOf(
                            EnumSet.of(
                                IntakeTopic.CONFIDENTIALITY, IntakeTopic.COMPLAINTS_PROCEDURE))))
                .build());
      case "vch_agreement_signed":
        return voucher(code, agreement.withSignedOn(Optional.empty()));
      case "vch_individual_hours":
        return voucher(
            code,
            sessions(
                t,
                s ->
                    s.getKind() == SessionKind.IN_DEPTH && s.getSetting() == GroupSetting.INDIVIDUAL
                        ? null
                        : s));
      case "vch_group_hours":
        return voucher(code, groupOverOpenVoucher(t));
      case "vch_aftercare_minutes":
        return voucher(
            code,
            sessions(
                t,
                s ->
                    s.getKind() == SessionKind.AFTERCARE
                        ? s.withDuration(Duration.ofMinutes(45))
                        : s));
      case "vch_aftercare_window":
        {
          LocalDate late = t.synthesisDate().orElseThrow().plusYears(1).plusDays(10);
          AftercareRequest request = t.getAftercareRequests().get(0);
          return voucher(
              code,
              restored(
                      sessions(t, s -> s.getKind() == SessionKind.AFTERCARE ? s.withDate(late) : s))
                  .aftercareRequests(List.of(request.withRequestedOn(late.minusDays(2))))
                  .build());
        }
      case "vch_aftercare_on_request":
        {
          Session extra =
              session(
                  "s-aftercare-2",
                  SessionKind.AFTERCARE,
                  t.getAftercareRequests().get(0).getRequestedOn().plusDays(20),
                  10,
                  GroupSetting.INDIVIDUAL,
                  1);
          List<Session> sessions = new ArrayList<>(t.getSessions());
          sessions.add(extra);
          return voucher(code, restored(t).sessions(sessions).build());
        }
      case "vch_evaluation_invited":
        return voucher(code, restored(t).evaluationInvitation(Optional.empty()).build());
      case "vch_pop_checklist_only":
        return voucher(
            code,
            restored(t)
                .developmentPlan(pop.withStorageConsent(StorageConsent.CHECKLIST_ONLY))
                .build());
      case "vch_attest_training_named":
        return voucher(
            code,
            restored(t)
                .client(t.getClient().withEducationLevel(EducationLevel.HIGH))
                .developmentPlan(pop.withNamedTrainings(List.of()))
                .build());
      case "vch_attest_academic_year":
        {
          TrainingAttest attest = t.getTrainingAttest().orElseThrow();
          return voucher(
              code,
              restored(t)
                  .trainingAttest(
                      attest.withAcademicYear(
                          AcademicYear.startingOn(t.getOpenedOn().minusMonths(1))))
                  .build());
        }
      case "vch_attest_career_question":
        // Both ways the guidance has no other career question: on odd opening days the intake
        // records that it was started only for the benefit, on even ones no question is recorded.
        return voucher(
            code,
            t.getOpenedOn().getDayOfMonth() % 2 == 1
                ? restored(t).intakeAgreement(agreement.withOnlyForTrainingBenefit(true)).build()
                : restored(t).careerQuestion(Optional.empty()).build());
      case "vch_pop_title":
        return voucher(code, pop.withGeneralData(pop.getGeneralData().withTitle("POP")));
      case "vch_pop_finalised":
        return voucher(
            code,
            pop.withGeneralData(
                GeneralData.builder()
                    .from(pop.getGeneralData())
                    .finalisedOn(Optional.empty())
                    .signedOn(Optional.empty())
                    .build()));
      case "vch_pop_client_name":
        return voucher(
            code, pop.withGeneralData(pop.getGeneralData().withClientName(Optional.empty())));
      case "vch_pop_career_question":
        return voucher(code, pop.withCareerQuestion(Optional.empty()));
      case "vch_pop_reflections":
        return voucher(code, pop.withReflections(List.of()).withInsights(List.of()));
      case "vch_pop_choices":
        return voucher(
            code,
            pop.withDecisions(List.of())
                .withKind(PlanKind.REFLECTIVE)
                .withActionPlan(ActionPlan.empty()));
      case "vch_pop_signature":
        return voucher(
            code, pop.withGeneralData(pop.getGeneralData().withSignedOn(Optional.empty())));
      default:
        throw new IllegalArgumentException("Unknown rule code " + code);
    }
  }

  /**
   * Group guidance over the maximum on a voucher whose package is not done, so nothing else is
   * wrong: under the shipped regime the minimum individual plus the maximum group guidance fill a
   * voucher, so on a done voucher too much group guidance always comes with too little individual
   * guidance or too many hours. The trajectory is reopened (its closing event dropped) and the
   * group guidance goes on voucher 2, which has no synthesis; a one-voucher trajectory gets its
   * second voucher for it.
   */
  private static Trajectory groupOverOpenVoucher(Trajectory t) {
    List<Event<TrajectoryStage, TrajectoryCommand>> events = t.getHistory().asList();
    Trajectory.Builder b = restored(t).history(History.of(events.subList(0, events.size() - 1)));
    List<Session> sessions = new ArrayList<>();
    Session over =
        session(
            "s-group-2",
            SessionKind.IN_DEPTH,
            t.synthesisDate().orElseThrow().minusDays(1),
            100,
            GroupSetting.GROUP,
            2);
    boolean replaced = false;
    for (Session s : t.getSessions()) {
      if (!replaced && s.isRegisteredOn(2) && s.getKind() == SessionKind.IN_DEPTH) {
        sessions.add(over);
        replaced = true;
      } else {
        sessions.add(s);
      }
    }
    if (!replaced) {
      sessions.add(over);
      b.funding(
          Funding.careerVouchers(
              t.getFunding().getRegime(),
              t.getFunding().getVouchers().get(0).getId(),
              VoucherId.of("v-2")));
    }
    return b.sessions(sessions).build();
  }

  private static RuleBreak base(String code, Object value) {
    return new RuleBreak(code, Default.class, value);
  }

  private static RuleBreak voucher(String code, Object value) {
    return new RuleBreak(code, FlemishVoucher.class, value);
  }

  private static Trajectory sessions(Trajectory t, Function<Session, Session> change) {
    List<Session> sessions = new ArrayList<>();
    for (Session s : t.getSessions()) {
      Session changed = change.apply(s);
      if (changed != null) {
        sessions.add(changed);
      }
    }
    return restored(t).sessions(sessions).build();
  }

  /**
   * @return a builder holding the trajectory: the examples stand for stored (restored) records, and
   *     a closed trajectory accepts no {@code with…} edit
   */
  private static Trajectory.Builder restored(Trajectory t) {
    Trajectory.Builder b = Trajectory.builder();
    b.from(t);
    return b;
  }

  private static Trajectory step(Trajectory t, TrajectoryCommand command) {
    return t.apply(command).orElseThrow();
  }

  private static Session session(
      String id, SessionKind kind, LocalDate on, int minutes, GroupSetting setting, int voucher) {
    return Session.builder()
        .id(SessionId.of(id))
        .kind(kind)
        .date(on)
        .duration(Duration.ofMinutes(minutes))
        .setting(setting)
        .status(SessionStatus.HELD)
        .voucher(voucher)
        .build();
  }
}

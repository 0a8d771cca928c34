package io.github.loopbaan.testkit;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.catalogue.EntryLabels;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.NewJob;
import io.github.loopbaan.core.phase.PhaseProgress;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.PlanAmendment;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionId;
import io.github.loopbaan.core.plan.ActionPlan;
import io.github.loopbaan.core.plan.ActionPlanEvaluation;
import io.github.loopbaan.core.plan.Decision;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.Insight;
import io.github.loopbaan.core.plan.InsightId;
import io.github.loopbaan.core.plan.Intervention;
import io.github.loopbaan.core.plan.InterventionKind;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.plan.PlanRevision;
import io.github.loopbaan.core.plan.PopChecklist;
import io.github.loopbaan.core.plan.Reflection;
import io.github.loopbaan.core.plan.ReintegrationPlan;
import io.github.loopbaan.core.plan.Revisions;
import io.github.loopbaan.core.question.ApproachRecommendation;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionId;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.OrganisationContext;
import io.github.loopbaan.core.question.OrganisationalQuestion;
import io.github.loopbaan.core.question.OrganisationalQuestionSubtype;
import io.github.loopbaan.core.question.QuestionEvolution;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.AssignmentId;
import io.github.loopbaan.core.session.Attachment;
import io.github.loopbaan.core.session.AttachmentId;
import io.github.loopbaan.core.session.Instrument;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.InstrumentResultId;
import io.github.loopbaan.core.session.LossObservation;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.NoteId;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionId;
import io.github.loopbaan.core.session.Sessions;
import io.github.loopbaan.core.standards.CompetenceAssessment;
import io.github.loopbaan.core.standards.CompetenceRef;
import io.github.loopbaan.core.standards.EscoUri;
import io.github.loopbaan.core.standards.IscoCode;
import io.github.loopbaan.core.standards.OccupationRef;
import io.github.loopbaan.core.standards.OnetSocCode;
import io.github.loopbaan.core.standards.RiasecProfile;
import io.github.loopbaan.core.trajectory.AcademicYear;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.CareerCentre;
import io.github.loopbaan.core.trajectory.CareerScenario;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.Eligibility;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.NetworkConversation;
import io.github.loopbaan.core.trajectory.OutcomeKind;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.ReferralId;
import io.github.loopbaan.core.trajectory.ScenarioId;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import io.github.loopbaan.core.trajectory.UsedVoucher;
import io.github.loopbaan.core.trajectory.Voucher;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.core.trajectory.VoucherPackage;
import io.github.loopbaan.core.trajectory.VoucherTerms;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The single entry point to Loopbaan's generators: a jqwik domain that provides an arbitrary for
 * every public value type of the model. Enums need no provider: jqwik generates them by default.
 *
 * <pre>{@code
 * @Property
 * @Domain(LoopbaanDomain.class)
 * void myInvariant(@ForAll Trajectory trajectory, @ForAll Client client) { ... }
 * }</pre>
 *
 * <p>Every value generated satisfies all structural rules of the model, with realistic Dutch and
 * English text. The per-area classes ({@link PartyArbitraries}, {@link QuestionArbitraries}, {@link
 * PhaseArbitraries}, {@link PlanArbitraries}, {@link SessionArbitraries}, {@link
 * StandardsArbitraries}, {@link TrajectoryFactsArbitraries}, {@link TrajectoryArbitraries}) offer
 * the same arbitraries as static methods, more specific ones, and {@code broken()} constructions
 * that violate one structural rule each. Walks through the lifecycles are in {@link
 * LifecycleWalks}.
 */
public class LoopbaanDomain extends DomainContextBase {

  /**
   * @return arbitrary {@link ClientId} values, as {@code PartyArbitraries.clientIds()}
   */
  @Provide
  public Arbitrary<ClientId> clientId() {
    return PartyArbitraries.clientIds();
  }

  /**
   * @return arbitrary {@link CoachId} values, as {@code PartyArbitraries.coachIds()}
   */
  @Provide
  public Arbitrary<CoachId> coachId() {
    return PartyArbitraries.coachIds();
  }

  /**
   * @return arbitrary {@link CommissionerId} values, as {@code PartyArbitraries.commissionerIds()}
   */
  @Provide
  public Arbitrary<CommissionerId> commissionerId() {
    return PartyArbitraries.commissionerIds();
  }

  /**
   * @return arbitrary {@link Client} values, as {@code PartyArbitraries.clients()}
   */
  @Provide
  public Arbitrary<Client> client() {
    return PartyArbitraries.clients();
  }

  /**
   * @return arbitrary {@link Coach} values, as {@code PartyArbitraries.coaches()}
   */
  @Provide
  public Arbitrary<Coach> coach() {
    return PartyArbitraries.coaches();
  }

  /**
   * @return arbitrary {@link CommissioningParty} values, as {@code
   *     PartyArbitraries.commissioningParties()}
   */
  @Provide
  public Arbitrary<CommissioningParty> commissioningParty() {
    return PartyArbitraries.commissioningParties();
  }

  /**
   * @return arbitrary {@link EscoUri} values, as {@code StandardsArbitraries.escoUris()}
   */
  @Provide
  public Arbitrary<EscoUri> escoUri() {
    return StandardsArbitraries.escoUris();
  }

  /**
   * @return arbitrary {@link IscoCode} values, as {@code StandardsArbitraries.iscoCodes()}
   */
  @Provide
  public Arbitrary<IscoCode> iscoCode() {
    return StandardsArbitraries.iscoCodes();
  }

  /**
   * @return arbitrary {@link OnetSocCode} values, as {@code StandardsArbitraries.onetSocCodes()}
   */
  @Provide
  public Arbitrary<OnetSocCode> onetSocCode() {
    return StandardsArbitraries.onetSocCodes();
  }

  /**
   * @return arbitrary {@link OccupationRef} values, as {@code StandardsArbitraries.occupations()}
   */
  @Provide
  public Arbitrary<OccupationRef> occupationRef() {
    return StandardsArbitraries.occupations();
  }

  /**
   * @return arbitrary {@link CompetenceRef} values, as {@code StandardsArbitraries.competences()}
   */
  @Provide
  public Arbitrary<CompetenceRef> competenceRef() {
    return StandardsArbitraries.competences();
  }

  /**
   * @return arbitrary {@link CompetenceAssessment} values, as {@code
   *     StandardsArbitraries.competenceAssessments()}
   */
  @Provide
  public Arbitrary<CompetenceAssessment> competenceAssessment() {
    return StandardsArbitraries.competenceAssessments();
  }

  /**
   * @return arbitrary {@link RiasecProfile} values, as {@code
   *     StandardsArbitraries.riasecProfiles()}
   */
  @Provide
  public Arbitrary<RiasecProfile> riasecProfile() {
    return StandardsArbitraries.riasecProfiles();
  }

  /**
   * @return arbitrary {@link CareerQuestionId} values, as {@code
   *     QuestionArbitraries.careerQuestionIds()}
   */
  @Provide
  public Arbitrary<CareerQuestionId> careerQuestionId() {
    return QuestionArbitraries.careerQuestionIds();
  }

  /**
   * @return arbitrary {@link OrganisationalQuestion} values, as {@code
   *     QuestionArbitraries.organisationalQuestions()}
   */
  @Provide
  public Arbitrary<OrganisationalQuestion> organisationalQuestion() {
    return QuestionArbitraries.organisationalQuestions();
  }

  /**
   * @return arbitrary {@link QuestionEvolution} values, as {@code QuestionArbitraries.evolutions()}
   */
  @Provide
  public Arbitrary<QuestionEvolution> questionEvolution() {
    return QuestionArbitraries.evolutions();
  }

  /**
   * @return arbitrary {@link CareerQuestion} values, as {@code
   *     QuestionArbitraries.careerQuestions()}
   */
  @Provide
  public Arbitrary<CareerQuestion> careerQuestion() {
    return QuestionArbitraries.careerQuestions();
  }

  /**
   * @return arbitrary {@link ApproachRecommendation} values, as {@code
   *     QuestionArbitraries.approachRecommendations()}
   */
  @Provide
  public Arbitrary<ApproachRecommendation> approachRecommendation() {
    return QuestionArbitraries.approachRecommendations();
  }

  /**
   * @return arbitrary {@link PhaseSelection} values, as {@code PhaseArbitraries.phaseSelections()}
   */
  @Provide
  public Arbitrary<PhaseSelection> phaseSelection() {
    return PhaseArbitraries.phaseSelections();
  }

  /**
   * @return arbitrary {@link CoachingGoal} values, as {@code PhaseArbitraries.coachingGoals()}
   */
  @Provide
  public Arbitrary<CoachingGoal> coachingGoal() {
    return PhaseArbitraries.coachingGoals();
  }

  /**
   * @return arbitrary {@link PlanAmendment} values, as {@code PhaseArbitraries.planAmendments()}
   */
  @Provide
  public Arbitrary<PlanAmendment> planAmendment() {
    return PhaseArbitraries.planAmendments();
  }

  /**
   * @return arbitrary {@link TrajectoryPlan} values, as {@code PhaseArbitraries.trajectoryPlans()}
   */
  @Provide
  public Arbitrary<TrajectoryPlan> trajectoryPlan() {
    return PhaseArbitraries.trajectoryPlans();
  }

  /**
   * @return arbitrary {@link PhaseProgress} values, as {@code PhaseArbitraries.phaseProgress()}
   */
  @Provide
  public Arbitrary<PhaseProgress> phaseProgress() {
    return PhaseArbitraries.phaseProgress();
  }

  /**
   * @return arbitrary {@link NewJob} values, as {@code PhaseArbitraries.newJobs()}
   */
  @Provide
  public Arbitrary<NewJob> newJob() {
    return PhaseArbitraries.newJobs();
  }

  /**
   * @return arbitrary {@link DevelopmentPlanId} values, as {@code
   *     PlanArbitraries.developmentPlanIds()}
   */
  @Provide
  public Arbitrary<DevelopmentPlanId> developmentPlanId() {
    return PlanArbitraries.developmentPlanIds();
  }

  /**
   * @return arbitrary {@link InsightId} values, as {@code PlanArbitraries.insightIds()}
   */
  @Provide
  public Arbitrary<InsightId> insightId() {
    return PlanArbitraries.insightIds();
  }

  /**
   * @return arbitrary {@link ActionId} values, as {@code PlanArbitraries.actionIds()}
   */
  @Provide
  public Arbitrary<ActionId> actionId() {
    return PlanArbitraries.actionIds();
  }

  /**
   * @return arbitrary {@link Insight} values, as {@code PlanArbitraries.insights()}
   */
  @Provide
  public Arbitrary<Insight> insight() {
    return PlanArbitraries.insights();
  }

  /**
   * @return arbitrary {@link Reflection} values, as {@code PlanArbitraries.reflections()}
   */
  @Provide
  public Arbitrary<Reflection> reflection() {
    return PlanArbitraries.reflections();
  }

  /**
   * @return arbitrary {@link Decision} values, as {@code PlanArbitraries.decisions()}
   */
  @Provide
  public Arbitrary<Decision> decision() {
    return PlanArbitraries.decisions();
  }

  /**
   * @return arbitrary {@link Action} values, as {@code PlanArbitraries.actions()}
   */
  @Provide
  public Arbitrary<Action> action() {
    return PlanArbitraries.actions();
  }

  /**
   * @return arbitrary {@link ActionPlanEvaluation} values, as {@code
   *     PlanArbitraries.actionPlanEvaluations()}
   */
  @Provide
  public Arbitrary<ActionPlanEvaluation> actionPlanEvaluation() {
    return PlanArbitraries.actionPlanEvaluations();
  }

  /**
   * @return arbitrary {@link ActionPlan} values, as {@code PlanArbitraries.actionPlans()}
   */
  @Provide
  public Arbitrary<ActionPlan> actionPlan() {
    return PlanArbitraries.actionPlans();
  }

  /**
   * @return arbitrary {@link NamedTraining} values, as {@code PlanArbitraries.namedTrainings()}
   */
  @Provide
  public Arbitrary<NamedTraining> namedTraining() {
    return PlanArbitraries.namedTrainings();
  }

  /**
   * @return arbitrary {@link Revisions} lists, as {@code PlanArbitraries.revisionLists()}
   */
  @Provide
  public Arbitrary<Revisions> revisionList() {
    return PlanArbitraries.revisionLists();
  }

  /**
   * @return arbitrary {@link PlanRevision} values, as {@code PlanArbitraries.planRevisions()}
   */
  @Provide
  public Arbitrary<PlanRevision> planRevision() {
    return PlanArbitraries.planRevisions();
  }

  /**
   * @return arbitrary {@link GeneralData} values, as {@code PlanArbitraries.generalData()}
   */
  @Provide
  public Arbitrary<GeneralData> generalData() {
    return PlanArbitraries.generalData();
  }

  /**
   * @return arbitrary {@link DevelopmentPlan} values, as {@code PlanArbitraries.developmentPlans()}
   */
  @Provide
  public Arbitrary<DevelopmentPlan> developmentPlan() {
    return PlanArbitraries.developmentPlans();
  }

  /**
   * @return arbitrary {@link SessionId} values, as {@code SessionArbitraries.sessionIds()}
   */
  @Provide
  public Arbitrary<SessionId> sessionId() {
    return SessionArbitraries.sessionIds();
  }

  /**
   * @return arbitrary {@link NoteId} values, as {@code SessionArbitraries.noteIds()}
   */
  @Provide
  public Arbitrary<NoteId> noteId() {
    return SessionArbitraries.noteIds();
  }

  /**
   * @return arbitrary {@link AttachmentId} values, as {@code SessionArbitraries.attachmentIds()}
   */
  @Provide
  public Arbitrary<AttachmentId> attachmentId() {
    return SessionArbitraries.attachmentIds();
  }

  /**
   * @return arbitrary {@link AssignmentId} values, as {@code SessionArbitraries.assignmentIds()}
   */
  @Provide
  public Arbitrary<AssignmentId> assignmentId() {
    return SessionArbitraries.assignmentIds();
  }

  /**
   * @return arbitrary {@link InstrumentResultId} values, as {@code
   *     SessionArbitraries.instrumentResultIds()}
   */
  @Provide
  public Arbitrary<InstrumentResultId> instrumentResultId() {
    return SessionArbitraries.instrumentResultIds();
  }

  /**
   * @return arbitrary {@link Note} values, as {@code SessionArbitraries.notes()}
   */
  @Provide
  public Arbitrary<Note> note() {
    return SessionArbitraries.notes();
  }

  /**
   * @return arbitrary {@link Attachment} values, as {@code SessionArbitraries.attachments()}
   */
  @Provide
  public Arbitrary<Attachment> attachment() {
    return SessionArbitraries.attachments();
  }

  /**
   * @return arbitrary {@link Session} values, as {@code SessionArbitraries.sessions()}
   */
  @Provide
  public Arbitrary<Session> session() {
    return SessionArbitraries.sessions();
  }

  /**
   * @return arbitrary {@link Sessions} lists, as {@code SessionArbitraries.sessionLists()}
   */
  @Provide
  public Arbitrary<Sessions> sessionList() {
    return SessionArbitraries.sessionLists();
  }

  /**
   * @return the library's standard {@link Instrument}s, as {@code
   *     SessionArbitraries.instruments()}; an application's own are in {@link CatalogueArbitraries}
   */
  @Provide
  public Arbitrary<Instrument> instrument() {
    return SessionArbitraries.instruments();
  }

  /**
   * @return the library's standard {@link ClientQuestionType}s, as {@code
   *     QuestionArbitraries.questionTypes()}; an application's own are in {@link
   *     CatalogueArbitraries}
   */
  @Provide
  public Arbitrary<ClientQuestionType> clientQuestionType() {
    return QuestionArbitraries.questionTypes();
  }

  /**
   * @return the library's standard {@link OrganisationalQuestionSubtype}s (table 1.2); an
   *     application's own are in {@link CatalogueArbitraries}
   */
  @Provide
  public Arbitrary<OrganisationalQuestionSubtype> organisationalQuestionSubtype() {
    return Arbitraries.of(OrganisationalQuestionSubtype.standardEntries());
  }

  /**
   * @return the library's standard {@link OutcomeKind}s; an application's own are in {@link
   *     CatalogueArbitraries}
   */
  @Provide
  public Arbitrary<OutcomeKind> outcomeKind() {
    return Arbitraries.of(OutcomeKind.standardEntries());
  }

  /**
   * @return arbitrary {@link TrajectoryOutcome}s, as {@code CatalogueArbitraries.outcomes()}
   */
  @Provide
  public Arbitrary<TrajectoryOutcome> trajectoryOutcome() {
    return CatalogueArbitraries.outcomes();
  }

  /**
   * @return the library's standard {@link InterventionKind}s (001); an application's own are in
   *     {@link CatalogueArbitraries}
   */
  @Provide
  public Arbitrary<InterventionKind> interventionKind() {
    return Arbitraries.of(InterventionKind.standardEntries());
  }

  /**
   * @return arbitrary {@link LossObservation}s, as {@code SessionArbitraries.lossObservations()}
   */
  @Provide
  public Arbitrary<LossObservation> lossObservation() {
    return SessionArbitraries.lossObservations();
  }

  /**
   * @return arbitrary {@link OrganisationContext}s, as {@code
   *     QuestionArbitraries.organisationContexts()}
   */
  @Provide
  public Arbitrary<OrganisationContext> organisationContext() {
    return QuestionArbitraries.organisationContexts();
  }

  /**
   * @return arbitrary {@link ReintegrationPlan}s drawn up from a day of 2015 to 2029, as {@code
   *     PlanArbitraries.reintegrationPlans(LocalDate)}
   */
  @Provide
  public Arbitrary<ReintegrationPlan> reintegrationPlan() {
    return TrajectoryFactsArbitraries.days().flatMap(PlanArbitraries::reintegrationPlans);
  }

  /**
   * @return arbitrary {@link Intervention}s, as {@code CatalogueArbitraries.interventions()}
   */
  @Provide
  public Arbitrary<Intervention> intervention() {
    return CatalogueArbitraries.interventions();
  }

  /**
   * @return arbitrary {@link EntryLabels}, as {@code CatalogueArbitraries.entryLabels()}
   */
  @Provide
  public Arbitrary<EntryLabels> entryLabels() {
    return CatalogueArbitraries.entryLabels();
  }

  /**
   * @return arbitrary {@link Catalogue}s with application entries, as {@code
   *     CatalogueArbitraries.catalogues()}
   */
  @Provide
  public Arbitrary<Catalogue> catalogue() {
    return CatalogueArbitraries.catalogues();
  }

  /**
   * @return arbitrary {@link InstrumentResult} values, as {@code
   *     SessionArbitraries.instrumentResults()}
   */
  @Provide
  public Arbitrary<InstrumentResult> instrumentResult() {
    return SessionArbitraries.instrumentResults();
  }

  /**
   * @return arbitrary {@link Assignment} values, as {@code SessionArbitraries.assignments()}
   */
  @Provide
  public Arbitrary<Assignment> assignment() {
    return SessionArbitraries.assignments();
  }

  /**
   * @return arbitrary {@link TrajectoryId} values, as {@code TrajectoryArbitraries.trajectoryIds()}
   */
  @Provide
  public Arbitrary<TrajectoryId> trajectoryId() {
    return TrajectoryArbitraries.trajectoryIds();
  }

  /**
   * @return arbitrary {@link VoucherId} values, as {@code TrajectoryFactsArbitraries.voucherIds()}
   */
  @Provide
  public Arbitrary<VoucherId> voucherId() {
    return TrajectoryFactsArbitraries.voucherIds();
  }

  /**
   * @return arbitrary {@link ScenarioId} values, as {@code
   *     TrajectoryFactsArbitraries.scenarioIds()}
   */
  @Provide
  public Arbitrary<ScenarioId> scenarioId() {
    return TrajectoryFactsArbitraries.scenarioIds();
  }

  /**
   * @return arbitrary {@link ReferralId} values, as {@code
   *     TrajectoryFactsArbitraries.referralIds()}
   */
  @Provide
  public Arbitrary<ReferralId> referralId() {
    return TrajectoryFactsArbitraries.referralIds();
  }

  /**
   * @return arbitrary {@link IntakeAgreement} values, as {@code
   *     TrajectoryFactsArbitraries.intakeAgreements()}
   */
  @Provide
  public Arbitrary<IntakeAgreement> intakeAgreement() {
    return TrajectoryFactsArbitraries.intakeAgreements();
  }

  /**
   * @return arbitrary {@link Voucher} values, as {@code TrajectoryFactsArbitraries.vouchers()}
   */
  @Provide
  public Arbitrary<Voucher> voucher() {
    return TrajectoryFactsArbitraries.vouchers();
  }

  /**
   * @return arbitrary {@link Funding} values, as {@code TrajectoryFactsArbitraries.fundings()}
   */
  @Provide
  public Arbitrary<Funding> funding() {
    return TrajectoryFactsArbitraries.fundings();
  }

  /**
   * @return arbitrary {@link FundingRegime} values, as {@code
   *     TrajectoryFactsArbitraries.fundingRegimes()}
   */
  @Provide
  public Arbitrary<FundingRegime> fundingRegime() {
    return TrajectoryFactsArbitraries.fundingRegimes();
  }

  /**
   * @return arbitrary {@link FundingRegimes} values, as {@code
   *     TrajectoryFactsArbitraries.fundingRegimeRegistries()}
   */
  @Provide
  public Arbitrary<FundingRegimes> fundingRegimes() {
    return TrajectoryFactsArbitraries.fundingRegimeRegistries();
  }

  /**
   * @return arbitrary {@link VoucherPackage} values, as {@code
   *     TrajectoryFactsArbitraries.voucherPackages()}
   */
  @Provide
  public Arbitrary<VoucherPackage> voucherPackage() {
    return TrajectoryFactsArbitraries.voucherPackages();
  }

  /**
   * @return arbitrary {@link Eligibility} values, as {@code
   *     TrajectoryFactsArbitraries.eligibilities()}
   */
  @Provide
  public Arbitrary<Eligibility> eligibility() {
    return TrajectoryFactsArbitraries.eligibilities();
  }

  /**
   * @return arbitrary {@link CareerCentre} values, as {@code
   *     TrajectoryFactsArbitraries.careerCentres()}
   */
  @Provide
  public Arbitrary<CareerCentre> careerCentre() {
    return TrajectoryFactsArbitraries.careerCentres();
  }

  /**
   * @return arbitrary {@link UsedVoucher} values, as {@code
   *     TrajectoryFactsArbitraries.usedVouchers()}
   */
  @Provide
  public Arbitrary<UsedVoucher> usedVoucher() {
    return TrajectoryFactsArbitraries.usedVouchers();
  }

  /**
   * @return arbitrary {@link VoucherHistory} values, as {@code
   *     TrajectoryFactsArbitraries.voucherHistories()}
   */
  @Provide
  public Arbitrary<VoucherHistory> voucherHistory() {
    return TrajectoryFactsArbitraries.voucherHistories();
  }

  /**
   * @return arbitrary {@link VoucherTerms} values, as {@code
   *     TrajectoryFactsArbitraries.voucherTerms()}
   */
  @Provide
  public Arbitrary<VoucherTerms> voucherTerms() {
    return TrajectoryFactsArbitraries.voucherTerms();
  }

  /**
   * @return arbitrary {@link PopChecklist} values, as {@code PlanArbitraries.checklists()}
   */
  @Provide
  public Arbitrary<PopChecklist> popChecklist() {
    return PlanArbitraries.checklists();
  }

  /**
   * @return arbitrary {@link NetworkConversation} values, as {@code
   *     TrajectoryFactsArbitraries.networkConversations()}
   */
  @Provide
  public Arbitrary<NetworkConversation> networkConversation() {
    return TrajectoryFactsArbitraries.networkConversations();
  }

  /**
   * @return arbitrary {@link CareerScenario} values, as {@code
   *     TrajectoryFactsArbitraries.careerScenarios()}
   */
  @Provide
  public Arbitrary<CareerScenario> careerScenario() {
    return TrajectoryFactsArbitraries.careerScenarios();
  }

  /**
   * @return arbitrary {@link Referral} values, as {@code TrajectoryFactsArbitraries.referrals()}
   */
  @Provide
  public Arbitrary<Referral> referral() {
    return TrajectoryFactsArbitraries.referrals();
  }

  /**
   * @return arbitrary {@link Consent} records, as {@code TrajectoryFactsArbitraries.consents()}
   */
  @Provide
  public Arbitrary<Consent> consent() {
    return TrajectoryFactsArbitraries.consents();
  }

  /**
   * @return arbitrary {@link EvaluationInvitation} values, as {@code
   *     TrajectoryFactsArbitraries.evaluationInvitations()}
   */
  @Provide
  public Arbitrary<EvaluationInvitation> evaluationInvitation() {
    return TrajectoryFactsArbitraries.evaluationInvitations();
  }

  /**
   * @return arbitrary {@link AftercareRequest} values, as {@code
   *     TrajectoryFactsArbitraries.aftercareRequests()}
   */
  @Provide
  public Arbitrary<AftercareRequest> aftercareRequest() {
    return TrajectoryFactsArbitraries.aftercareRequests();
  }

  /**
   * @return arbitrary {@link AcademicYear} values, as {@code
   *     TrajectoryFactsArbitraries.academicYears()}
   */
  @Provide
  public Arbitrary<AcademicYear> academicYear() {
    return TrajectoryFactsArbitraries.academicYears();
  }

  /**
   * @return arbitrary {@link TrainingAttest} values, as {@code
   *     TrajectoryFactsArbitraries.trainingAttests()}
   */
  @Provide
  public Arbitrary<TrainingAttest> trainingAttest() {
    return TrajectoryFactsArbitraries.trainingAttests();
  }

  /**
   * @return arbitrary {@link Trajectory} values, as {@code TrajectoryArbitraries.trajectories()}
   */
  @Provide
  public Arbitrary<Trajectory> trajectory() {
    return TrajectoryArbitraries.trajectories();
  }
}

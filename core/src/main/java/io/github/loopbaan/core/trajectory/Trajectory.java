package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.catalogue.CatalogueEntry;
import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.internal.Saturating;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EducationLevel;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.phase.PhaseLifecycle;
import io.github.loopbaan.core.phase.PhaseProgress;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.Intervention;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.plan.ReintegrationPlan;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import io.github.loopbaan.core.question.ApproachRecommendation;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.QuestionEvolution;
import io.github.loopbaan.core.rules.FlemishVoucher;
import io.github.loopbaan.core.rules.Warning;
import io.github.loopbaan.core.rules.base.CatalogueEntriesKnown;
import io.github.loopbaan.core.rules.base.EligibilityRecorded;
import io.github.loopbaan.core.rules.base.FarewellForcedMobility;
import io.github.loopbaan.core.rules.base.GoalPastIntake;
import io.github.loopbaan.core.rules.base.HealthDataGround;
import io.github.loopbaan.core.rules.base.PlanPastIntake;
import io.github.loopbaan.core.rules.base.PopAfterSynthesis;
import io.github.loopbaan.core.rules.base.ProviderRecognised;
import io.github.loopbaan.core.rules.base.RegimeRegistered;
import io.github.loopbaan.core.rules.voucher.AftercareMinutes;
import io.github.loopbaan.core.rules.voucher.AftercareOnRequest;
import io.github.loopbaan.core.rules.voucher.AftercareWindow;
import io.github.loopbaan.core.rules.voucher.AttestAcademicYear;
import io.github.loopbaan.core.rules.voucher.AttestCareerQuestion;
import io.github.loopbaan.core.rules.voucher.AttestTrainingNamed;
import io.github.loopbaan.core.rules.voucher.EvaluationInvited;
import io.github.loopbaan.core.rules.voucher.GroupHours;
import io.github.loopbaan.core.rules.voucher.IndividualHours;
import io.github.loopbaan.core.rules.voucher.IntakeAgreementRecorded;
import io.github.loopbaan.core.rules.voucher.PopChecklistOnly;
import io.github.loopbaan.core.rules.voucher.PopVoucher;
import io.github.loopbaan.core.rules.voucher.SessionVoucher;
import io.github.loopbaan.core.rules.voucher.VoucherHours;
import io.github.loopbaan.core.rules.voucher.Vouchers;
import io.github.loopbaan.core.rules.voucher.VouchersPerPerson;
import io.github.loopbaan.core.rules.voucher.WaitingPeriod;
import io.github.loopbaan.core.session.Assignment;
import io.github.loopbaan.core.session.InstrumentResult;
import io.github.loopbaan.core.session.Note;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionStatus;
import io.github.loopbaan.core.session.Sessions;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A career guidance trajectory: the aggregate that holds everything of one client's coaching.
 * Dutch: loopbaantraject, loopbaanbegeleiding.
 *
 * <p>Open one with {@link #open}, then move it through its process with {@link
 * #apply(TrajectoryCommand)}: each command returns a new trajectory with the {@link Event} recorded
 * in {@link #getHistory()}, or a rejection with its reasons. {@link #nextCommands(LocalDate)} tells
 * what may happen on a day and why the rest may not. The {@linkplain #getStage() stage} is always
 * the target of the last event, so it cannot drift from the history.
 *
 * <p>Structural rules (checked on every construction):
 *
 * <ul>
 *   <li>no session lies before the opening date ({@code not_before}); session identifiers are
 *       unique ({@code unique});
 *   <li>the POP is not finalised before the intake ({@code finalised_before_intake});
 *   <li>no aftercare request lies before the synthesis, and there is no aftercare request without a
 *       synthesis ({@code aftercare_before_synthesis});
 *   <li>the history is a walk through the {@linkplain TrajectoryLifecycle trajectory table} from
 *       {@code opened} on the opening day, in date order ({@code history_sequence}, {@code
 *       history_lifecycle}, {@code history_walk}, {@code history_transition}, {@code
 *       history_order}, {@code history_start}; see {@link
 *       io.github.loopbaan.core.lifecycle.StateMachine#checkHistory}).
 * </ul>
 *
 * <p>A closed trajectory is archived: every command but {@code correct} is refused, and every
 * {@code with…} edit throws {@link IllegalStateException} (rule {@code closed_unchanged}). The only
 * changes it accepts are {@linkplain #correct corrections} (rectification, erasure), each recorded
 * in the history with its date and reason. The builder stays the door for restoring a stored
 * trajectory, in any stage.
 *
 * <p>Whether the trajectory is <em>complete</em> under a rule set (voucher hours, POP content) is
 * validation.
 */
@PlanPastIntake
@GoalPastIntake
@PopAfterSynthesis
@RegimeRegistered
@CatalogueEntriesKnown
@FarewellForcedMobility(payload = Warning.class)
@ProviderRecognised
@EligibilityRecorded
@HealthDataGround
@Vouchers(groups = FlemishVoucher.class)
@SessionVoucher(groups = FlemishVoucher.class)
@VoucherHours(groups = FlemishVoucher.class)
@VouchersPerPerson(groups = FlemishVoucher.class)
@WaitingPeriod(groups = FlemishVoucher.class)
@PopVoucher(groups = FlemishVoucher.class)
@IntakeAgreementRecorded(groups = FlemishVoucher.class)
@IndividualHours(groups = FlemishVoucher.class)
@GroupHours(groups = FlemishVoucher.class)
@AftercareMinutes(groups = FlemishVoucher.class)
@AftercareWindow(groups = FlemishVoucher.class)
@AftercareOnRequest(groups = FlemishVoucher.class)
@EvaluationInvited(groups = FlemishVoucher.class)
@PopChecklistOnly(groups = FlemishVoucher.class)
@AttestTrainingNamed(groups = FlemishVoucher.class)
@AttestAcademicYear(groups = FlemishVoucher.class)
@AttestCareerQuestion(groups = FlemishVoucher.class)
@ClosedAggregateStyle
@Value.Immutable
public abstract class Trajectory {

  Trajectory() {}

  /**
   * @return a builder, for restoring a stored trajectory; new ones start with {@link #open}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens a trajectory in stage {@link TrajectoryStage#OPENED} with an empty history.
   *
   * @param id the identifier
   * @param client the client
   * @param coach the coach
   * @param commissioner who commissions it
   * @param funding how it is paid for
   * @param openedOn the day it is opened
   * @return the new trajectory
   */
  public static Trajectory open(
      TrajectoryId id,
      Client client,
      Coach coach,
      CommissioningParty commissioner,
      Funding funding,
      LocalDate openedOn) {
    return builder()
        .id(id)
        .client(client)
        .coach(coach)
        .commissioner(commissioner)
        .funding(funding)
        .openedOn(openedOn)
        .build();
  }

  /**
   * @return the identifier
   */
  public abstract TrajectoryId getId();

  /**
   * @return the client
   */
  public abstract Client getClient();

  /**
   * @return the coach
   */
  public abstract Coach getCoach();

  /**
   * @return who commissions the trajectory (opdrachtgever)
   */
  public abstract CommissioningParty getCommissioner();

  /**
   * @return how the trajectory is paid for
   */
  public abstract Funding getFunding();

  /**
   * @return the day the trajectory was opened
   */
  public abstract LocalDate getOpenedOn();

  /**
   * @return the career centre that provides the guidance, when recorded; a regime may require a
   *     recognised one ({@link FundingRegime#isRecognisedProviderRequired()})
   */
  public abstract Optional<CareerCentre> getProvider();

  /**
   * @return the events of the trajectory process, oldest first
   */
  @Value.Default
  public History<Event<TrajectoryStage, TrajectoryCommand>> getHistory() {
    return History.empty();
  }

  /**
   * @return the career question, once explored
   */
  public abstract Optional<CareerQuestion> getCareerQuestion();

  /**
   * @return the intake agreement, once the intake is held
   */
  public abstract Optional<@Valid IntakeAgreement> getIntakeAgreement();

  /**
   * @return where the client stands in the content phases, from the intake on; it holds the
   *     trajectory plan with its amendments
   */
  public abstract Optional<PhaseProgress> getPhaseProgress();

  /**
   * @return the trajectory plan set at the intake (phases, attention, goals) with its recorded
   *     amendments; derived from {@link #getPhaseProgress()}, so the plan is kept in one place
   */
  public Optional<TrajectoryPlan> getPlan() {
    return getPhaseProgress().map(PhaseProgress::getPlan);
  }

  /**
   * @return every session, in the order recorded: a list that shares its structure with the
   *     previous version's when the lifecycle records a session, so recording one costs O(log n)
   */
  @Value.Default
  public Sessions getSessions() {
    return Sessions.empty();
  }

  /**
   * @return assignments given between conversations
   */
  public abstract List<Assignment> getAssignments();

  /**
   * @return results of instruments and tests
   */
  public abstract List<InstrumentResult> getInstrumentResults();

  /**
   * @return notes on the trajectory as a whole (session notes live on their session)
   */
  public abstract List<Note> getNotes();

  /**
   * @return career scenarios explored
   */
  public abstract List<CareerScenario> getScenarios();

  /**
   * @return referrals to other professionals: health data as a whole (that a client was referred at
   *     all), so the list is left out of the commissioner's and the anonymised views and shows as
   *     {@code <redacted>} in {@code toString()}, whether it is empty or not
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract List<Referral> getReferrals();

  /**
   * @return the personal development plan (POP) of the package worked on now, once drawn up
   */
  public abstract Optional<@Valid DevelopmentPlan> getDevelopmentPlan();

  /**
   * @return the finished packages of earlier vouchers, oldest first: each with its POP and its
   *     evaluation invitation (004 §5: a POP per voucher, "POP (loopbaancheque 1 of 2)"); empty
   *     until a second package starts
   */
  public abstract List<@Valid VoucherPackage> getCompletedPackages();

  /**
   * @return every POP of the trajectory, one per package: the finished packages' and the current
   *     one, oldest first
   */
  public List<DevelopmentPlan> developmentPlans() {
    List<DevelopmentPlan> plans = new ArrayList<>();
    getCompletedPackages().forEach(p -> plans.add(p.getPlan()));
    getDevelopmentPlan().ifPresent(plans::add);
    return Collections.unmodifiableList(plans);
  }

  /**
   * @return the invitation to the anonymous evaluation, once sent
   */
  public abstract Optional<EvaluationInvitation> getEvaluationInvitation();

  /**
   * @return the client's aftercare requests
   */
  public abstract List<AftercareRequest> getAftercareRequests();

  /**
   * @return the Flemish training attest, when issued: recorded with {@link
   *     TrajectoryCommand#issueTrainingAttest}, whose guards apply 004 §5 before it is issued
   */
  public abstract Optional<TrainingAttest> getTrainingAttest();

  /**
   * @return the trajectory's outcome for reporting, when recorded with {@link
   *     TrajectoryCommand#recordOutcome}; kept in the commissioner's view only when the client
   *     agreed to share it
   */
  public abstract Optional<TrajectoryOutcome> getOutcome();

  /**
   * @return the interventions besides coaching advised or agreed in the trajectory (001), oldest
   *     first as added
   */
  public abstract List<Intervention> getInterventions();

  /**
   * @return the re-integration plan drawn up with a long-term sick client (003 §1.4), when the
   *     trajectory holds one; health data, as a whole
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract Optional<ReintegrationPlan> getReintegrationPlan();

  /**
   * @return the records of the client's consent and of the other legal grounds for processing the
   *     file's data, oldest first as recorded; withdrawn records stay, with their withdrawal.
   *     Personal data as a whole (what a client allowed or refused), so left out of the
   *     commissioner's and the anonymised views
   */
  @PersonalData(DataCategory.PERSONAL)
  @Value.Redacted
  public abstract List<Consent> getConsents();

  /**
   * @param scope a scope
   * @param day a day (no ambient time: the caller says which day)
   * @return whether a record of that scope is valid on that day ({@link Consent#isValidOn})
   */
  public boolean hasConsent(ConsentScope scope, LocalDate day) {
    Objects.requireNonNull(scope, "scope");
    for (Consent consent : getConsents()) {
      if (consent.getScope() == scope && consent.isValidOn(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param scope a scope
   * @return whether a record of that scope is given and not withdrawn, whatever its dates: the
   *     state the records describe as they stand
   */
  public boolean hasConsent(ConsentScope scope) {
    Objects.requireNonNull(scope, "scope");
    for (Consent consent : getConsents()) {
      if (consent.getScope() == scope && !consent.isWithdrawn()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether 004 §5 asks that the training of an attest be named explicitly in a POP:
   * "Hooggeschoolden kunnen alleen nog opleidingscheques, opleidingsverlof of opleidingskrediet
   * aanvragen indien de opleiding expliciet vermeld staat in het POP." For a client with a lower or
   * middle education level the coach declares on honour that the training fits the POP (the
   * attest's first principle); the seed does not ask that the POP name it.
   *
   * <p>Choice: when the client's {@link Client#getEducationLevel() education level} is not
   * recorded, the training must be named, since the attest cannot show that the exception applies;
   * naming the training in the POP is always allowed. The lifecycle's payload check {@code
   * training_not_in_pop} and the rule {@code vch_attest_training_named} both read this method.
   *
   * @return true unless the client's education level is recorded as low or medium
   */
  public boolean attestNeedsNamedTraining() {
    return getClient().getEducationLevel().map(level -> level == EducationLevel.HIGH).orElse(true);
  }

  /**
   * Whether an attest meets 004 §5's rule on naming: its training is named in a POP of the
   * trajectory, or the client is not highly educated ({@link #attestNeedsNamedTraining()}).
   *
   * @param attest a training attest, this trajectory's or one about to be issued
   * @return whether the attest's training is named as 004 §5 requires for this client
   */
  public boolean attestTrainingNamedAsRequired(TrainingAttest attest) {
    return !attestNeedsNamedTraining() || namesTraining(attest.getTrainingTitle());
  }

  /**
   * Whether a POP of the trajectory names a training explicitly (004 §5: training vouchers, credit
   * or leave only for a training named in the POP). Every POP counts, the current one and those of
   * finished packages; titles are compared without regard to case and surrounding spaces.
   *
   * @param title a training title
   * @return whether a POP names it
   */
  public boolean namesTraining(String title) {
    String wanted = title.strip();
    for (DevelopmentPlan plan : developmentPlans()) {
      for (NamedTraining training : plan.getNamedTrainings()) {
        if (training.getTitle().strip().equalsIgnoreCase(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Derived, not an attribute: every entry of an open catalogue the trajectory holds, so that an
   * application or a rule can check them against its {@link
   * io.github.loopbaan.core.catalogue.Catalogue}.
   *
   * @return the instruments of the assignments and the instrument results, the kinds of the
   *     interventions, the outcome's kind, then the career question's organisational question,
   *     initial type and the from- and to-type of each evolution, in that order, repetitions
   *     included; unmodifiable
   */
  public List<CatalogueEntry> catalogueEntries() {
    List<CatalogueEntry> entries = new ArrayList<>();
    for (Assignment assignment : getAssignments()) {
      assignment.getInstrument().ifPresent(entries::add);
    }
    for (InstrumentResult result : getInstrumentResults()) {
      entries.add(result.getInstrument());
    }
    for (Intervention intervention : getInterventions()) {
      entries.add(intervention.getKind());
    }
    getOutcome().ifPresent(outcome -> entries.add(outcome.getKind()));
    getCareerQuestion()
        .ifPresent(
            question -> {
              question
                  .getOrganisationalQuestion()
                  .ifPresent(organisational -> entries.add(organisational.getSubtype()));
              entries.add(question.getInitialType());
              for (QuestionEvolution evolution : question.getEvolutions()) {
                entries.add(evolution.getFromType());
                entries.add(evolution.getToType());
              }
            });
    return Collections.unmodifiableList(entries);
  }

  /**
   * Whether the file records forced labour mobility: the client's employment situation is forced
   * mobility, or the career question's organisational question is one of reorganisation (table
   * 1.2). The same facts as the approach recommendation's reason {@code forced_mobility_farewell}.
   *
   * @return whether forced mobility is recorded
   */
  public boolean recordsForcedMobility() {
    return ApproachRecommendation.isForcedMobility(
        getClient().getEmployment(),
        getCareerQuestion().flatMap(CareerQuestion::getOrganisationalQuestion));
  }

  /**
   * Whether the guidance has a career question besides obtaining a training benefit: a career
   * question is recorded, and the intake agreement does not record that the guidance was started
   * {@linkplain IntakeAgreement#isOnlyForTrainingBenefit() only to obtain a training benefit}. 004
   * §5 refuses the training attest otherwise. The content of the question is the client's own words
   * and is never judged.
   *
   * @return whether another career question applies
   */
  public boolean hasOtherCareerQuestion() {
    return getCareerQuestion().isPresent()
        && !getIntakeAgreement().map(IntakeAgreement::isOnlyForTrainingBenefit).orElse(false);
  }

  /**
   * Whether the guidance started after the first day of the academic year an attest concerns (004
   * §5 refuses the attest then): by the start day the attest records, or because the trajectory was
   * opened after that day (the guidance cannot have started before the trajectory was opened).
   *
   * @param attest a training attest, issued or about to be
   * @return whether the guidance started too late for it
   */
  public boolean startedAfterAcademicYearOf(TrainingAttest attest) {
    return attest.guidanceStartedAfterAcademicYearStart()
        || getOpenedOn().isAfter(attest.getAcademicYear().getStartsOn());
  }

  /**
   * @return the current stage: the target of the last event, or {@link TrajectoryStage#OPENED}
   */
  public TrajectoryStage getStage() {
    History<Event<TrajectoryStage, TrajectoryCommand>> history = getHistory();
    return history.isEmpty() ? TrajectoryStage.OPENED : history.last().getTo();
  }

  /**
   * Applies a command of the trajectory process.
   *
   * @param command the command
   * @return the new trajectory with its event, or the rejection with every reason; this trajectory
   *     is unchanged
   */
  public Outcome<Trajectory> apply(TrajectoryCommand command) {
    return TrajectoryLifecycle.MACHINE.apply(this, command);
  }

  /**
   * Applies a command of the content phases (enter a phase, step back on an excursion, amend the
   * plan, record the new job, complete) to the trajectory's {@link #getPhaseProgress() phase
   * progress}.
   *
   * @param command the phase command
   * @return the trajectory with the new progress and the phase event, or the rejection: {@code
   *     final_state} when the trajectory is closed, {@code no_phase_plan} before the intake,
   *     otherwise the phase lifecycle's reasons
   */
  public Outcome<Trajectory> apply(PhaseCommand command) {
    String kind = command.getKind().code();
    if (getStage() == TrajectoryStage.CLOSED) {
      return Outcome.rejected(
          PhaseLifecycle.MACHINE.getName(),
          kind,
          List.of(Reason.of(StateMachine.FINAL_STATE).with("state", getStage().code())));
    }
    if (getPhaseProgress().isEmpty()) {
      return Outcome.rejected(
          PhaseLifecycle.MACHINE.getName(),
          kind,
          List.of(Reason.of(TrajectoryLifecycle.NO_PHASE_PLAN)));
    }
    return getPhaseProgress()
        .get()
        .apply(command)
        .map(progress -> copy().copyWithPhaseProgress(progress));
  }

  /**
   * Ask before acting.
   *
   * @param on the day
   * @return for every command kind, whether it is possible on that day and, if not, why
   */
  public List<Verdict<TrajectoryStage, TrajectoryCommandKind>> nextCommands(LocalDate on) {
    return TrajectoryLifecycle.MACHINE.options(this, on);
  }

  /**
   * @param on the day
   * @return the command kinds possible on that day
   */
  public Set<TrajectoryCommandKind> possibleCommands(LocalDate on) {
    return TrajectoryLifecycle.MACHINE.possible(this, on);
  }

  /**
   * @param kind a session kind
   * @return the held sessions of that kind, in the order recorded: unmodifiable, found without a
   *     scan ({@link Sessions#held})
   */
  public List<Session> heldSessions(SessionKind kind) {
    return getSessions().held(kind);
  }

  /**
   * @return the day of the held intake conversation, or the agreement's intake date
   */
  public Optional<LocalDate> intakeDate() {
    Optional<LocalDate> session = getSessions().firstHeld(SessionKind.INTAKE);
    return session.isPresent() ? session : getIntakeAgreement().flatMap(IntakeAgreement::getHeldOn);
  }

  /**
   * @return the day of the held synthesis conversation
   */
  public Optional<LocalDate> synthesisDate() {
    return getSessions().firstHeld(SessionKind.SYNTHESIS);
  }

  /**
   * @param voucher a voucher number
   * @return whether a synthesis conversation registered on that voucher was held: its package ended
   */
  public boolean isSynthesisedOn(int voucher) {
    for (Session s : getSessions().registeredOn(voucher)) {
      if (s.getKind() == SessionKind.SYNTHESIS && s.getStatus() == SessionStatus.HELD) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the voucher of the package worked on now, once its synthesis is held: the voucher the
   *     latest held synthesis conversation is registered on
   */
  public Optional<Integer> packageVoucher() {
    List<Session> syntheses = getSessions().held(SessionKind.SYNTHESIS);
    return syntheses.isEmpty()
        ? Optional.empty()
        : syntheses.get(syntheses.size() - 1).getVoucher();
  }

  /**
   * @param day a day
   * @return the latest day of a held synthesis conversation on or before that day
   */
  public Optional<LocalDate> latestSynthesisBy(LocalDate day) {
    LocalDate latest = null;
    for (Session s : getSessions().held(SessionKind.SYNTHESIS)) {
      if (!s.getDate().isAfter(day) && (latest == null || s.getDate().isAfter(latest))) {
        latest = s.getDate();
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * @return the registered hours: the sum of the durations of held sessions that count (004),
   *     saturating at the largest {@link Duration}
   */
  public Duration registeredDuration() {
    return getSessions().stream()
        .map(Session::registeredDuration)
        .reduce(Duration.ZERO, Saturating::plus);
  }

  /**
   * What is registered on one career voucher and what is left of it (004: the hours count "per
   * loopbaancheque"). An application asks this before registering a session, to stop a coach from
   * registering more than the voucher pays for; the lifecycle refuses such a session too ({@code
   * voucher_hours_exceeded}).
   *
   * @param voucher a voucher number
   * @return the use of that voucher under the funding regime's voucher terms; empty when the
   *     funding holds no such voucher or its regime has no voucher terms
   */
  public Optional<VoucherUse> voucherUse(int voucher) {
    Funding funding = getFunding();
    Optional<VoucherTerms> terms = funding.getRegime().getVoucherTerms();
    if (terms.isEmpty() || !funding.hasVoucher(voucher)) {
      return Optional.empty();
    }
    return Optional.of(VoucherUse.of(voucher, terms.get(), getSessions().registeredOn(voucher)));
  }

  /**
   * @param voucher a voucher number
   * @return the guidance that may still be registered on that voucher ({@link VoucherUse#left()});
   *     empty as for {@link #voucherUse(int)}
   */
  public Optional<Duration> hoursLeft(int voucher) {
    return voucherUse(voucher).map(VoucherUse::left);
  }

  // ---- Edits. Each is the generated copy method behind the closure gate; see the class comment.
  // ----

  /**
   * @param value the identifier
   * @return a copy with the identifier replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withId(TrajectoryId value) {
    return open("id").copyWithId(value);
  }

  /**
   * @param value the client
   * @return a copy with the client replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withClient(Client value) {
    return open("client").copyWithClient(value);
  }

  /**
   * @param value the coach
   * @return a copy with the coach replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withCoach(Coach value) {
    return open("coach").copyWithCoach(value);
  }

  /**
   * @param value who commissions the trajectory
   * @return a copy with who commissions the trajectory replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withCommissioner(CommissioningParty value) {
    return open("commissioner").copyWithCommissioner(value);
  }

  /**
   * @param value how the trajectory is paid for
   * @return a copy with how the trajectory is paid for replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withFunding(Funding value) {
    return open("funding").copyWithFunding(value);
  }

  /**
   * @param value the day the trajectory was opened
   * @return a copy with the day the trajectory was opened replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withOpenedOn(LocalDate value) {
    return open("openedOn").copyWithOpenedOn(value);
  }

  /**
   * @param value the events of the trajectory process
   * @return a copy with the events of the trajectory process replaced, checked like every
   *     construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withHistory(History<Event<TrajectoryStage, TrajectoryCommand>> value) {
    return open("history").copyWithHistory(value);
  }

  /**
   * @param value the career question
   * @return a copy with the career question replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withCareerQuestion(CareerQuestion value) {
    return open("careerQuestion").copyWithCareerQuestion(value);
  }

  /**
   * @param value the career question, or none
   * @return a copy with the career question replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withCareerQuestion(Optional<? extends CareerQuestion> value) {
    return open("careerQuestion").copyWithCareerQuestion(value);
  }

  /**
   * @param value the intake agreement
   * @return a copy with the intake agreement replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withIntakeAgreement(IntakeAgreement value) {
    return open("intakeAgreement").copyWithIntakeAgreement(value);
  }

  /**
   * @param value the intake agreement, or none
   * @return a copy with the intake agreement replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withIntakeAgreement(Optional<? extends IntakeAgreement> value) {
    return open("intakeAgreement").copyWithIntakeAgreement(value);
  }

  /**
   * @param value the progress through the content phases
   * @return a copy with the progress through the content phases replaced, checked like every
   *     construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withPhaseProgress(PhaseProgress value) {
    return open("phaseProgress").copyWithPhaseProgress(value);
  }

  /**
   * @param value the progress through the content phases, or none
   * @return a copy with the progress through the content phases replaced, checked like every
   *     construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withPhaseProgress(Optional<? extends PhaseProgress> value) {
    return open("phaseProgress").copyWithPhaseProgress(value);
  }

  /**
   * @param value the sessions
   * @return a copy with the sessions replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  @SafeVarargs
  public final Trajectory withSessions(Session... value) {
    return open("sessions").copyWithSessions(Sessions.of(value));
  }

  /**
   * @param value the sessions
   * @return a copy with the sessions replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withSessions(Iterable<? extends Session> value) {
    return open("sessions").copyWithSessions(Sessions.of(value));
  }

  /**
   * @param value the assignments
   * @return a copy with the assignments replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  @SafeVarargs
  public final Trajectory withAssignments(Assignment... value) {
    return open("assignments").copyWithAssignments(value);
  }

  /**
   * @param value the assignments
   * @return a copy with the assignments replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withAssignments(Iterable<? extends Assignment> value) {
    return open("assignments").copyWithAssignments(value);
  }

  /**
   * @param value the instrument results
   * @return a copy with the instrument results replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  @SafeVarargs
  public final Trajectory withInstrumentResults(InstrumentResult... value) {
    return open("instrumentResults").copyWithInstrumentResults(value);
  }

  /**
   * @param value the instrument results
   * @return a copy with the instrument results replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withInstrumentResults(Iterable<? extends InstrumentResult> value) {
    return open("instrumentResults").copyWithInstrumentResults(value);
  }

  /**
   * @param value the notes
   * @return a copy with the notes replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  @SafeVarargs
  public final Trajectory withNotes(Note... value) {
    return open("notes").copyWithNotes(value);
  }

  /**
   * @param value the notes
   * @return a copy with the notes replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withNotes(Iterable<? extends Note> value) {
    return open("notes").copyWithNotes(value);
  }

  /**
   * @param value the career scenarios
   * @return a copy with the career scenarios replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  @SafeVarargs
  public final Trajectory withScenarios(CareerScenario... value) {
    return open("scenarios").copyWithScenarios(value);
  }

  /**
   * @param value the career scenarios
   * @return a copy with the career scenarios replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withScenarios(Iterable<? extends CareerScenario> value) {
    return open("scenarios").copyWithScenarios(value);
  }

  /**
   * @param value the referrals
   * @return a copy with the referrals replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  @SafeVarargs
  public final Trajectory withReferrals(Referral... value) {
    return open("referrals").copyWithReferrals(value);
  }

  /**
   * @param value the referrals
   * @return a copy with the referrals replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withReferrals(Iterable<? extends Referral> value) {
    return open("referrals").copyWithReferrals(value);
  }

  /**
   * @param value the POP
   * @return a copy with the POP replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withDevelopmentPlan(DevelopmentPlan value) {
    return open("developmentPlan").copyWithDevelopmentPlan(value);
  }

  /**
   * @param value the POP, or none
   * @return a copy with the POP replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withDevelopmentPlan(Optional<? extends DevelopmentPlan> value) {
    return open("developmentPlan").copyWithDevelopmentPlan(value);
  }

  /**
   * @param value the finished packages
   * @return a copy with the finished packages replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  @SafeVarargs
  public final Trajectory withCompletedPackages(VoucherPackage... value) {
    return open("completedPackages").copyWithCompletedPackages(value);
  }

  /**
   * @param value the finished packages
   * @return a copy with the finished packages replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withCompletedPackages(Iterable<? extends VoucherPackage> value) {
    return open("completedPackages").copyWithCompletedPackages(value);
  }

  /**
   * @param value the career centre that provides the guidance
   * @return a copy with the provider replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withProvider(CareerCentre value) {
    return open("provider").copyWithProvider(value);
  }

  /**
   * @param value the career centre that provides the guidance, or none
   * @return a copy with the provider replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withProvider(Optional<? extends CareerCentre> value) {
    return open("provider").copyWithProvider(value);
  }

  /**
   * @param value the evaluation invitation
   * @return a copy with the evaluation invitation replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withEvaluationInvitation(EvaluationInvitation value) {
    return open("evaluationInvitation").copyWithEvaluationInvitation(value);
  }

  /**
   * @param value the evaluation invitation, or none
   * @return a copy with the evaluation invitation replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withEvaluationInvitation(Optional<? extends EvaluationInvitation> value) {
    return open("evaluationInvitation").copyWithEvaluationInvitation(value);
  }

  /**
   * @param value the aftercare requests
   * @return a copy with the aftercare requests replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  @SafeVarargs
  public final Trajectory withAftercareRequests(AftercareRequest... value) {
    return open("aftercareRequests").copyWithAftercareRequests(value);
  }

  /**
   * @param value the aftercare requests
   * @return a copy with the aftercare requests replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withAftercareRequests(Iterable<? extends AftercareRequest> value) {
    return open("aftercareRequests").copyWithAftercareRequests(value);
  }

  /**
   * @param value the training attest
   * @return a copy with the training attest replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withTrainingAttest(TrainingAttest value) {
    return open("trainingAttest").copyWithTrainingAttest(value);
  }

  /**
   * @param value the training attest, or none
   * @return a copy with the training attest replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withTrainingAttest(Optional<? extends TrainingAttest> value) {
    return open("trainingAttest").copyWithTrainingAttest(value);
  }

  /**
   * @param value the interventions besides coaching
   * @return a copy with the interventions replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withInterventions(Intervention... value) {
    return open("interventions").copyWithInterventions(value);
  }

  /**
   * @param value the interventions besides coaching
   * @return a copy with the interventions replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withInterventions(Iterable<? extends Intervention> value) {
    return open("interventions").copyWithInterventions(value);
  }

  /**
   * @param value the re-integration plan
   * @return a copy with the re-integration plan replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withReintegrationPlan(ReintegrationPlan value) {
    return open("reintegrationPlan").copyWithReintegrationPlan(value);
  }

  /**
   * @param value the re-integration plan, or none
   * @return a copy with the re-integration plan replaced, checked like every construction
   * @throws IllegalStateException when this trajectory is closed: use {@link #correct} instead
   */
  public final Trajectory withReintegrationPlan(Optional<? extends ReintegrationPlan> value) {
    return open("reintegrationPlan").copyWithReintegrationPlan(value);
  }

  /**
   * Replaces the consent records. Unlike the coaching content, they may change in every stage, a
   * closed trajectory included: a client may withdraw a consent after the guidance (GDPR art.
   * 7(3)), and the file must say so.
   *
   * @param value the records
   * @return a copy with the records replaced, checked like every construction
   */
  public final Trajectory withConsents(Iterable<? extends Consent> value) {
    return copy().copyWithConsents(value);
  }

  /**
   * @param consent a record to add
   * @return a copy with the record added after the others, in every stage; a {@link
   *     ConsentScope#PLAN_STORAGE} consent sets the POP's storage choice to keep the full plan
   */
  public final Trajectory giveConsent(Consent consent) {
    List<Consent> consents = new ArrayList<>(getConsents());
    consents.add(Objects.requireNonNull(consent, "consent"));
    return storedAsConsented(withConsents(consents), consent.getScope());
  }

  /**
   * The POP's storage choice follows the records of its scope: a valid {@link
   * ConsentScope#PLAN_STORAGE} consent keeps the full plan ({@link
   * StorageConsent#STORE_FULL_PLAN}), its withdrawal leaves the checklist only ({@link
   * StorageConsent#CHECKLIST_ONLY}, 004 §5).
   */
  private static Trajectory storedAsConsented(Trajectory t, ConsentScope scope) {
    Optional<DevelopmentPlan> plan = t.getDevelopmentPlan();
    if (scope != ConsentScope.PLAN_STORAGE || plan.isEmpty()) {
      return t;
    }
    StorageConsent storage =
        t.hasConsent(ConsentScope.PLAN_STORAGE)
            ? StorageConsent.STORE_FULL_PLAN
            : StorageConsent.CHECKLIST_ONLY;
    return t.copy().copyWithDevelopmentPlan(plan.get().withStorageConsent(storage));
  }

  /**
   * Records the client's withdrawal of every consent of a scope that is not withdrawn yet, in every
   * stage. It acts from that day on: the commissioner view no longer writes shared items, the
   * retention of health data counts from it, and a withdrawn {@link ConsentScope#PLAN_STORAGE}
   * consent leaves the POP's checklist only ({@link StorageConsent#CHECKLIST_ONLY}).
   *
   * @param scope the scope withdrawn
   * @param on the day of the withdrawal
   * @return a copy with the withdrawal recorded
   * @throws IllegalStateException when no consent of that scope can be withdrawn (none given, or
   *     only other grounds)
   * @throws io.github.loopbaan.core.InvalidValueException when the day lies before a consent
   */
  public final Trajectory withdrawConsent(ConsentScope scope, LocalDate on) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(on, "on");
    List<Consent> consents = new ArrayList<>();
    boolean withdrawn = false;
    for (Consent consent : getConsents()) {
      if (consent.getScope() == scope
          && consent.getGround() == LegalGround.EXPLICIT_CONSENT
          && !consent.isWithdrawn()) {
        consents.add(consent.withdraw(on));
        withdrawn = true;
      } else {
        consents.add(consent);
      }
    }
    if (!withdrawn) {
      throw new IllegalStateException(
          "Trajectory.consents: no consent of scope " + scope.code() + " to withdraw");
    }
    return storedAsConsented(withConsents(consents), scope);
  }

  /**
   * Corrects a closed (archived) trajectory: the only change it accepts. The edit is made on a
   * builder holding this trajectory, the result is checked like every construction, and the
   * correction is recorded in the history as a {@code correct} event ({@code closed -> closed})
   * with its date and reason.
   *
   * <pre>{@code
   * Trajectory rectified = closed.correct(today, CorrectionReason.RECTIFICATION,
   *     b -> b.client(closed.getClient().withBirthYear(Year.of(1974)))).orElseThrow();
   * }</pre>
   *
   * @param on the day of the correction; not before the last event
   * @param reason rectification or erasure
   * @param edit changes the content; it must leave the history as it is
   * @return the corrected trajectory with its event, or the rejection: {@code not_in_state} when
   *     the trajectory is not closed (edit it with {@code with…}), {@code before_last_event} when
   *     dated before the last event
   * @throws IllegalArgumentException when the edit changes the history
   * @throws io.github.loopbaan.core.InvalidValueException when the edited trajectory breaks a
   *     structural rule
   */
  public Outcome<Trajectory> correct(
      LocalDate on, CorrectionReason reason, UnaryOperator<Builder> edit) {
    TrajectoryCommand command = TrajectoryCommand.correct(on, reason);
    Verdict<TrajectoryStage, TrajectoryCommandKind> verdict =
        TrajectoryLifecycle.MACHINE.decide(this, command);
    if (!verdict.isAllowed()) {
      return TrajectoryLifecycle.MACHINE.apply(this, command);
    }
    Builder builder = builder();
    builder.from(this);
    Trajectory edited = Objects.requireNonNull(edit.apply(builder), "edit result").build();
    if (!edited.getHistory().equals(getHistory())) {
      throw new IllegalArgumentException(
          "Trajectory.history: a correction changes the content, never the history "
              + "(rule correction_keeps_history)");
    }
    return TrajectoryLifecycle.MACHINE.apply(edited, command);
  }

  /**
   * @return this trajectory as its generated class, for a copy; refuses when it is closed
   */
  private ImmutableTrajectory open(String attribute) {
    if (getStage() == TrajectoryStage.CLOSED) {
      throw new IllegalStateException(
          "Trajectory."
              + attribute
              + ": a closed trajectory accepts no change but a "
              + "correction (rule closed_unchanged; use correct)");
    }
    return (ImmutableTrajectory) this;
  }

  /**
   * @return this trajectory as its generated class, for a copy inside this package whatever its
   *     stage: the lifecycle's own effects and {@link #correct} use it
   */
  ImmutableTrajectory copy() {
    return (ImmutableTrajectory) this;
  }

  @Value.Check
  void check() {
    Sessions sessions = getSessions();
    Optional<LocalDate> earliest = sessions.earliestDate();
    if (earliest.isPresent()) {
      Require.notBefore(
          earliest.get(),
          getOpenedOn(),
          "Trajectory",
          "sessions.date,openedOn",
          "no session may lie before the opening of the trajectory");
    }
    if (sessions.hasDuplicateIds()) {
      Require.uniqueBy(sessions, Session::getId, "Trajectory", "sessions");
    }
    Optional<LocalDate> intake = intakeDate();
    Optional<DevelopmentPlan> plan = getDevelopmentPlan();
    if (intake.isPresent()
        && plan.isPresent()
        && plan.get().getGeneralData().isFinalisedBefore(intake.get())) {
      throw new InvalidValueException(
          "Trajectory",
          "developmentPlan.finalisedOn",
          "finalised_before_intake",
          "the POP must not be finalised before the intake");
    }
    LocalDate synthesis = synthesisDate().orElse(null);
    for (AftercareRequest request : getAftercareRequests()) {
      Require.that(
          synthesis != null && !request.getRequestedOn().isBefore(synthesis),
          "Trajectory",
          "aftercareRequests.requestedOn",
          "aftercare_before_synthesis",
          "aftercare can only be requested after the synthesis conversation");
    }
    Optional<ReintegrationPlan> reintegration = getReintegrationPlan();
    if (reintegration.isPresent()) {
      Require.notBefore(
          reintegration.get().getDrawnUpOn(),
          getOpenedOn(),
          "Trajectory",
          "reintegrationPlan.drawnUpOn,openedOn",
          "the re-integration plan must not be drawn up before the opening of the trajectory");
    }
    TrajectoryLifecycle.MACHINE.checkHistory(this, "Trajectory");
  }

  /** Builds a {@link Trajectory}. Obtain one from {@link Trajectory#builder()}. */
  public static final class Builder extends ImmutableTrajectory.Builder {
    Builder() {}

    /**
     * @param sessions every session, in the order recorded
     * @return this builder
     */
    public Builder sessions(Iterable<? extends Session> sessions) {
      return sessions(Sessions.of(sessions));
    }
  }
}

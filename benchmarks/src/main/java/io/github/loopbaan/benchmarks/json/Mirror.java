package io.github.loopbaan.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Plain Java records mirroring the JSON that {@code LoopbaanJson} writes for the standard documents
 * (full view), property for property: the payload of the {@code baseline} (hand-written streaming)
 * and {@code databind} contenders of the JSON benchmarks.
 *
 * <p>Choices, the same for both contenders: codes stay {@code String}s (no enums), days are {@link
 * LocalDate}, durations {@link Duration} and the birth year {@link Year}, as in the model; an
 * absent optional property is {@code null} and is not written. Arrays that are empty in every
 * standard document (notes, attachments, assignments, referrals, ...) are mirrored as {@code
 * List<String>}: their element shape never occurs, so it is not modelled. The trajectory's event
 * commands are one record per command shape, chosen by the command's {@code kind}, because {@code
 * plan} is a trajectory plan at the intake and a POP at the synthesis.
 */
public final class Mirror {

  private Mirror() {}

  /**
   * The client document's envelope.
   *
   * @param kind {@code client}
   * @param schemaVersion the schema version
   * @param content the client
   */
  public record ClientDocument(String kind, int schemaVersion, Client content) {}

  /**
   * The trajectory document's envelope.
   *
   * @param kind {@code trajectory}
   * @param schemaVersion the schema version
   * @param content the trajectory
   */
  public record TrajectoryDocument(String kind, int schemaVersion, Trajectory content) {}

  /**
   * A client.
   *
   * @param birthYear the birth year, or null; written as a string, as the model does
   * @param educationLevel the education level code, or null
   * @param employment the employment situation code, or null
   * @param healthConcerns health concern codes
   * @param id the identifier
   * @param name the name, or null
   * @param privateSituation private situation codes
   */
  public record Client(
      @JsonFormat(shape = JsonFormat.Shape.STRING) Year birthYear,
      String educationLevel,
      String employment,
      List<String> healthConcerns,
      String id,
      String name,
      List<String> privateSituation) {}

  /**
   * A trajectory.
   *
   * @param aftercareRequests the aftercare requests
   * @param assignments assignments (empty in the standard documents)
   * @param careerQuestion the career question, or null
   * @param client the client
   * @param coach the coach
   * @param commissioner the commissioning party
   * @param completedPackages finished voucher packages (empty in the standard documents)
   * @param developmentPlan the POP, or null
   * @param evaluationInvitation the evaluation invitation, or null
   * @param funding the funding
   * @param history the trajectory's events
   * @param id the identifier
   * @param instrumentResults instrument results (empty in the standard documents)
   * @param intakeAgreement the intake agreement, or null
   * @param interventions interventions (empty in the standard documents)
   * @param notes notes (empty in the standard documents)
   * @param openedOn the day it was opened
   * @param phaseProgress the content phases, or null
   * @param referrals referrals (empty in the standard documents)
   * @param scenarios scenarios (empty in the standard documents)
   * @param sessions the sessions
   * @param stage the stage code
   */
  public record Trajectory(
      List<AftercareRequest> aftercareRequests,
      List<String> assignments,
      CareerQuestion careerQuestion,
      Client client,
      Coach coach,
      Commissioner commissioner,
      List<String> completedPackages,
      DevelopmentPlan developmentPlan,
      EvaluationInvitation evaluationInvitation,
      Funding funding,
      List<Event<TrajectoryCommand>> history,
      String id,
      List<String> instrumentResults,
      IntakeAgreement intakeAgreement,
      List<String> interventions,
      List<String> notes,
      LocalDate openedOn,
      PhaseProgress phaseProgress,
      List<String> referrals,
      List<String> scenarios,
      List<Session> sessions,
      String stage) {}

  /**
   * An aftercare request.
   *
   * @param question the client's question
   * @param requestedOn the day asked
   */
  public record AftercareRequest(String question, LocalDate requestedOn) {}

  /**
   * A career question.
   *
   * @param askedOn the day asked
   * @param evolutions evolutions (empty in the standard documents)
   * @param id the identifier
   * @param initialType the initial question type code
   * @param ownWords the client's own words
   */
  public record CareerQuestion(
      LocalDate askedOn, List<String> evolutions, String id, String initialType, String ownWords) {}

  /**
   * A coach.
   *
   * @param accreditations accreditation codes
   * @param id the identifier
   * @param specialisms specialism codes (empty in the standard documents)
   */
  public record Coach(List<String> accreditations, String id, List<String> specialisms) {}

  /**
   * The commissioning party.
   *
   * @param id the identifier
   * @param kind the kind code
   * @param organisationName the organisation's name, or null
   */
  public record Commissioner(String id, String kind, String organisationName) {}

  /**
   * A personal development plan (POP).
   *
   * @param actionPlan the action plan
   * @param careerQuestion the career question as stated in the POP, or null
   * @param decisions decisions (empty in the standard documents)
   * @param generalData the general data
   * @param goals goals (empty in the standard documents)
   * @param history the POP's events
   * @param id the identifier
   * @param insights the insights
   * @param kind the plan kind code
   * @param namedTrainings named trainings (empty in the standard documents)
   * @param reflections reflections (empty in the standard documents)
   * @param revisions revisions (empty in the standard documents)
   * @param storageConsent the storage consent code
   * @param writtenByClient whether the client wrote it
   */
  public record DevelopmentPlan(
      ActionPlan actionPlan,
      String careerQuestion,
      List<String> decisions,
      GeneralData generalData,
      List<String> goals,
      List<Event<PlanCommand>> history,
      String id,
      List<Insight> insights,
      String kind,
      List<String> namedTrainings,
      List<String> reflections,
      List<String> revisions,
      String storageConsent,
      boolean writtenByClient) {}

  /**
   * An action plan.
   *
   * @param actions the actions
   */
  public record ActionPlan(List<Action> actions) {}

  /**
   * An action of the action plan.
   *
   * @param completedOn the day done, or null
   * @param description the description
   * @param dueDate the due day, or null
   * @param history the action's events
   * @param id the identifier
   * @param owner the owner code
   * @param status the status code
   * @param subject the subject code
   */
  public record Action(
      LocalDate completedOn,
      String description,
      LocalDate dueDate,
      List<Event<SimpleCommand>> history,
      String id,
      String owner,
      String status,
      String subject) {}

  /**
   * The POP's general data.
   *
   * @param clientName the client's name, or null
   * @param finalisedOn the day finalised, or null
   * @param signedOn the day signed, or null
   * @param title the title, or null
   */
  public record GeneralData(
      String clientName, LocalDate finalisedOn, LocalDate signedOn, String title) {}

  /**
   * An insight of the POP.
   *
   * @param dataCategory the data category code
   * @param id the identifier
   * @param kind the insight kind code
   * @param text the text
   * @param visibility the visibility code
   */
  public record Insight(
      String dataCategory, String id, String kind, String text, String visibility) {}

  /**
   * The invitation to the evaluation.
   *
   * @param sentOn the day sent
   */
  public record EvaluationInvitation(LocalDate sentOn) {}

  /**
   * The funding.
   *
   * @param kind the funding kind code
   * @param vouchers the vouchers
   */
  public record Funding(String kind, List<Voucher> vouchers) {}

  /**
   * A career voucher.
   *
   * @param id the identifier
   * @param number its number in the package
   */
  public record Voucher(String id, int number) {}

  /**
   * The intake agreement.
   *
   * @param explainedTopics the explained topic codes
   * @param heldOn the day of the intake, or null
   * @param onlyForTrainingBenefit whether the guidance was started only to obtain a training
   *     benefit
   * @param signedOn the day signed, or null
   */
  public record IntakeAgreement(
      List<String> explainedTopics,
      LocalDate heldOn,
      boolean onlyForTrainingBenefit,
      LocalDate signedOn) {}

  /**
   * The progress through the content phases.
   *
   * @param history the phase events
   * @param newJobs the new jobs recorded
   * @param plan the trajectory plan
   * @param state the state code
   */
  public record PhaseProgress(
      List<Event<PhaseCommand>> history, List<NewJob> newJobs, TrajectoryPlan plan, String state) {}

  /**
   * A new job.
   *
   * @param date the day
   * @param kind the kind code
   */
  public record NewJob(LocalDate date, String kind) {}

  /**
   * The trajectory plan decided at the intake.
   *
   * @param amendments amendments (empty in the standard documents)
   * @param coachRoles the roles of the coach (empty in the standard documents)
   * @param decidedOn the day decided
   * @param goals the coaching goals
   * @param selectedPhases the selected phases
   */
  public record TrajectoryPlan(
      List<String> amendments,
      List<String> coachRoles,
      LocalDate decidedOn,
      List<Goal> goals,
      List<PhaseSelection> selectedPhases) {}

  /**
   * A coaching goal.
   *
   * @param description the description
   * @param term the term code
   */
  public record Goal(String description, String term) {}

  /**
   * A selected content phase.
   *
   * @param attention the attention code
   * @param phase the phase code
   */
  public record PhaseSelection(String attention, String phase) {}

  /**
   * A session.
   *
   * @param attachments attachments (empty in the standard documents)
   * @param date the day
   * @param duration the duration
   * @param history the session's events
   * @param id the identifier
   * @param kind the session kind code
   * @param mode the mode code
   * @param notes notes (empty in the standard documents)
   * @param setting the setting code
   * @param status the status code
   * @param voucher the number of the voucher the session is registered on, or {@code null}
   */
  public record Session(
      List<String> attachments,
      LocalDate date,
      Duration duration,
      List<Event<SimpleCommand>> history,
      String id,
      String kind,
      String mode,
      List<String> notes,
      String setting,
      String status,
      Integer voucher) {}

  /**
   * An event of a lifecycle.
   *
   * @param sequence the sequence number, from 1
   * @param from the state code before
   * @param to the state code after
   * @param command the command
   * @param <C> the command record
   */
  public record Event<C>(int sequence, String from, String to, C command) {}

  /**
   * A command with only a kind and a day (actions, sessions).
   *
   * @param kind the command kind code
   * @param date the day
   */
  public record SimpleCommand(String kind, LocalDate date) {}

  /**
   * A command of the POP.
   *
   * @param kind the command kind code
   * @param date the day
   * @param signedByClient whether the client signed at finalisation, or null
   */
  public record PlanCommand(String kind, LocalDate date, Boolean signedByClient) {}

  /**
   * A command of the content phases.
   *
   * @param kind the command kind code
   * @param date the day
   * @param job the new job recorded, or null
   */
  public record PhaseCommand(String kind, LocalDate date, NewJob job) {}

  /** A command of the trajectory process, one record per shape, chosen by {@code kind}. */
  @JsonTypeInfo(
      use = JsonTypeInfo.Id.NAME,
      include = JsonTypeInfo.As.EXISTING_PROPERTY,
      property = "kind",
      visible = true)
  @JsonSubTypes({
    @JsonSubTypes.Type(
        value = HoldSession.class,
        names = {"hold_introductory_conversation", "hold_in_depth_conversation"}),
    @JsonSubTypes.Type(value = HoldIntake.class, name = "hold_intake"),
    @JsonSubTypes.Type(value = HoldSynthesis.class, name = "hold_synthesis"),
    @JsonSubTypes.Type(value = InviteEvaluation.class, name = "invite_evaluation"),
    @JsonSubTypes.Type(value = HoldAftercare.class, name = "hold_aftercare"),
    @JsonSubTypes.Type(value = Close.class, name = "close")
  })
  public sealed interface TrajectoryCommand
      permits HoldSession, HoldIntake, HoldSynthesis, InviteEvaluation, HoldAftercare, Close {

    /**
     * @return the command kind code
     */
    String kind();

    /**
     * @return the day
     */
    LocalDate date();
  }

  /**
   * An introductory or in-depth conversation held.
   *
   * @param kind the command kind code
   * @param date the day
   * @param session the session as planned
   */
  public record HoldSession(String kind, LocalDate date, Session session)
      implements TrajectoryCommand {}

  /**
   * The intake held.
   *
   * @param kind {@code hold_intake}
   * @param date the day
   * @param session the session as planned
   * @param agreement the intake agreement
   * @param plan the trajectory plan
   * @param question the career question, or null
   */
  public record HoldIntake(
      String kind,
      LocalDate date,
      Session session,
      IntakeAgreement agreement,
      TrajectoryPlan plan,
      CareerQuestion question)
      implements TrajectoryCommand {}

  /**
   * The synthesis held with the POP.
   *
   * @param kind {@code hold_synthesis}
   * @param date the day
   * @param session the session as planned
   * @param plan the POP
   */
  public record HoldSynthesis(String kind, LocalDate date, Session session, DevelopmentPlan plan)
      implements TrajectoryCommand {}

  /**
   * The evaluation invitation sent.
   *
   * @param kind {@code invite_evaluation}
   * @param date the day
   * @param invitation the invitation
   */
  public record InviteEvaluation(String kind, LocalDate date, EvaluationInvitation invitation)
      implements TrajectoryCommand {}

  /**
   * An aftercare conversation held on request.
   *
   * @param kind {@code hold_aftercare}
   * @param date the day
   * @param request the request
   * @param session the session as planned
   */
  public record HoldAftercare(
      String kind, LocalDate date, AftercareRequest request, Session session)
      implements TrajectoryCommand {}

  /**
   * The trajectory closed.
   *
   * @param kind {@code close}
   * @param date the day
   */
  public record Close(String kind, LocalDate date) implements TrajectoryCommand {}
}

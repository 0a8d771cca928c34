package io.github.loopbaan.format;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Command;
import io.github.loopbaan.core.lifecycle.StateMachine;
import io.github.loopbaan.core.phase.NewJob;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.phase.PhaseCommandKind;
import io.github.loopbaan.core.phase.PhaseLifecycle;
import io.github.loopbaan.core.phase.PlanAmendment;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import io.github.loopbaan.core.plan.ActionCommand;
import io.github.loopbaan.core.plan.ActionCommandKind;
import io.github.loopbaan.core.plan.ActionLifecycle;
import io.github.loopbaan.core.plan.ActionPlanEvaluation;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanCommand;
import io.github.loopbaan.core.plan.DevelopmentPlanCommandKind;
import io.github.loopbaan.core.plan.DevelopmentPlanLifecycle;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.question.CareerQuestion;
import io.github.loopbaan.core.question.CareerQuestionCommand;
import io.github.loopbaan.core.question.CareerQuestionCommandKind;
import io.github.loopbaan.core.question.CareerQuestionLifecycle;
import io.github.loopbaan.core.question.ClientQuestionType;
import io.github.loopbaan.core.question.EvolutionKind;
import io.github.loopbaan.core.session.AssignmentCommand;
import io.github.loopbaan.core.session.AssignmentCommandKind;
import io.github.loopbaan.core.session.AssignmentLifecycle;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionCommand;
import io.github.loopbaan.core.session.SessionCommandKind;
import io.github.loopbaan.core.session.SessionLifecycle;
import io.github.loopbaan.core.trajectory.AftercareRequest;
import io.github.loopbaan.core.trajectory.CorrectionReason;
import io.github.loopbaan.core.trajectory.EvaluationInvitation;
import io.github.loopbaan.core.trajectory.IntakeAgreement;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Referral;
import io.github.loopbaan.core.trajectory.StopReason;
import io.github.loopbaan.core.trajectory.TrainingAttest;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The wire format of the commands of one lifecycle: the closed set of command kinds, by their
 * stable code, and for each kind its payload fields and how a command is built back from them.
 * Dutch: opdrachtformaat.
 *
 * <p>A command is a JSON object whose {@code "kind"} is the code of its command kind, never a class
 * name; the kind selects the payload fields, so the set of types a document can name is exactly the
 * set of kinds here (there is no default typing). Every command also carries its {@code "date"}:
 *
 * <pre>{@code
 * {"kind": "pause", "date": "2025-03-01", "reason": "referral", "referral": {…}}
 * {"kind": "hold_intake", "date": "2025-01-13", "session": {…}, "agreement": {…}, "plan": {…}}
 * }</pre>
 *
 * <p>For most kinds the date is a factory argument. For the kinds whose date is the date of their
 * payload (a conversation command takes the session's date, an invitation the day it was sent) the
 * {@code "date"} is written for readers and, on reading, may be left out; when present it must
 * equal the payload's date. Commands are read back through the static factories of their command
 * interface, so every payload rule of the model is checked again.
 *
 * <p>The formats are listed here per lifecycle, not derived by reflection: the factories' parameter
 * names and overloads (such as {@code hold(LocalDate)} and {@code hold(LocalDate, Duration)}) do
 * not line up with the accessors. A lifecycle added to the model needs its format added here;
 * {@code CommandFormatTest} fails for a command interface or a command kind without one.
 */
public final class CommandFormat {

  private static final List<CommandFormat> ALL =
      List.of(
          trajectory(),
          session(),
          assignment(),
          careerQuestion(),
          contentPhases(),
          developmentPlan(),
          action());

  private final Class<?> commandType;
  private final String lifecycle;
  private final Class<?> stateType;
  private final Class<?> kindType;
  private final Map<String, Kind> kinds;

  private CommandFormat(
      StateMachine<?, ?, ?, ?> machine, Class<?> commandType, Class<?> kindType, List<Kind> kinds) {
    this.commandType = commandType;
    this.lifecycle = machine.getName();
    this.stateType = machine.getInitial().getDeclaringClass();
    this.kindType = kindType;
    Map<String, Kind> byCode = new LinkedHashMap<>();
    for (Kind kind : kinds) {
      byCode.put(kind.code, kind);
    }
    this.kinds = Collections.unmodifiableMap(byCode);
  }

  /**
   * @return the formats of every lifecycle of the model: trajectory, session, assignment, career
   *     question, content phases, development plan, action
   */
  public static List<CommandFormat> all() {
    return ALL;
  }

  /**
   * @param type a command interface such as {@code TrajectoryCommand}, or one of its
   *     implementations
   * @return the format of its lifecycle, when the wire format knows it
   */
  public static Optional<CommandFormat> of(Class<?> type) {
    for (CommandFormat format : ALL) {
      if (format.commandType.isAssignableFrom(type)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * @return the command interface, for example {@code TrajectoryCommand}
   */
  public Class<?> getCommandType() {
    return commandType;
  }

  /**
   * @return the name of the lifecycle table, for example {@code trajectory}, given to events read
   *     back
   */
  public String getLifecycle() {
    return lifecycle;
  }

  /**
   * @return the state enum of the lifecycle
   */
  public Class<?> getStateType() {
    return stateType;
  }

  /**
   * @return the command kind enum of the lifecycle
   */
  public Class<?> getKindType() {
    return kindType;
  }

  /**
   * @return every command kind's format, in the order of the kind enum
   */
  public List<Kind> getKinds() {
    return List.copyOf(kinds.values());
  }

  /**
   * @param code a kind code as written in a command
   * @return the kind's format, when the code names a kind of this lifecycle
   */
  public Optional<Kind> kind(String code) {
    return Optional.ofNullable(kinds.get(code));
  }

  @Override
  public String toString() {
    return "CommandFormat[" + lifecycle + ", " + kinds.size() + " kinds]";
  }

  /** The format of one command kind: its code, its payload fields and its factory. */
  public static final class Kind {
    private final String code;
    private final boolean dateArgument;
    private final List<Field> fields;
    private final Function<Arguments, Command<?>> factory;

    private Kind(
        Coded kind,
        boolean dateArgument,
        Function<Arguments, Command<?>> factory,
        Field... fields) {
      this.code = kind.code();
      this.dateArgument = dateArgument;
      this.factory = factory;
      this.fields = List.of(fields);
    }

    /**
     * @return the kind code, the value of the command's {@code "kind"}
     */
    public String getCode() {
      return code;
    }

    /**
     * @return whether {@code "date"} is an argument of the command (required on reading); otherwise
     *     it is the date of the payload, written for readers and optional on reading
     */
    public boolean isDateArgument() {
      return dateArgument;
    }

    /**
     * @return the payload fields besides {@code "kind"} and {@code "date"}, in the order written
     */
    public List<Field> getFields() {
      return fields;
    }

    Command<?> build(Arguments arguments) {
      return factory.apply(arguments);
    }

    @Override
    public String toString() {
      return "Kind[" + code + "]";
    }
  }

  /** One payload field of a command kind. */
  public static final class Field {
    private final String name;
    private final Class<?> type;
    private final boolean optional;
    private final DataCategory category;
    private final Function<Object, Object> getter;

    private Field(
        String name,
        Class<?> type,
        boolean optional,
        DataCategory category,
        Function<Object, Object> getter) {
      this.name = name;
      this.type = type;
      this.optional = optional;
      this.category = category;
      this.getter = getter;
    }

    /**
     * @return the JSON property name
     */
    public String getName() {
      return name;
    }

    /**
     * @return the type of the value (the content type of an optional field)
     */
    public Class<?> getType() {
      return type;
    }

    /**
     * @return whether the field may be absent (an {@code Optional} of the command)
     */
    public boolean isOptional() {
      return optional;
    }

    /**
     * @return the data category of the field's own value: {@link DataCategory#PERSONAL} for texts
     *     in a person's words, such as an assignment answer; a model value in the field carries its
     *     own marks
     */
    public DataCategory getCategory() {
      return category;
    }

    /**
     * @return the field's value in a command, empty when an optional field is absent
     */
    Optional<Object> valueIn(Command<?> command) {
      Object value = getter.apply(command);
      if (value instanceof Optional) {
        @SuppressWarnings("unchecked")
        Optional<Object> optionalValue = (Optional<Object>) value;
        return optionalValue;
      }
      return Optional.of(value);
    }

    @Override
    public String toString() {
      return "Field[" + name + "]";
    }
  }

  /** The values read for one command: the date and the payload fields by name. */
  static final class Arguments {
    private final LocalDate date;
    private final Map<String, Object> values;

    Arguments(LocalDate date, Map<String, Object> values) {
      this.date = date;
      this.values = values;
    }

    LocalDate date() {
      return date;
    }

    <T> T get(String name, Class<T> type) {
      return type.cast(Objects.requireNonNull(values.get(name), name));
    }

    <T> Optional<T> optional(String name, Class<T> type) {
      return Optional.ofNullable(values.get(name)).map(type::cast);
    }
  }

  // --- the formats of the model's lifecycles ---

  private static Field required(String name, Class<?> type, Function<Object, Object> getter) {
    return new Field(name, type, false, DataCategory.ORDINARY, getter);
  }

  private static Field optional(
      String name, Class<?> type, DataCategory category, Function<Object, Object> getter) {
    return new Field(name, type, true, category, getter);
  }

  private static Field sessionField() {
    return required(
        "session", Session.class, c -> ((TrajectoryCommand.Conversation) c).getSession());
  }

  private static CommandFormat trajectory() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        new Kind(
            TrajectoryCommandKind.HOLD_INTRODUCTORY_CONVERSATION,
            false,
            a -> TrajectoryCommand.holdIntroductoryConversation(a.get("session", Session.class)),
            sessionField()));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.HOLD_INTAKE,
            false,
            a ->
                TrajectoryCommand.holdIntake(
                    a.get("session", Session.class),
                    a.get("agreement", IntakeAgreement.class),
                    a.get("plan", TrajectoryPlan.class),
                    a.optional("question", CareerQuestion.class)),
            sessionField(),
            required(
                "agreement",
                IntakeAgreement.class,
                c -> ((TrajectoryCommand.HoldIntake) c).getAgreement()),
            required(
                "plan", TrajectoryPlan.class, c -> ((TrajectoryCommand.HoldIntake) c).getPlan()),
            optional(
                "question",
                CareerQuestion.class,
                DataCategory.ORDINARY,
                c -> ((TrajectoryCommand.HoldIntake) c).getQuestion())));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.HOLD_IN_DEPTH_CONVERSATION,
            false,
            a -> TrajectoryCommand.holdInDepthConversation(a.get("session", Session.class)),
            sessionField()));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.HOLD_SYNTHESIS,
            false,
            a ->
                TrajectoryCommand.holdSynthesis(
                    a.get("session", Session.class), a.get("plan", DevelopmentPlan.class)),
            sessionField(),
            required(
                "plan",
                DevelopmentPlan.class,
                c -> ((TrajectoryCommand.HoldSynthesis) c).getPlan())));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.INVITE_EVALUATION,
            false,
            a ->
                TrajectoryCommand.inviteEvaluation(a.get("invitation", EvaluationInvitation.class)),
            required(
                "invitation",
                EvaluationInvitation.class,
                c -> ((TrajectoryCommand.InviteEvaluation) c).getInvitation())));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.HOLD_AFTERCARE,
            false,
            a ->
                TrajectoryCommand.holdAftercare(
                    a.get("request", AftercareRequest.class), a.get("session", Session.class)),
            required(
                "request",
                AftercareRequest.class,
                c -> ((TrajectoryCommand.HoldAftercare) c).getRequest()),
            sessionField()));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.ISSUE_TRAINING_ATTEST,
            false,
            a -> TrajectoryCommand.issueTrainingAttest(a.get("attest", TrainingAttest.class)),
            required(
                "attest",
                TrainingAttest.class,
                c -> ((TrajectoryCommand.IssueTrainingAttest) c).getAttest())));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.RECORD_OUTCOME,
            true,
            a ->
                TrajectoryCommand.recordOutcome(
                    a.date(), a.get("outcome", TrajectoryOutcome.class)),
            required(
                "outcome",
                TrajectoryOutcome.class,
                c -> ((TrajectoryCommand.RecordOutcome) c).getOutcome())));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.PAUSE,
            true,
            a ->
                TrajectoryCommand.pause(
                    a.date(),
                    a.get("reason", PauseReason.class),
                    a.optional("referral", Referral.class)),
            required("reason", PauseReason.class, c -> ((TrajectoryCommand.Pause) c).getReason()),
            optional(
                "referral",
                Referral.class,
                DataCategory.HEALTH,
                c -> ((TrajectoryCommand.Pause) c).getReferral())));
    kinds.add(
        new Kind(TrajectoryCommandKind.RESUME, true, a -> TrajectoryCommand.resume(a.date())));
    kinds.add(new Kind(TrajectoryCommandKind.CLOSE, true, a -> TrajectoryCommand.close(a.date())));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.STOP_EARLY,
            true,
            a -> TrajectoryCommand.stopEarly(a.date(), a.get("reason", StopReason.class)),
            required(
                "reason", StopReason.class, c -> ((TrajectoryCommand.StopEarly) c).getReason())));
    kinds.add(
        new Kind(
            TrajectoryCommandKind.CORRECT,
            true,
            a -> TrajectoryCommand.correct(a.date(), a.get("reason", CorrectionReason.class)),
            required(
                "reason",
                CorrectionReason.class,
                c -> ((TrajectoryCommand.Correct) c).getReason())));
    return new CommandFormat(
        TrajectoryLifecycle.MACHINE, TrajectoryCommand.class, TrajectoryCommandKind.class, kinds);
  }

  private static CommandFormat session() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        new Kind(
            SessionCommandKind.HOLD,
            true,
            a ->
                a.optional("actualDuration", Duration.class)
                    .map(d -> SessionCommand.hold(a.date(), d))
                    .orElseGet(() -> SessionCommand.hold(a.date())),
            optional(
                "actualDuration",
                Duration.class,
                DataCategory.ORDINARY,
                c -> ((SessionCommand.Hold) c).getActualDuration())));
    kinds.add(
        new Kind(
            SessionCommandKind.CANCEL_BY_CLIENT,
            true,
            a -> SessionCommand.cancelByClient(a.date())));
    kinds.add(
        new Kind(
            SessionCommandKind.CANCEL_BY_COACH, true, a -> SessionCommand.cancelByCoach(a.date())));
    kinds.add(
        new Kind(
            SessionCommandKind.RECORD_NO_SHOW, true, a -> SessionCommand.recordNoShow(a.date())));
    return new CommandFormat(
        SessionLifecycle.MACHINE, SessionCommand.class, SessionCommandKind.class, kinds);
  }

  private static CommandFormat assignment() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        new Kind(
            AssignmentCommandKind.COMPLETE,
            true,
            a ->
                a.optional("answer", String.class)
                    .map(t -> AssignmentCommand.complete(a.date(), t))
                    .orElseGet(() -> AssignmentCommand.complete(a.date())),
            optional(
                "answer",
                String.class,
                DataCategory.PERSONAL,
                c -> ((AssignmentCommand.Complete) c).getAnswer())));
    kinds.add(
        new Kind(AssignmentCommandKind.DISCUSS, true, a -> AssignmentCommand.discuss(a.date())));
    kinds.add(
        new Kind(
            AssignmentCommandKind.ADJUST,
            true,
            a ->
                AssignmentCommand.adjust(
                    a.date(),
                    a.optional("instruction", String.class),
                    a.optional("dueOn", LocalDate.class)),
            optional(
                "instruction",
                String.class,
                DataCategory.ORDINARY,
                c -> ((AssignmentCommand.Adjust) c).getInstruction()),
            optional(
                "dueOn",
                LocalDate.class,
                DataCategory.ORDINARY,
                c -> ((AssignmentCommand.Adjust) c).getDueOn())));
    return new CommandFormat(
        AssignmentLifecycle.MACHINE, AssignmentCommand.class, AssignmentCommandKind.class, kinds);
  }

  private static CommandFormat careerQuestion() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        new Kind(
            CareerQuestionCommandKind.EVOLVE,
            true,
            a ->
                CareerQuestionCommand.evolve(
                    a.get("toType", ClientQuestionType.class),
                    a.date(),
                    a.get("evolutionKind", EvolutionKind.class),
                    a.get("reason", String.class)),
            required(
                "toType",
                ClientQuestionType.class,
                c -> ((CareerQuestionCommand.Evolve) c).toType()),
            required(
                "evolutionKind",
                EvolutionKind.class,
                c -> ((CareerQuestionCommand.Evolve) c).getEvolutionKind()),
            new Field(
                "reason",
                String.class,
                false,
                DataCategory.PERSONAL,
                c -> ((CareerQuestionCommand.Evolve) c).getReason())));
    kinds.add(
        new Kind(
            CareerQuestionCommandKind.ANSWER, true, a -> CareerQuestionCommand.answer(a.date())));
    return new CommandFormat(
        CareerQuestionLifecycle.MACHINE,
        CareerQuestionCommand.class,
        CareerQuestionCommandKind.class,
        kinds);
  }

  private static CommandFormat contentPhases() {
    List<Kind> kinds = new ArrayList<>();
    for (PhaseCommandKind kind : PhaseCommandKind.values()) {
      if (kind.isEnter()) {
        kinds.add(
            new Kind(kind, true, a -> PhaseCommand.enter(kind.phase().orElseThrow(), a.date())));
      } else if (kind.isStepBack()) {
        kinds.add(
            new Kind(
                kind,
                true,
                a ->
                    PhaseCommand.stepBack(
                        kind.phase().orElseThrow(), a.date(), a.get("reason", String.class)),
                new Field(
                    "reason",
                    String.class,
                    false,
                    DataCategory.PERSONAL,
                    c -> ((PhaseCommand.StepBack) c).getReason())));
      } else if (kind.isAmendPlan()) {
        kinds.add(
            new Kind(
                kind,
                false,
                a -> PhaseCommand.amendPlan(a.get("amendment", PlanAmendment.class)),
                required(
                    "amendment",
                    PlanAmendment.class,
                    c -> ((PhaseCommand.AmendPlan) c).getAmendment())));
      } else if (kind == PhaseCommandKind.RECORD_NEW_JOB) {
        kinds.add(
            new Kind(
                kind,
                false,
                a -> PhaseCommand.recordNewJob(a.get("job", NewJob.class)),
                required("job", NewJob.class, c -> ((PhaseCommand.RecordNewJob) c).getJob())));
      } else if (kind == PhaseCommandKind.RETURN_FROM_EXCURSION) {
        kinds.add(new Kind(kind, true, a -> PhaseCommand.returnFromExcursion(a.date())));
      } else {
        kinds.add(new Kind(kind, true, a -> PhaseCommand.complete(a.date())));
      }
    }
    return new CommandFormat(
        PhaseLifecycle.MACHINE, PhaseCommand.class, PhaseCommandKind.class, kinds);
  }

  private static CommandFormat developmentPlan() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        new Kind(
            DevelopmentPlanCommandKind.FINALISE,
            true,
            a -> DevelopmentPlanCommand.finalise(a.date(), a.get("signedByClient", Boolean.class)),
            required(
                "signedByClient",
                Boolean.class,
                c -> ((DevelopmentPlanCommand.Finalise) c).isSignedByClient())));
    kinds.add(
        new Kind(
            DevelopmentPlanCommandKind.REVISE,
            true,
            a -> DevelopmentPlanCommand.revise(a.date(), a.get("summary", String.class)),
            new Field(
                "summary",
                String.class,
                false,
                DataCategory.PERSONAL,
                c -> ((DevelopmentPlanCommand.Revise) c).getSummary())));
    kinds.add(
        new Kind(
            DevelopmentPlanCommandKind.EVALUATE,
            false,
            a -> DevelopmentPlanCommand.evaluate(a.get("evaluation", ActionPlanEvaluation.class)),
            required(
                "evaluation",
                ActionPlanEvaluation.class,
                c -> ((DevelopmentPlanCommand.Evaluate) c).getEvaluation())));
    return new CommandFormat(
        DevelopmentPlanLifecycle.MACHINE,
        DevelopmentPlanCommand.class,
        DevelopmentPlanCommandKind.class,
        kinds);
  }

  private static CommandFormat action() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(new Kind(ActionCommandKind.START, true, a -> ActionCommand.start(a.date())));
    kinds.add(new Kind(ActionCommandKind.COMPLETE, true, a -> ActionCommand.complete(a.date())));
    kinds.add(
        new Kind(
            ActionCommandKind.DROP,
            true,
            a -> ActionCommand.drop(a.date(), a.get("reason", String.class)),
            new Field(
                "reason",
                String.class,
                false,
                DataCategory.PERSONAL,
                c -> ((ActionCommand.Drop) c).getReason())));
    kinds.add(new Kind(ActionCommandKind.REOPEN, true, a -> ActionCommand.reopen(a.date())));
    return new CommandFormat(
        ActionLifecycle.MACHINE, ActionCommand.class, ActionCommandKind.class, kinds);
  }
}

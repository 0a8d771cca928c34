package io.github.loopbaan.testkit;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.plan.Action;
import io.github.loopbaan.core.plan.ActionCommand;
import io.github.loopbaan.core.plan.ActionCommandKind;
import io.github.loopbaan.core.plan.ActionId;
import io.github.loopbaan.core.plan.ActionLifecycle;
import io.github.loopbaan.core.plan.ActionOwner;
import io.github.loopbaan.core.plan.ActionPlan;
import io.github.loopbaan.core.plan.ActionPlanEvaluation;
import io.github.loopbaan.core.plan.ActionStatus;
import io.github.loopbaan.core.plan.ActionSubject;
import io.github.loopbaan.core.plan.Decision;
import io.github.loopbaan.core.plan.DecisionKind;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanCommand;
import io.github.loopbaan.core.plan.DevelopmentPlanCommandKind;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.plan.DevelopmentPlanLifecycle;
import io.github.loopbaan.core.plan.GeneralData;
import io.github.loopbaan.core.plan.GoalAttainment;
import io.github.loopbaan.core.plan.Insight;
import io.github.loopbaan.core.plan.InsightId;
import io.github.loopbaan.core.plan.InsightKind;
import io.github.loopbaan.core.plan.NamedTraining;
import io.github.loopbaan.core.plan.PlanKind;
import io.github.loopbaan.core.plan.PlanRevision;
import io.github.loopbaan.core.plan.PopChecklist;
import io.github.loopbaan.core.plan.Reflection;
import io.github.loopbaan.core.plan.ReintegrationPlan;
import io.github.loopbaan.core.plan.Revisions;
import io.github.loopbaan.core.plan.StorageConsent;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the personal development plan ({@code io.github.loopbaan.core.plan}): insights,
 * reflections, decisions, actions of every status, action plans, general data, revisions and whole
 * plans from empty drafts to revised and evaluated finalised plans, all respecting every structural
 * rule; actions and plans reached by random walks through their lifecycles; and deliberately broken
 * constructions.
 */
public final class PlanArbitraries {

  private static final String[] TRAININGS = {
    "Bachelor Verpleegkunde",
    "Educatieve master",
    "Graduaat Programmeren",
    "Postgraduaat Loopbaanbegeleiding",
    "Lerarenopleiding secundair onderwijs",
    "Boekhouden (avondonderwijs)",
    "Project management certificate"
  };
  private static final String[] PROVIDERS = {
    "UGent", "KU Leuven", "Syntra", "CVO Antwerpen", "Hogeschool Rotterdam", "Open Universiteit"
  };

  private static final String[] DROP_REASONS = {
    "Geen tijd meer naast de nieuwe job.", "Niet meer nodig na het netwerkgesprek.",
    "The training was cancelled by the provider.", "Andere prioriteit na de afwijzing."
  };
  private static final String[] REVISIONS = {
    "Loopbaanvraag verschoven naar zelfstandig ondernemen.", "Opleiding gekozen na de infosessie.",
    "Goal adjusted after the evaluation.", "Nieuwe acties rond netwerken toegevoegd."
  };

  private PlanArbitraries() {}

  /**
   * @return plan identifiers
   */
  public static Arbitrary<DevelopmentPlanId> developmentPlanIds() {
    return PartyArbitraries.identifierValues().map(DevelopmentPlanId::of);
  }

  /**
   * @return insight identifiers
   */
  public static Arbitrary<InsightId> insightIds() {
    return PartyArbitraries.identifierValues().map(InsightId::of);
  }

  /**
   * @return action identifiers
   */
  public static Arbitrary<ActionId> actionIds() {
    return PartyArbitraries.identifierValues().map(ActionId::of);
  }

  /**
   * @return insights of every kind, visibility and category (personal or health), texts from {@link
   *     Texts#notes()}
   */
  public static Arbitrary<Insight> insights() {
    return Builders.withBuilder(Insight::builder)
        .use(insightIds())
        .in(Insight.Builder::id)
        .use(Arbitraries.of(InsightKind.class))
        .in(Insight.Builder::kind)
        .use(Texts.notes())
        .in(Insight.Builder::text)
        .use(PhaseArbitraries.dates())
        .withProbability(0.7)
        .in(Insight.Builder::recordedOn)
        .use(Arbitraries.of(Visibility.class))
        .withProbability(0.5)
        .in(Insight.Builder::visibility)
        .use(Arbitraries.of(DataCategory.PERSONAL, DataCategory.HEALTH))
        .withProbability(0.5)
        .in(Insight.Builder::dataCategory)
        .build(Insight.Builder::build);
  }

  /**
   * @return the client's reflections, some dated
   */
  public static Arbitrary<Reflection> reflections() {
    return Builders.withBuilder(Reflection::builder)
        .use(Texts.notes())
        .in(Reflection.Builder::text)
        .use(PhaseArbitraries.dates())
        .withProbability(0.5)
        .in(Reflection.Builder::reflectedOn)
        .build(Reflection.Builder::build);
  }

  /**
   * @return choices and decisions, some dated
   */
  public static Arbitrary<Decision> decisions() {
    return Builders.withBuilder(Decision::builder)
        .use(Arbitraries.of(DecisionKind.class))
        .in(Decision.Builder::kind)
        .use(Texts.notes())
        .in(Decision.Builder::text)
        .use(PhaseArbitraries.dates())
        .withProbability(0.6)
        .in(Decision.Builder::decidedOn)
        .build(Decision.Builder::build);
  }

  /**
   * @return actions of every status and owner: dropped ones with a reason, done ones often with a
   *     completion date, the others with neither
   */
  public static Arbitrary<Action> actions() {
    Arbitrary<Action.Builder> base =
        Builders.withBuilder(Action::builder)
            .use(actionIds())
            .in(Action.Builder::id)
            .use(Arbitraries.of(ActionSubject.class))
            .in(Action.Builder::subject)
            .use(Texts.notes())
            .in(Action.Builder::description)
            .use(Arbitraries.of(ActionOwner.class))
            .withProbability(0.5)
            .in(Action.Builder::owner)
            .use(PhaseArbitraries.dates())
            .withProbability(0.6)
            .in(Action.Builder::dueDate)
            .build();
    return Combinators.combine(
            base,
            Arbitraries.of(ActionStatus.class),
            Texts.notes(),
            PhaseArbitraries.dates().optional(0.7))
        .as(
            (builder, status, reason, completedOn) -> {
              builder.status(status);
              if (status == ActionStatus.DROPPED) {
                builder.dropReason(reason);
              } else if (status == ActionStatus.DONE) {
                builder.completedOn(completedOn);
              }
              return builder.build();
            });
  }

  /**
   * @return evaluations with any attainment, most with a written reflection
   */
  public static Arbitrary<ActionPlanEvaluation> actionPlanEvaluations() {
    return Builders.withBuilder(ActionPlanEvaluation::builder)
        .use(PhaseArbitraries.dates())
        .in(ActionPlanEvaluation.Builder::evaluatedOn)
        .use(Arbitraries.of(GoalAttainment.class))
        .in(ActionPlanEvaluation.Builder::attainment)
        .use(Texts.notes())
        .withProbability(0.7)
        .in(ActionPlanEvaluation.Builder::reflection)
        .build(ActionPlanEvaluation.Builder::build);
  }

  /**
   * @return action plans of up to six actions with distinct identifiers, some evaluated
   */
  public static Arbitrary<ActionPlan> actionPlans() {
    return Builders.withBuilder(ActionPlan::builder)
        .use(actions().list().ofMaxSize(6).uniqueElements(Action::getId))
        .in(ActionPlan.Builder::addAllActions)
        .use(actionPlanEvaluations())
        .withProbability(0.3)
        .in(ActionPlan.Builder::evaluation)
        .build(ActionPlan.Builder::build);
  }

  /**
   * @param from the earliest day the plan may be drawn up, for instance a trajectory's opening day
   * @return re-integration plans (003 §1.4) drawn up 0 to 60 days from {@code from}, half of them
   *     with an intended return 0 to 180 days later, with up to six steps; never past {@link
   *     LocalDate#MAX}
   */
  public static Arbitrary<ReintegrationPlan> reintegrationPlans(LocalDate from) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 180).optional(),
            Texts.returnGoals(),
            reintegrationSteps())
        .as(
            (drawn, back, goal, steps) -> {
              LocalDate drawnUpOn = capped(from, drawn);
              return ReintegrationPlan.builder()
                  .drawnUpOn(drawnUpOn)
                  .goal(goal)
                  .intendedReturnOn(back.map(days -> capped(drawnUpOn, days)))
                  .steps(steps)
                  .build();
            });
  }

  /**
   * @return action plans as {@link #actionPlans()}, each action describing a step of a return to
   *     work ({@link Texts#returnSteps()}), so that no step reads like a note of the same value
   */
  private static Arbitrary<ActionPlan> reintegrationSteps() {
    return actionPlans()
        .flatMap(
            plan ->
                Texts.returnSteps()
                    .list()
                    .ofSize(plan.getActions().size())
                    .map(
                        texts -> {
                          List<Action> steps = new ArrayList<>();
                          for (int i = 0; i < texts.size(); i++) {
                            steps.add(plan.getActions().get(i).withDescription(texts.get(i)));
                          }
                          return plan.withActions(steps);
                        }));
  }

  private static LocalDate capped(LocalDate day, int days) {
    return LocalDate.MAX.toEpochDay() - day.toEpochDay() < days
        ? LocalDate.MAX
        : day.plusDays(days);
  }

  /**
   * @return trainings named in a plan, some with a provider
   */
  public static Arbitrary<NamedTraining> namedTrainings() {
    return Builders.withBuilder(NamedTraining::builder)
        .use(Arbitraries.of(TRAININGS))
        .in(NamedTraining.Builder::title)
        .use(Arbitraries.of(PROVIDERS))
        .withProbability(0.6)
        .in(NamedTraining.Builder::provider)
        .build(NamedTraining.Builder::build);
  }

  /**
   * @return single revisions with any positive number and day
   */
  public static Arbitrary<PlanRevision> planRevisions() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 20), PhaseArbitraries.dates(), Texts.notes())
        .as(PlanRevision::of);
  }

  /**
   * @return general data from empty drafts to finalised, named and signed plans; a signature date
   *     only on a finalised plan, on or after the finalisation
   */
  public static Arbitrary<GeneralData> generalData() {
    Arbitrary<GeneralData.Builder> base =
        Builders.withBuilder(GeneralData::builder)
            .use(
                Arbitraries.of(
                    "POP (loopbaancheque 1 of 2)", "POP", "Persoonlijk ontwikkelingsplan"))
            .withProbability(0.7)
            .in(GeneralData.Builder::title)
            .use(Texts.personNames())
            .withProbability(0.7)
            .in(GeneralData.Builder::clientName)
            .build();
    return Combinators.combine(
            base,
            PhaseArbitraries.dates().optional(0.6),
            Arbitraries.integers().between(0, 30).optional(0.6))
        .as(
            (builder, finalisedOn, signedAfter) -> {
              finalisedOn.ifPresent(
                  day -> {
                    builder.finalisedOn(day);
                    signedAfter.ifPresent(days -> builder.signedOn(day.plusDays(days)));
                  });
              return builder.build();
            });
  }

  /**
   * @return revision lists as a finalised plan may hold them: numbered 1, 2, 3, in date order, from
   *     a finalisation day
   */
  public static Arbitrary<Revisions> revisionLists() {
    return SessionArbitraries.days()
        .flatMap(day -> revisionHistories(Optional.of(day)))
        .map(Revisions::of);
  }

  /**
   * @param finalisedOn the finalisation day, or empty for an unfinalised plan (which has no
   *     revisions)
   * @return revision lists numbered 1 to n (n up to 3), dated on or after the finalisation in date
   *     order
   */
  public static Arbitrary<List<PlanRevision>> revisionHistories(Optional<LocalDate> finalisedOn) {
    if (finalisedOn.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    LocalDate from = finalisedOn.get();
    return Combinators.combine(
            Arbitraries.integers().between(0, 400).list().ofMaxSize(3),
            Texts.notes().list().ofSize(3))
        .as(
            (offsets, summaries) -> {
              List<Integer> sorted = new ArrayList<>(offsets);
              Collections.sort(sorted);
              List<PlanRevision> revisions = new ArrayList<>();
              for (int i = 0; i < sorted.size(); i++) {
                revisions.add(
                    PlanRevision.of(i + 1, from.plusDays(sorted.get(i)), summaries.get(i)));
              }
              return revisions;
            });
  }

  /**
   * @return development plans from nearly empty drafts to full, finalised and revised plans:
   *     distinct insight and action identifiers, revisions only on finalised plans
   */
  public static Arbitrary<DevelopmentPlan> developmentPlans() {
    return fullPlans();
  }

  /**
   * @return plans in checklist form ({@link DevelopmentPlan#toChecklist()}), as kept when the
   *     client refuses the storage of the POP, reduced from {@link #developmentPlans()}
   */
  public static Arbitrary<DevelopmentPlan> checklistPlans() {
    return fullPlans().map(DevelopmentPlan::toChecklist);
  }

  /**
   * @return "Checklist POP"s with every combination of ticks
   */
  public static Arbitrary<PopChecklist> checklists() {
    return Arbitraries.of(true, false)
        .list()
        .ofSize(10)
        .map(
            t ->
                PopChecklist.builder()
                    .title(t.get(0))
                    .finalisedOn(t.get(1))
                    .clientName(t.get(2))
                    .signedOn(t.get(3))
                    .careerQuestion(t.get(4))
                    .reflections(t.get(5))
                    .insights(t.get(6))
                    .decisions(t.get(7))
                    .goals(t.get(8))
                    .actions(t.get(9))
                    .build());
  }

  private static Arbitrary<DevelopmentPlan> fullPlans() {
    Arbitrary<DevelopmentPlan.Builder> base =
        Builders.withBuilder(DevelopmentPlan::builder)
            .use(developmentPlanIds())
            .in(DevelopmentPlan.Builder::id)
            .use(Arbitraries.of(PlanKind.class))
            .withProbability(0.7)
            .in(DevelopmentPlan.Builder::kind)
            .use(Texts.careerQuestions())
            .withProbability(0.8)
            .in(DevelopmentPlan.Builder::careerQuestion)
            .use(reflections().list().ofMaxSize(3))
            .in(DevelopmentPlan.Builder::addAllReflections)
            .use(insights().list().ofMaxSize(4).uniqueElements(Insight::getId))
            .in(DevelopmentPlan.Builder::addAllInsights)
            .use(decisions().list().ofMaxSize(3))
            .in(DevelopmentPlan.Builder::addAllDecisions)
            .use(PhaseArbitraries.coachingGoals().list().ofMaxSize(3))
            .in(DevelopmentPlan.Builder::addAllGoals)
            .use(actionPlans().map(a -> a.withEvaluation(Optional.empty())))
            .withProbability(0.8)
            .in(DevelopmentPlan.Builder::actionPlan)
            .use(Arbitraries.of(StorageConsent.class))
            .withProbability(0.5)
            .in(DevelopmentPlan.Builder::storageConsent)
            .use(namedTrainings().list().ofMaxSize(2))
            .in(DevelopmentPlan.Builder::addAllNamedTrainings)
            .use(Arbitraries.of(true, false))
            .in(DevelopmentPlan.Builder::writtenByClient)
            .build();
    return Combinators.combine(
            base,
            generalData(),
            actionPlanEvaluations().optional(0.4),
            Arbitraries.integers().between(0, 400))
        .flatAs(
            (builder, general, evaluation, evaluatedAfter) ->
                revisionHistories(general.getFinalisedOn())
                    .map(
                        revisions -> {
                          DevelopmentPlan plan =
                              builder.generalData(general).revisions(revisions).build();
                          // Only a finalised plan has an evaluation of its action plan, on or after
                          // the finalisation.
                          if (evaluation.isPresent() && general.getFinalisedOn().isPresent()) {
                            plan =
                                plan.withActionPlan(
                                    plan.getActionPlan()
                                        .withEvaluation(
                                            evaluation
                                                .get()
                                                .withEvaluatedOn(
                                                    general
                                                        .getFinalisedOn()
                                                        .get()
                                                        .plusDays(evaluatedAfter))));
                          }
                          return plan;
                        }));
  }

  /**
   * @return random walks through the action lifecycle from actions of any status, up to 30 steps
   */
  public static Arbitrary<LifecycleWalks.Walk<Action, ActionCommand>> actionWalks() {
    return LifecycleWalks.walks(
        ActionLifecycle.MACHINE,
        actions(),
        a -> a.getCompletedOn().orElse(LocalDate.of(2025, 1, 6)),
        PlanArbitraries::actionCommand,
        30);
  }

  /**
   * Makes a command of the action lifecycle; drops carry a reason from {@link Texts#notes()}'s kind
   * of text.
   *
   * @param a the action
   * @param kind the kind of command
   * @param on the day
   * @param random randomness for the payload
   * @return the command (always present)
   */
  public static Optional<ActionCommand> actionCommand(
      Action a, ActionCommandKind kind, LocalDate on, Random random) {
    switch (kind) {
      case START:
        return Optional.of(ActionCommand.start(on));
      case COMPLETE:
        return Optional.of(ActionCommand.complete(on));
      case DROP:
        return Optional.of(
            ActionCommand.drop(on, DROP_REASONS[random.nextInt(DROP_REASONS.length)]));
      case REOPEN:
        return Optional.of(ActionCommand.reopen(on));
      default:
        throw new IllegalArgumentException("Unknown command kind " + kind);
    }
  }

  /**
   * @return random walks through the POP lifecycle from plans in any status, up to 30 steps
   */
  public static Arbitrary<LifecycleWalks.Walk<DevelopmentPlan, DevelopmentPlanCommand>>
      developmentPlanWalks() {
    return LifecycleWalks.walks(
        DevelopmentPlanLifecycle.MACHINE,
        developmentPlans(),
        PlanArbitraries::firstDay,
        PlanArbitraries::developmentPlanCommand,
        30);
  }

  /**
   * Makes a command of the POP lifecycle: finalisations signed or not, revisions with a summary,
   * evaluations with any attainment.
   *
   * @param p the plan
   * @param kind the kind of command
   * @param on the day
   * @param random randomness for the payload
   * @return the command (always present)
   */
  public static Optional<DevelopmentPlanCommand> developmentPlanCommand(
      DevelopmentPlan p, DevelopmentPlanCommandKind kind, LocalDate on, Random random) {
    switch (kind) {
      case FINALISE:
        return Optional.of(DevelopmentPlanCommand.finalise(on, random.nextBoolean()));
      case REVISE:
        return Optional.of(
            DevelopmentPlanCommand.revise(on, REVISIONS[random.nextInt(REVISIONS.length)]));
      case EVALUATE:
        return Optional.of(
            DevelopmentPlanCommand.evaluate(
                ActionPlanEvaluation.of(
                    on, GoalAttainment.values()[random.nextInt(GoalAttainment.values().length)])));
      default:
        throw new IllegalArgumentException("Unknown command kind " + kind);
    }
  }

  private static LocalDate firstDay(DevelopmentPlan p) {
    return p.latestRevision()
        .map(PlanRevision::getRevisedOn)
        .orElse(p.getGeneralData().getFinalisedOn().orElse(LocalDate.of(2025, 1, 6)));
  }

  /**
   * @return constructions that break one structural rule of the plan package each
   */
  public static Arbitrary<Broken> broken() {
    LocalDate day = LocalDate.of(2025, 6, 12);
    DevelopmentPlanId id = DevelopmentPlanId.of("pop-1");
    GeneralData finalised = GeneralData.builder().finalisedOn(day).build();
    return Arbitraries.oneOf(
        List.of(
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "Insight",
                            "text",
                            "not_blank",
                            () -> Insight.of(InsightId.of("i-1"), InsightKind.PATTERN, b))),
            insights()
                .map(
                    i ->
                        Broken.of(
                            "Insight",
                            "dataCategory",
                            "not_ordinary",
                            () -> i.withDataCategory(DataCategory.ORDINARY))),
            Texts.blanks()
                .map(b -> Broken.of("Reflection", "text", "not_blank", () -> Reflection.of(b))),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "Decision",
                            "text",
                            "not_blank",
                            () -> Decision.of(DecisionKind.CHOICE, b))),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "Action",
                            "description",
                            "not_blank",
                            () -> Action.of(ActionId.of("a-1"), ActionSubject.NETWORKING, b))),
            actions()
                .filter(a -> a.getStatus() == ActionStatus.DROPPED)
                .map(
                    a ->
                        Broken.of(
                            "Action", "dropReason", "not_blank", () -> a.withDropReason(" "))),
            actions()
                .map(
                    a ->
                        Broken.of(
                            "Action",
                            "dropReason",
                            "dropped_needs_reason",
                            () ->
                                Action.builder()
                                    .from(a)
                                    .status(ActionStatus.DROPPED)
                                    .dropReason(Optional.empty())
                                    .completedOn(Optional.empty())
                                    .build())),
            Combinators.combine(
                    actions().filter(a -> a.getStatus() != ActionStatus.DROPPED), Texts.notes())
                .as(
                    (a, reason) ->
                        Broken.of(
                            "Action",
                            "dropReason",
                            "reason_only_when_dropped",
                            () -> a.withDropReason(reason))),
            Combinators.combine(
                    actions().filter(a -> a.getStatus() != ActionStatus.DONE),
                    PhaseArbitraries.dates())
                .as(
                    (a, completed) ->
                        Broken.of(
                            "Action",
                            "completedOn",
                            "completed_only_when_done",
                            () -> a.withCompletedOn(completed))),
            actionPlans()
                .filter(p -> !p.getActions().isEmpty())
                .map(
                    p ->
                        Broken.of(
                            "ActionPlan",
                            "actions",
                            "unique",
                            () ->
                                ActionPlan.builder()
                                    .from(p)
                                    .addAction(
                                        p.getActions().get(0).withDescription("Nog een keer."))
                                    .build())),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "ActionPlanEvaluation",
                            "reflection",
                            "not_blank",
                            () ->
                                ActionPlanEvaluation.builder()
                                    .evaluatedOn(day)
                                    .attainment(GoalAttainment.REACHED)
                                    .reflection(b)
                                    .build())),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "NamedTraining", "title", "not_blank", () -> NamedTraining.of(b))),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "NamedTraining",
                            "provider",
                            "not_blank",
                            () ->
                                NamedTraining.builder()
                                    .title("Bachelor Verpleegkunde")
                                    .provider(b)
                                    .build())),
            Arbitraries.integers()
                .between(-1000, 0)
                .map(
                    n ->
                        Broken.of(
                            "PlanRevision",
                            "number",
                            "positive",
                            () -> PlanRevision.of(n, day, "Wijziging."))),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "PlanRevision",
                            "summary",
                            "not_blank",
                            () -> PlanRevision.of(1, day, b))),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "GeneralData",
                            "title",
                            "not_blank",
                            () -> GeneralData.builder().title(b).build())),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "GeneralData",
                            "clientName",
                            "not_blank",
                            () -> GeneralData.builder().clientName(b).build())),
            PhaseArbitraries.dates()
                .map(
                    d ->
                        Broken.of(
                            "GeneralData",
                            "signedOn",
                            "signature_needs_finalised_plan",
                            () -> GeneralData.builder().signedOn(d).build())),
            Arbitraries.integers()
                .between(1, 400)
                .map(
                    n ->
                        Broken.of(
                            "GeneralData",
                            "signedOn",
                            "not_before",
                            () ->
                                GeneralData.builder()
                                    .finalisedOn(day)
                                    .signedOn(day.minusDays(n))
                                    .build())),
            Texts.blanks()
                .map(
                    b ->
                        Broken.of(
                            "DevelopmentPlan",
                            "careerQuestion",
                            "not_blank",
                            () -> DevelopmentPlan.builder().id(id).careerQuestion(b).build())),
            developmentPlans()
                .filter(p -> !p.getInsights().isEmpty())
                .map(
                    p ->
                        Broken.of(
                            "DevelopmentPlan",
                            "insights",
                            "unique",
                            () ->
                                DevelopmentPlan.builder()
                                    .from(p)
                                    .addInsight(p.getInsights().get(0))
                                    .build())),
            developmentPlans()
                .filter(p -> !p.isFinalised())
                .map(
                    p ->
                        Broken.of(
                            "DevelopmentPlan",
                            "revisions",
                            "revision_needs_finalised_plan",
                            () -> p.revise(day, "Wijziging."))),
            Arbitraries.integers()
                .between(2, 9)
                .map(
                    n ->
                        Broken.of(
                            "DevelopmentPlan",
                            "revisions",
                            "consecutive",
                            () ->
                                DevelopmentPlan.builder()
                                    .id(id)
                                    .generalData(finalised)
                                    .revisions(List.of(PlanRevision.of(n, day, "Wijziging.")))
                                    .build())),
            developmentPlans()
                .filter(DevelopmentPlan::isFinalised)
                .flatMap(
                    p ->
                        Arbitraries.integers()
                            .between(1, 400)
                            .map(
                                n ->
                                    Broken.of(
                                        "DevelopmentPlan",
                                        "revisions",
                                        "not_before",
                                        () ->
                                            DevelopmentPlan.builder()
                                                .from(p)
                                                .revisions(
                                                    List.of(
                                                        PlanRevision.of(
                                                            1,
                                                            p.getGeneralData()
                                                                .getFinalisedOn()
                                                                .get()
                                                                .minusDays(n),
                                                            "Te vroeg.")))
                                                .build()))),
            Arbitraries.integers()
                .between(1, 60)
                .map(
                    n ->
                        Broken.of(
                            "DevelopmentPlan",
                            "revisions",
                            "chronological",
                            () ->
                                DevelopmentPlan.builder()
                                    .id(id)
                                    .generalData(finalised)
                                    .revisions(
                                        List.of(
                                            PlanRevision.of(1, day.plusDays(n + 1), "Eerste."),
                                            PlanRevision.of(2, day.plusDays(1), "Tweede.")))
                                    .build())),
            developmentPlans()
                .filter(p -> !p.isFinalised())
                .flatMap(
                    p ->
                        actionPlanEvaluations()
                            .map(
                                e ->
                                    Broken.of(
                                        "DevelopmentPlan",
                                        "actionPlan.evaluation",
                                        "evaluation_needs_finalised_plan",
                                        () ->
                                            p.withActionPlan(
                                                p.getActionPlan().withEvaluation(e))))),
            Arbitraries.integers()
                .between(1, 400)
                .map(
                    n ->
                        Broken.of(
                            "DevelopmentPlan",
                            "actionPlan.evaluation",
                            "not_before",
                            () ->
                                DevelopmentPlan.builder()
                                    .id(id)
                                    .generalData(finalised)
                                    .actionPlan(
                                        ActionPlan.builder()
                                            .evaluation(
                                                ActionPlanEvaluation.of(
                                                    day.minusDays(n), GoalAttainment.REACHED))
                                            .build())
                                    .build())),
            developmentPlanWalks()
                .map(LifecycleWalks.Walk::end)
                .filter(p -> !p.getHistory().isEmpty())
                .map(
                    p ->
                        Broken.of(
                            "DevelopmentPlan",
                            "status,history",
                            "status_matches_history",
                            () ->
                                DevelopmentPlan.builder()
                                    .from(p)
                                    .generalData(GeneralData.empty())
                                    .revisions(List.of())
                                    .actionPlan(p.getActionPlan().withEvaluation(Optional.empty()))
                                    .build())),
            developmentPlanWalks()
                .map(LifecycleWalks.Walk::end)
                .filter(p -> !p.getHistory().isEmpty())
                .map(
                    p ->
                        Broken.of(
                            "DevelopmentPlan",
                            "history[0]",
                            "history_sequence",
                            () ->
                                p.withHistory(
                                    History.of(List.of(renumbered(p.getHistory().last())))))),
            actionWalks()
                .map(LifecycleWalks.Walk::end)
                .filter(a -> !a.getHistory().isEmpty() && a.getStatus() == ActionStatus.IN_PROGRESS)
                .map(
                    a ->
                        Broken.of(
                            "Action",
                            "status,history",
                            "status_matches_history",
                            () -> a.withStatus(ActionStatus.PLANNED))),
            actionWalks()
                .map(LifecycleWalks.Walk::end)
                .filter(a -> !a.getHistory().isEmpty())
                .map(
                    a ->
                        Broken.of(
                            "Action",
                            "history[0]",
                            "history_sequence",
                            () ->
                                a.withHistory(
                                    History.of(List.of(renumbered(a.getHistory().last()))))))));
  }

  private static <S extends Enum<S> & Coded, C extends io.github.loopbaan.core.lifecycle.Command<?>>
      Event<S, C> renumbered(Event<S, C> last) {
    return new Event<>(
        last.getSequence() + 1,
        last.getLifecycle(),
        last.getFrom(),
        last.getTo(),
        last.getCommand());
  }
}

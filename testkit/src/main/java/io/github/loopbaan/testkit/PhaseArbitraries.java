package io.github.loopbaan.testkit;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.phase.Attention;
import io.github.loopbaan.core.phase.CoachRole;
import io.github.loopbaan.core.phase.CoachingGoal;
import io.github.loopbaan.core.phase.ContentPhase;
import io.github.loopbaan.core.phase.GoalTerm;
import io.github.loopbaan.core.phase.Movement;
import io.github.loopbaan.core.phase.NewJob;
import io.github.loopbaan.core.phase.NewJobKind;
import io.github.loopbaan.core.phase.PhaseCommand;
import io.github.loopbaan.core.phase.PhaseCommandKind;
import io.github.loopbaan.core.phase.PhaseLifecycle;
import io.github.loopbaan.core.phase.PhaseProgress;
import io.github.loopbaan.core.phase.PhaseSelection;
import io.github.loopbaan.core.phase.PhaseState;
import io.github.loopbaan.core.phase.PlanAmendment;
import io.github.loopbaan.core.phase.TrajectoryPlan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the content phases and the trajectory plan ({@code
 * io.github.loopbaan.core.phase}): phase selections, coaching goals, amendments and whole plans
 * that respect every structural rule; phase progress reached by random walks through the {@link
 * PhaseLifecycle content phase lifecycle}; and deliberately broken constructions.
 */
public final class PhaseArbitraries {

  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

  private static final String[] EXCURSION_REASONS = {
    "Faalangst voor het sollicitatiegesprek kwam boven.",
        "Kritische stemmetjes na de derde afwijzing.",
    "Fear of the interview came back; back to the under current.",
        "Boosheid over het ontslag speelt weer op.",
    "Twijfel over de eigen waarden na het netwerkgesprek."
  };

  private PhaseArbitraries() {}

  /**
   * @return new work of any kind on any day
   */
  public static Arbitrary<NewJob> newJobs() {
    return Combinators.combine(Arbitraries.of(NewJobKind.class), dates()).as(NewJob::of);
  }

  /**
   * @return progress just started on any valid trajectory plan: no phase started, empty history
   */
  public static Arbitrary<PhaseProgress> startedProgress() {
    return trajectoryPlans().map(PhaseProgress::start);
  }

  /**
   * @return random walks through the content phase lifecycle from freshly started progress, up to
   *     30 steps
   */
  public static Arbitrary<LifecycleWalks.Walk<PhaseProgress, PhaseCommand>> phaseWalks() {
    return LifecycleWalks.walks(
        PhaseLifecycle.MACHINE,
        startedProgress(),
        PhaseProgress::startsOn,
        PhaseArbitraries::phaseCommand,
        30);
  }

  /**
   * @return progress in every state, with the history of the commands that led there
   */
  public static Arbitrary<PhaseProgress> phaseProgress() {
    return phaseWalks().map(LifecycleWalks.Walk::end);
  }

  /**
   * Makes a command of the content phase lifecycle with a plausible payload.
   *
   * @param p the progress the command is for
   * @param kind the kind of command
   * @param on the day
   * @param random randomness for the payload
   * @return the command (always present: every kind can be built)
   */
  public static Optional<PhaseCommand> phaseCommand(
      PhaseProgress p, PhaseCommandKind kind, LocalDate on, Random random) {
    Optional<ContentPhase> phase = kind.phase();
    if (kind.isEnter()) {
      return Optional.of(PhaseCommand.enter(phase.orElseThrow(), on));
    }
    if (kind.isStepBack()) {
      return Optional.of(
          PhaseCommand.stepBack(
              phase.orElseThrow(),
              on,
              EXCURSION_REASONS[random.nextInt(EXCURSION_REASONS.length)]));
    }
    if (kind.isAmendPlan()) {
      return Optional.of(
          PhaseCommand.amendPlan(
              PlanAmendment.builder()
                  .phase(phase.orElseThrow())
                  .attention(Attention.values()[random.nextInt(Attention.values().length)])
                  .amendedOn(on)
                  .reason("Bijstelling na " + (1 + random.nextInt(9)) + " gesprekken.")
                  .build()));
    }
    switch (kind) {
      case RETURN_FROM_EXCURSION:
        return Optional.of(PhaseCommand.returnFromExcursion(on));
      case RECORD_NEW_JOB:
        return Optional.of(
            PhaseCommand.recordNewJob(
                NewJob.of(NewJobKind.values()[random.nextInt(NewJobKind.values().length)], on)));
      case COMPLETE:
        return Optional.of(PhaseCommand.complete(on));
      default:
        throw new IllegalArgumentException("Unknown command kind " + kind);
    }
  }

  /**
   * @return days from 2015 to about 2035
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 7300).map(EPOCH::plusDays);
  }

  /**
   * @return any of the six content phases
   */
  public static Arbitrary<ContentPhase> contentPhases() {
    return Arbitraries.of(ContentPhase.class);
  }

  /**
   * @return any attention level
   */
  public static Arbitrary<Attention> attentions() {
    return Arbitraries.of(Attention.class);
  }

  /**
   * @return phase selections of any phase and attention
   */
  public static Arbitrary<PhaseSelection> phaseSelections() {
    return Combinators.combine(contentPhases(), attentions()).as(PhaseSelection::of);
  }

  /**
   * @return coaching goals, short or long term, some with a target date; descriptions from {@link
   *     Texts#notes()}
   */
  public static Arbitrary<CoachingGoal> coachingGoals() {
    return Builders.withBuilder(CoachingGoal::builder)
        .use(Texts.notes())
        .in(CoachingGoal.Builder::description)
        .use(Arbitraries.of(GoalTerm.class))
        .in(CoachingGoal.Builder::term)
        .use(dates())
        .withProbability(0.4)
        .in(CoachingGoal.Builder::targetDate)
        .build(CoachingGoal.Builder::build);
  }

  /**
   * @return amendments of any phase on any day, reasons from {@link Texts#notes()}
   */
  public static Arbitrary<PlanAmendment> planAmendments() {
    return Combinators.combine(contentPhases(), attentions(), dates(), Texts.notes())
        .as(
            (phase, attention, day, reason) ->
                PlanAmendment.builder()
                    .phase(phase)
                    .attention(attention)
                    .amendedOn(day)
                    .reason(reason)
                    .build());
  }

  /**
   * Phase orders the intake may choose: a non-empty subset of the phases in random order, arranged
   * so that farewell to work comes first and effective functioning after every outward phase.
   *
   * @return valid intake orders
   */
  public static Arbitrary<List<ContentPhase>> intakeOrders() {
    return Arbitraries.subsetOf(ContentPhase.values())
        .filter(s -> !s.isEmpty())
        .flatMap(set -> Arbitraries.shuffle(new ArrayList<>(set)))
        .flatMap(
            order ->
                Arbitraries.integers()
                    .between(0, ContentPhase.values().length)
                    .map(seed -> arrange(order, seed)));
  }

  private static List<ContentPhase> arrange(List<ContentPhase> shuffled, int seed) {
    List<ContentPhase> order = new ArrayList<>(shuffled);
    if (order.remove(ContentPhase.EFFECTIVE_FUNCTIONING)) {
      int lastOutward = -1;
      for (int i = 0; i < order.size(); i++) {
        if (order.get(i).movement() == Movement.OUTWARD) {
          lastOutward = i;
        }
      }
      int free = order.size() - lastOutward;
      order.add(lastOutward + 1 + seed % free, ContentPhase.EFFECTIVE_FUNCTIONING);
    }
    if (order.remove(ContentPhase.FAREWELL_TO_WORK)) {
      order.add(0, ContentPhase.FAREWELL_TO_WORK);
    }
    return Collections.unmodifiableList(order);
  }

  /**
   * @return trajectory plans that respect every structural rule: one to six phases in a valid
   *     intake order with any attention, up to three goals, and amendments adding some of the
   *     phases not selected, dated on or after the intake in the order they were made
   */
  public static Arbitrary<TrajectoryPlan> trajectoryPlans() {
    return intakeOrders()
        .flatMap(
            order -> {
              Set<ContentPhase> rest = EnumSet.allOf(ContentPhase.class);
              rest.removeAll(order);
              Arbitrary<List<ContentPhase>> added =
                  rest.isEmpty()
                      ? Arbitraries.just(List.of())
                      : Arbitraries.subsetOf(rest)
                          .flatMap(s -> Arbitraries.shuffle(new ArrayList<>(s)));
              Arbitrary<List<Attention>> attention = attentions().list().ofSize(order.size());
              return Combinators.combine(
                      attention,
                      coachingGoals().list().ofMaxSize(3),
                      dates(),
                      added,
                      Arbitraries.of(CoachRole.class).set().ofMaxSize(3))
                  .flatAs(
                      (levels, goals, decidedOn, addedPhases, roles) ->
                          amendments(decidedOn, addedPhases)
                              .map(
                                  amendments -> {
                                    TrajectoryPlan.Builder builder =
                                        TrajectoryPlan.builder()
                                            .decidedOn(decidedOn)
                                            .addAllGoals(goals)
                                            .addAllCoachRoles(roles)
                                            .addAllAmendments(amendments);
                                    for (int i = 0; i < order.size(); i++) {
                                      builder.addSelectedPhase(
                                          PhaseSelection.of(order.get(i), levels.get(i)));
                                    }
                                    return builder.build();
                                  }));
            });
  }

  private static Arbitrary<List<PlanAmendment>> amendments(
      LocalDate decidedOn, List<ContentPhase> phases) {
    int n = phases.size();
    return Combinators.combine(
            Arbitraries.integers().between(0, 120).list().ofSize(n),
            attentions().list().ofSize(n),
            Texts.notes().list().ofSize(n))
        .as(
            (offsets, levels, reasons) -> {
              List<Integer> sorted = new ArrayList<>(offsets);
              Collections.sort(sorted);
              List<PlanAmendment> amendments = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                amendments.add(
                    PlanAmendment.builder()
                        .phase(phases.get(i))
                        .attention(levels.get(i))
                        .amendedOn(decidedOn.plusDays(sorted.get(i)))
                        .reason(reasons.get(i))
                        .build());
              }
              return amendments;
            });
  }

  /**
   * @return constructions that break one structural rule of the phase package each
   */
  public static Arbitrary<Broken> broken() {
    String plan = "TrajectoryPlan";
    return Arbitraries.oneOf(
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "CoachingGoal",
                        "description",
                        "not_blank",
                        () -> CoachingGoal.of(blank, GoalTerm.SHORT_TERM))),
        Texts.blanks()
            .map(
                blank ->
                    Broken.of(
                        "PlanAmendment",
                        "reason",
                        "not_blank",
                        () -> PlanAmendment.of(ContentPhase.EMPOWERMENT, EPOCH, blank))),
        dates()
            .map(
                day ->
                    Broken.of(
                        plan,
                        "selectedPhases",
                        "at_least_one_phase",
                        () -> TrajectoryPlan.builder().decidedOn(day).build())),
        trajectoryPlans()
            .flatMap(
                p ->
                    Arbitraries.of(p.getSelectedPhases())
                        .map(
                            twice ->
                                Broken.of(
                                    plan,
                                    "selectedPhases",
                                    "unique",
                                    () ->
                                        TrajectoryPlan.builder()
                                            .from(p)
                                            .addSelectedPhase(twice)
                                            .build()))),
        trajectoryPlans()
            .filter(p -> !p.getAmendments().isEmpty())
            .map(
                p ->
                    Broken.of(
                        plan,
                        "amendments",
                        "unique",
                        () -> p.withAmendment(last(p.getAmendments())))),
        trajectoryPlans()
            .flatMap(
                p ->
                    Arbitraries.of(p.getSelectedPhases())
                        .map(
                            s ->
                                Broken.of(
                                    plan,
                                    "amendments",
                                    "not_already_selected",
                                    () ->
                                        p.withAmendments(
                                            PlanAmendment.of(
                                                s.getPhase(),
                                                p.getDecidedOn(),
                                                "Al gekozen bij de intake."))))),
        intakeOrders()
            .filter(o -> o.contains(ContentPhase.FAREWELL_TO_WORK) && o.size() > 1)
            .flatMap(
                o ->
                    Arbitraries.integers()
                        .between(1, o.size() - 1)
                        .map(
                            to -> {
                              List<ContentPhase> moved = new ArrayList<>(o);
                              moved.remove(ContentPhase.FAREWELL_TO_WORK);
                              moved.add(to, ContentPhase.FAREWELL_TO_WORK);
                              return Broken.of(
                                  plan,
                                  "selectedPhases",
                                  "farewell_first",
                                  () -> planOf(moved, EPOCH));
                            })),
        Arbitraries.of(ContentPhase.LABOUR_MARKET_EXPLORATION, ContentPhase.LABOUR_MARKET_ACTION)
            .flatMap(
                outward ->
                    Arbitraries.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION, ContentPhase.EMPOWERMENT)
                        .map(
                            inward ->
                                Broken.of(
                                    plan,
                                    "selectedPhases",
                                    "effective_functioning_after_outward",
                                    () ->
                                        planOf(
                                            List.of(
                                                ContentPhase.EFFECTIVE_FUNCTIONING,
                                                inward,
                                                outward),
                                            EPOCH)))),
        trajectoryPlans()
            .filter(p -> p.phases().size() < ContentPhase.values().length)
            .flatMap(
                p ->
                    Arbitraries.integers()
                        .between(1, 400)
                        .map(
                            days ->
                                Broken.of(
                                    plan,
                                    "amendments",
                                    "not_before",
                                    () ->
                                        TrajectoryPlan.builder()
                                            .from(p)
                                            .amendments(List.of())
                                            .addAmendment(
                                                PlanAmendment.of(
                                                    missing(p),
                                                    p.getDecidedOn().minusDays(days),
                                                    "Te vroeg."))
                                            .build()))),
        trajectoryPlans()
            .filter(
                p ->
                    !p.getAmendments().isEmpty()
                        && p.phases().size() < 6
                        && last(p.getAmendments()).getAmendedOn().isAfter(p.getDecidedOn()))
            .flatMap(
                p ->
                    Arbitraries.longs()
                        .between(
                            1,
                            ChronoUnit.DAYS.between(
                                p.getDecidedOn(), last(p.getAmendments()).getAmendedOn()))
                        .map(
                            days ->
                                Broken.of(
                                    plan,
                                    "amendments",
                                    "chronological",
                                    () ->
                                        p.withAmendment(
                                            PlanAmendment.of(
                                                missing(p),
                                                last(p.getAmendments())
                                                    .getAmendedOn()
                                                    .minusDays(days),
                                                "Eerder besloten."))))),
        progressBroken());
  }

  private static Arbitrary<Broken> progressBroken() {
    String type = "PhaseProgress";
    return Arbitraries.oneOf(
        trajectoryPlans()
            .filter(p -> p.phases().size() < ContentPhase.values().length)
            .map(
                p ->
                    Broken.of(
                        type,
                        "state",
                        "phase_in_plan",
                        () ->
                            PhaseProgress.builder()
                                .plan(p)
                                .state(PhaseState.of(missing(p)))
                                .build())),
        trajectoryPlans()
            .flatMap(
                p ->
                    Arbitraries.of(p.phases())
                        .map(
                            from ->
                                Broken.of(
                                    type,
                                    "excursionFrom",
                                    "excursion_returns_forward",
                                    () ->
                                        PhaseProgress.builder()
                                            .plan(p)
                                            .excursionFrom(from)
                                            .build()))),
        trajectoryPlans()
            .filter(p -> p.isSelected(ContentPhase.EFFECTIVE_FUNCTIONING))
            .map(
                p ->
                    Broken.of(
                        type,
                        "newJobs",
                        "effective_functioning_needs_new_job",
                        () ->
                            PhaseProgress.builder()
                                .plan(p)
                                .state(PhaseState.EFFECTIVE_FUNCTIONING)
                                .build())),
        Combinators.combine(trajectoryPlans(), newJobs(), Arbitraries.integers().between(1, 400))
            .as(
                (p, job, days) ->
                    Broken.of(
                        type,
                        "newJobs",
                        "chronological",
                        () ->
                            PhaseProgress.builder()
                                .plan(p)
                                .addNewJob(job)
                                .addNewJob(NewJob.of(job.getKind(), job.getDate().minusDays(days)))
                                .build())),
        phaseProgress()
            .filter(p -> !p.getHistory().isEmpty() && p.getState() != PhaseState.NOT_STARTED)
            .map(
                p ->
                    Broken.of(
                        type,
                        "state,history",
                        "status_matches_history",
                        () ->
                            PhaseProgress.builder()
                                .from(p)
                                .state(PhaseState.NOT_STARTED)
                                .excursionFrom(Optional.empty())
                                .build())),
        phaseProgress()
            .filter(p -> !p.getHistory().isEmpty())
            .map(
                p -> {
                  Event<PhaseState, PhaseCommand> last = p.getHistory().last();
                  Event<PhaseState, PhaseCommand> renumbered =
                      new Event<>(
                          last.getSequence() + 1,
                          last.getLifecycle(),
                          last.getFrom(),
                          last.getTo(),
                          last.getCommand());
                  return Broken.of(
                      type,
                      "history[0]",
                      "history_sequence",
                      () -> p.withHistory(History.of(List.of(renumbered))));
                }));
  }

  private static TrajectoryPlan planOf(List<ContentPhase> order, LocalDate decidedOn) {
    TrajectoryPlan.Builder builder = TrajectoryPlan.builder().decidedOn(decidedOn);
    order.forEach(phase -> builder.addSelectedPhase(PhaseSelection.of(phase)));
    return builder.build();
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static ContentPhase missing(TrajectoryPlan plan) {
    for (ContentPhase phase : ContentPhase.values()) {
      if (!plan.isSelected(phase)) {
        return phase;
      }
    }
    throw new IllegalArgumentException("plan holds every phase");
  }
}

package io.github.loopbaan.core.phase;

import static io.github.loopbaan.core.phase.PhaseCommandKind.COMPLETE;
import static io.github.loopbaan.core.phase.PhaseCommandKind.RECORD_NEW_JOB;
import static io.github.loopbaan.core.phase.PhaseCommandKind.RETURN_FROM_EXCURSION;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.Guard;
import io.github.loopbaan.core.lifecycle.Reason;
import io.github.loopbaan.core.lifecycle.StateMachine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The content phases of a trajectory (000, "6 fasen in een loopbaantraject") as a table on the one
 * {@link StateMachine} engine, governing {@link PhaseProgress}. Dutch: fasering van het
 * loopbaantraject.
 *
 * <pre>
 * not_started, every phase but X --enter_X [next_on_route, not_on_excursion]--> X
 *     (X is each phase but farewell to work; effective functioning also needs [new_job_recorded])
 * not_started --enter_farewell_to_work [next_on_route, not_on_excursion]--> farewell_to_work   (only first)
 * every phase but X --step_back_to_X [earlier_on_route]--> X          (an excursion, with a reason)
 * every phase --return_from_excursion [on_excursion]--> the phase the excursion left
 * not_started, every phase --amend_plan_X [not_in_plan]--> itself      (the plan gains phase X)
 * not_started, every phase --record_new_job--> itself
 * every phase --complete [last_phase_reached, not_on_excursion]--> completed   (final)
 * </pre>
 *
 * <p>Rules from 000 and the choices made where the source is silent:
 *
 * <ul>
 *   <li>Only phases of the plan are entered, in the order of the {@linkplain PhaseProgress#route()
 *       route}; moving forward skips the phases the plan does not hold. A phase not selected at the
 *       intake needs a recorded plan amendment first (one command kind per phase, so "already in
 *       the plan" is a guard, not a payload check).
 *   <li>Stepping back to an earlier phase of the route is an excursion (uitstapje), recorded with a
 *       reason, such as the excursion to the under current during labour market action. An
 *       excursion may step back further; it ends with {@code return_from_excursion}, which resumes
 *       the main line phase. Moving forward and completing wait until the excursion has ended.
 *   <li>Farewell to work can only come first: it is entered only from {@code not_started}. It fits
 *       forced mobility; whether the client's situation is one of forced mobility is a validation
 *       matter, not a lifecycle rule. When an amendment adds farewell to work after the first phase
 *       started (the job disappears during the trajectory), it stands first on the route and is
 *       reached only by an excursion back to it.
 *   <li>Effective functioning in the new job starts only once new work is recorded: a job found at
 *       the end of labour market action, a new role started, or a start as self-employed. New work
 *       may be recorded in any open state, even before the first phase, for a client who already
 *       started a new job.
 *   <li>The phases are completed once the main line reaches the last phase of the route. A
 *       trajectory that ends earlier stops through the trajectory process; its phase progress then
 *       stays where it was.
 * </ul>
 */
public final class PhaseLifecycle {

  /** Reason code: the phase is not in the plan. Facts: {@code phase}. */
  public static final String PHASE_NOT_IN_PLAN = "phase_not_in_plan";

  /**
   * Reason code: the phase is not the next one on the route. Facts: {@code phase}, {@code next}.
   */
  public static final String NOT_NEXT_PHASE = "not_next_phase";

  /** Reason code: the main line has reached the last phase of the route. Facts: {@code phase}. */
  public static final String NO_NEXT_PHASE = "no_next_phase";

  /** Reason code: an excursion is open and must end first. Facts: {@code return_to}. */
  public static final String EXCURSION_OPEN = "excursion_open";

  /** Reason code: there is no excursion to return from. */
  public static final String NO_EXCURSION = "no_excursion";

  /** Reason code: effective functioning needs recorded new work. */
  public static final String NO_NEW_JOB = "no_new_job";

  /**
   * Reason code: the phase does not come earlier on the route. Facts: {@code phase}, {@code
   * main_line}.
   */
  public static final String NOT_EARLIER_PHASE = "not_earlier_phase";

  /** Reason code: the phase is already in the plan. Facts: {@code phase}. */
  public static final String PHASE_ALREADY_IN_PLAN = "phase_already_in_plan";

  /** Reason code: phases of the plan remain. Facts: {@code next}. */
  public static final String PHASES_REMAINING = "phases_remaining";

  static final Guard<PhaseProgress> NOT_ON_EXCURSION =
      Guard.require(
          "not_on_excursion",
          (p, on) -> !p.isOnExcursion(),
          (p, on) ->
              Reason.of(EXCURSION_OPEN)
                  .with("return_to", p.getExcursionFrom().orElseThrow().code()));

  static final Guard<PhaseProgress> ON_EXCURSION =
      Guard.require(
          "on_excursion", (p, on) -> p.isOnExcursion(), (p, on) -> Reason.of(NO_EXCURSION));

  static final Guard<PhaseProgress> NEW_JOB_RECORDED =
      Guard.require("new_job_recorded", (p, on) -> p.hasNewJob(), (p, on) -> Reason.of(NO_NEW_JOB));

  static final Guard<PhaseProgress> LAST_PHASE_REACHED =
      Guard.of(
          "last_phase_reached",
          (p, on) ->
              p.nextPhase().map(next -> Reason.of(PHASES_REMAINING).with("next", next.code())));

  /**
   * @param phase the phase to enter
   * @return the guard that the phase is the next one on the route
   */
  static Guard<PhaseProgress> nextOnRoute(ContentPhase phase) {
    return Guard.of(
        "next_on_route",
        (p, on) -> {
          if (!p.getPlan().isSelected(phase)) {
            return Optional.of(Reason.of(PHASE_NOT_IN_PLAN).with("phase", phase.code()));
          }
          Optional<ContentPhase> next = p.nextPhase();
          if (next.isEmpty()) {
            return Optional.of(Reason.of(NO_NEXT_PHASE).with("phase", phase.code()));
          }
          return next.get() == phase
              ? Optional.empty()
              : Optional.of(
                  Reason.of(NOT_NEXT_PHASE)
                      .with("phase", phase.code())
                      .with("next", next.get().code()));
        });
  }

  /**
   * @param phase the phase to step back to
   * @return the guard that the phase comes earlier on the route than the main line phase
   */
  static Guard<PhaseProgress> earlierOnRoute(ContentPhase phase) {
    return Guard.of(
        "earlier_on_route",
        (p, on) -> {
          if (!p.getPlan().isSelected(phase)) {
            return Optional.of(Reason.of(PHASE_NOT_IN_PLAN).with("phase", phase.code()));
          }
          List<ContentPhase> route = p.route();
          ContentPhase main = p.mainLinePhase().orElseThrow();
          return route.indexOf(phase) < route.indexOf(main)
              ? Optional.empty()
              : Optional.of(
                  Reason.of(NOT_EARLIER_PHASE)
                      .with("phase", phase.code())
                      .with("main_line", main.code()));
        });
  }

  /**
   * @param phase the phase to add
   * @return the guard that the plan does not hold the phase yet
   */
  static Guard<PhaseProgress> notInPlan(ContentPhase phase) {
    return Guard.require(
        "not_in_plan",
        (p, on) -> !p.getPlan().isSelected(phase),
        (p, on) -> Reason.of(PHASE_ALREADY_IN_PLAN).with("phase", phase.code()));
  }

  /** The table. Thread-safe; shared by every trajectory. */
  public static final StateMachine<PhaseProgress, PhaseState, PhaseCommandKind, PhaseCommand>
      MACHINE = table();

  private PhaseLifecycle() {}

  private static StateMachine<PhaseProgress, PhaseState, PhaseCommandKind, PhaseCommand> table() {
    StateMachine.Builder<PhaseProgress, PhaseState, PhaseCommandKind, PhaseCommand> b =
        StateMachine.<PhaseProgress, PhaseState, PhaseCommandKind, PhaseCommand>builder(
                "content_phases", PhaseState.class, PhaseCommandKind.class)
            .initial(PhaseState.NOT_STARTED)
            .finals(PhaseState.COMPLETED)
            .binding(PhaseProgress::getState, PhaseProgress::getHistory, PhaseLifecycle::record)
            .startsOn(PhaseProgress::startsOn);
    Set<PhaseState> phases =
        EnumSet.range(PhaseState.FAREWELL_TO_WORK, PhaseState.EFFECTIVE_FUNCTIONING);
    Set<PhaseState> open = EnumSet.range(PhaseState.NOT_STARTED, PhaseState.EFFECTIVE_FUNCTIONING);
    for (ContentPhase phase : ContentPhase.values()) {
      PhaseState target = PhaseState.of(phase);
      Set<PhaseState> from = EnumSet.copyOf(open);
      from.remove(target);
      if (phase == ContentPhase.FAREWELL_TO_WORK) {
        from = EnumSet.of(PhaseState.NOT_STARTED);
      }
      StateMachine.Builder<PhaseProgress, PhaseState, PhaseCommandKind, PhaseCommand>.Row<
              PhaseCommand>
          enter =
              b.on(PhaseCommandKind.enter(phase))
                  .from(array(from))
                  .to(target)
                  .guard(nextOnRoute(phase))
                  .guard(NOT_ON_EXCURSION);
      if (phase == ContentPhase.EFFECTIVE_FUNCTIONING) {
        enter.guard(NEW_JOB_RECORDED);
      }
      enter.noEffect();
    }
    for (ContentPhase phase : ContentPhase.values()) {
      PhaseState target = PhaseState.of(phase);
      Set<PhaseState> from = EnumSet.copyOf(phases);
      from.remove(target);
      b.on(PhaseCommandKind.stepBackTo(phase))
          .from(array(from))
          .to(target)
          .guard(earlierOnRoute(phase))
          .noEffect();
    }
    for (PhaseState state : phases) {
      Set<PhaseState> targets = EnumSet.copyOf(phases);
      targets.remove(state);
      b.on(RETURN_FROM_EXCURSION)
          .from(state)
          .toOneOf(targets, p -> PhaseState.of(p.getExcursionFrom().orElseThrow()))
          .guard(ON_EXCURSION)
          .noEffect();
    }
    for (ContentPhase phase : ContentPhase.values()) {
      for (PhaseState state : open) {
        b.on(PhaseCommandKind.amendPlan(phase))
            .from(state)
            .to(state)
            .taking(PhaseCommand.AmendPlan.class)
            .guard(notInPlan(phase))
            .effect((p, amend) -> p.withPlan(p.getPlan().withAmendment(amend.getAmendment())));
      }
    }
    for (PhaseState state : open) {
      b.on(RECORD_NEW_JOB)
          .from(state)
          .to(state)
          .taking(PhaseCommand.RecordNewJob.class)
          .effect(
              (p, record) -> {
                List<NewJob> jobs = new ArrayList<>(p.getNewJobs());
                jobs.add(record.getJob());
                return p.withNewJobs(jobs);
              });
    }
    b.on(COMPLETE)
        .from(array(phases))
        .to(PhaseState.COMPLETED)
        .guard(LAST_PHASE_REACHED)
        .guard(NOT_ON_EXCURSION)
        .noEffect();
    return b.build();
  }

  /**
   * Writes the new state and the event, and opens or closes the excursion, in one construction so
   * that no intermediate value breaks a structural rule.
   */
  private static PhaseProgress record(
      PhaseProgress p, PhaseState state, Event<PhaseState, PhaseCommand> event) {
    PhaseProgress.Builder b =
        PhaseProgress.builder().from(p).state(state).history(p.getHistory().append(event));
    PhaseCommandKind kind = event.getCommand().getKind();
    if (kind.isStepBack() && !p.isOnExcursion()) {
      b.excursionFrom(p.currentPhase());
    } else if (kind == RETURN_FROM_EXCURSION) {
      b.excursionFrom(Optional.empty());
    }
    return b.build();
  }

  private static PhaseState[] array(Set<PhaseState> states) {
    return states.toArray(new PhaseState[0]);
  }
}

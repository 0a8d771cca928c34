package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.lifecycle.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How far a trajectory has come through the content phases its plan selected (000): the plan it
 * follows, the current {@linkplain #getState() state}, an open excursion, the new work recorded and
 * the history of every step. The value governed by the {@link PhaseLifecycle}. Dutch: voortgang
 * door de fasen, fasering.
 *
 * <p>Start one with {@link #start(TrajectoryPlan)} when the intake has set the plan, then move it
 * with {@link #apply(PhaseCommand)}; {@link #nextCommands(LocalDate)} tells what may happen on a
 * day and why the rest may not.
 *
 * <p>The <em>route</em> is the order in which the phases are gone through: the plan's phases in
 * order (the intake selection, then the amendments in the order they were made), except that
 * farewell to work, when in the plan, always stands first, because it can only come first (000: a
 * client facing forced mobility is not yet open to anything else). The <em>main line</em> phase is
 * the phase the trajectory has reached on the route: the current phase, or, during an excursion,
 * the phase the excursion returns to.
 *
 * <p>Structural rules (checked on every construction):
 *
 * <ul>
 *   <li>{@code phase_in_plan}: the current phase is a phase of the plan;
 *   <li>{@code excursion_returns_forward}: an excursion is only open while in a content phase that
 *       comes earlier on the route than the phase it returns to;
 *   <li>{@code effective_functioning_needs_new_job}: effective functioning (current, or the phase
 *       an excursion returns to) needs recorded new work;
 *   <li>{@code chronological}: new work is recorded in date order;
 *   <li>{@code status_matches_history}: when the history is not empty, its last event leads to the
 *       current state;
 *   <li>{@code history_sequence}: the last event is numbered as the history's length.
 * </ul>
 *
 * A value built directly with a state and an empty history is legal: it is restored from storage.
 */
@Value.Immutable
public abstract class PhaseProgress implements WithPhaseProgress {

  private static final String TYPE = "PhaseProgress";

  PhaseProgress() {}

  /**
   * @return a builder, for restoring stored progress; new progress starts with {@link #start}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The progress of a trajectory whose intake just set the plan: no phase started, empty history.
   * The trajectory calls this at the intake.
   *
   * @param plan the trajectory plan set at the intake
   * @return progress in state {@link PhaseState#NOT_STARTED}
   */
  public static PhaseProgress start(TrajectoryPlan plan) {
    return builder().plan(plan).build();
  }

  /**
   * @return the plan followed, with every amendment recorded through {@link
   *     PhaseCommandKind#isAmendPlan()}
   */
  public abstract TrajectoryPlan getPlan();

  /**
   * @return the current state; {@link PhaseState#NOT_STARTED} unless set
   */
  @Value.Default
  public PhaseState getState() {
    return PhaseState.NOT_STARTED;
  }

  /**
   * @return during an excursion (uitstapje), the main line phase it returns to; empty otherwise
   */
  public abstract Optional<ContentPhase> getExcursionFrom();

  /**
   * @return the new work recorded (job found, new role, self-employed start), oldest first
   */
  public abstract List<NewJob> getNewJobs();

  /**
   * @return the events of the phase lifecycle, oldest first
   */
  @Value.Default
  public History<Event<PhaseState, PhaseCommand>> getHistory() {
    return History.empty();
  }

  /**
   * @return the phase the trajectory is in; empty before the first phase and after completion
   */
  public Optional<ContentPhase> currentPhase() {
    return getState().phase();
  }

  /**
   * @return whether an excursion is open
   */
  public boolean isOnExcursion() {
    return getExcursionFrom().isPresent();
  }

  /**
   * @return whether new work has been recorded
   */
  public boolean hasNewJob() {
    return !getNewJobs().isEmpty();
  }

  /**
   * @return the phases in the order they are gone through: the plan's order, farewell to work first
   */
  public List<ContentPhase> route() {
    List<ContentPhase> phases = getPlan().phases();
    List<ContentPhase> route = new ArrayList<>(phases.size());
    if (phases.contains(ContentPhase.FAREWELL_TO_WORK)) {
      route.add(ContentPhase.FAREWELL_TO_WORK);
    }
    for (ContentPhase phase : phases) {
      if (phase != ContentPhase.FAREWELL_TO_WORK) {
        route.add(phase);
      }
    }
    return Collections.unmodifiableList(route);
  }

  /**
   * @return the phase reached on the route: the current phase, or the one an open excursion returns
   *     to
   */
  public Optional<ContentPhase> mainLinePhase() {
    return getExcursionFrom().isPresent() ? getExcursionFrom() : currentPhase();
  }

  /**
   * @return the phase that comes next on the route: the first one before any phase started, the one
   *     after the main line phase later; empty when the main line phase is the last one or the
   *     phases are completed
   */
  public Optional<ContentPhase> nextPhase() {
    List<ContentPhase> route = route();
    if (getState() == PhaseState.NOT_STARTED) {
      return Optional.of(route.get(0));
    }
    Optional<ContentPhase> main = mainLinePhase();
    if (main.isEmpty()) {
      return Optional.empty();
    }
    int index = route.indexOf(main.get());
    return index + 1 < route.size() ? Optional.of(route.get(index + 1)) : Optional.empty();
  }

  /**
   * @return the first day a command may take effect: the latest of the plan's intake day, its last
   *     amendment and the last new work recorded
   */
  public LocalDate startsOn() {
    LocalDate start = getPlan().getDecidedOn();
    List<PlanAmendment> amendments = getPlan().getAmendments();
    if (!amendments.isEmpty()
        && amendments.get(amendments.size() - 1).getAmendedOn().isAfter(start)) {
      start = amendments.get(amendments.size() - 1).getAmendedOn();
    }
    if (hasNewJob() && getNewJobs().get(getNewJobs().size() - 1).getDate().isAfter(start)) {
      start = getNewJobs().get(getNewJobs().size() - 1).getDate();
    }
    return start;
  }

  /**
   * Applies a command of the content phase lifecycle.
   *
   * @param command the command
   * @return the new progress with its event, or the rejection with every reason; this value is
   *     unchanged
   */
  public Outcome<PhaseProgress> apply(PhaseCommand command) {
    return PhaseLifecycle.MACHINE.apply(this, command);
  }

  /**
   * Ask before acting.
   *
   * @param on the day
   * @return for every command kind, whether it is possible on that day and, if not, why
   */
  public List<Verdict<PhaseState, PhaseCommandKind>> nextCommands(LocalDate on) {
    return PhaseLifecycle.MACHINE.options(this, on);
  }

  /**
   * @param on the day
   * @return the command kinds possible on that day
   */
  public Set<PhaseCommandKind> possibleCommands(LocalDate on) {
    return PhaseLifecycle.MACHINE.possible(this, on);
  }

  @Value.Check
  void check() {
    Optional<ContentPhase> current = currentPhase();
    Require.that(
        current.isEmpty() || getPlan().isSelected(current.get()),
        TYPE,
        "state",
        "phase_in_plan",
        "must be a phase of the plan");
    if (getExcursionFrom().isPresent()) {
      List<ContentPhase> route = route();
      int back = current.map(route::indexOf).orElse(-1);
      Require.that(
          back >= 0 && back < route.indexOf(getExcursionFrom().get()),
          TYPE,
          "excursionFrom",
          "excursion_returns_forward",
          "must be a phase of the plan later on the route than the current phase, and only while in a phase");
    }
    boolean effective =
        current.orElse(null) == ContentPhase.EFFECTIVE_FUNCTIONING
            || getExcursionFrom().orElse(null) == ContentPhase.EFFECTIVE_FUNCTIONING;
    Require.that(
        !effective || hasNewJob(),
        TYPE,
        "newJobs",
        "effective_functioning_needs_new_job",
        "must hold new work during effective functioning");
    for (int i = 1; i < getNewJobs().size(); i++) {
      Require.that(
          !getNewJobs().get(i).getDate().isBefore(getNewJobs().get(i - 1).getDate()),
          TYPE,
          "newJobs",
          "chronological",
          "must be listed in date order");
    }
    PhaseLifecycle.MACHINE.checkHistory(this, TYPE, "state");
  }

  /** Builds a {@link PhaseProgress}. Obtain one from {@link PhaseProgress#builder()}. */
  public static final class Builder extends ImmutablePhaseProgress.Builder {
    Builder() {}
  }
}

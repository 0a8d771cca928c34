package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.internal.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The plan of a trajectory as the intake sets it: which content phases the trajectory goes through,
 * in which order and with how much attention, and the coaching goals (000: "Het intakegesprek:
 * keuze van de loopbaancoaching fasen"). Dutch: trajectplan.
 *
 * <p>A trajectory may go through all six phases, some of them, or only one (000). The usual order
 * is inward before outward, with farewell to work first and effective functioning last, but the
 * intake decides: a client who already knows what they want may go straight to the outward phases,
 * and phases interleave in practice. Only the rules that can never be right are therefore
 * invariants:
 *
 * <ul>
 *   <li>{@code at_least_one_phase}: the intake selects at least one phase;
 *   <li>{@code unique}: no phase is selected twice, and no two amendments add the same phase;
 *   <li>{@code not_already_selected}: an amendment never adds a phase that is already selected;
 *   <li>{@code farewell_first}: farewell to work, when selected at the intake, comes first, because
 *       a client facing forced mobility is not yet open to anything else (000, phase 1);
 *   <li>{@code effective_functioning_after_outward}: effective functioning in the new job, when
 *       selected at the intake, comes after every selected outward phase (labour market exploration
 *       and action), because it starts only once the new job they lead to has started (000, phase
 *       6). Loopbaan does not require it to be the very last phase: a client already in a new job
 *       may combine it with an inward phase in either order;
 *   <li>{@code not_before}: an amendment is not dated before the intake decision;
 *   <li>{@code chronological}: amendments are listed in the order they were made (dates never
 *       decrease).
 * </ul>
 *
 * <p>The order rules apply to the phases selected at the intake. Amendments record phases added
 * later in time and are appended in the order they were made; Loopbaan allows an amendment to add
 * farewell to work (the client's job may disappear during the trajectory) or an outward phase after
 * effective functioning (the new job may not work out).
 *
 * <pre>{@code
 * TrajectoryPlan plan = TrajectoryPlan.builder()
 *     .decidedOn(intakeDay)
 *     .addSelectedPhase(PhaseSelection.of(ContentPhase.IN_DEPTH_SELF_EXPLORATION, Attention.EXTENSIVE))
 *     .addSelectedPhase(PhaseSelection.of(ContentPhase.LABOUR_MARKET_EXPLORATION, Attention.BRIEF))
 *     .addGoal(CoachingGoal.of("Helder krijgen wat ik echt wil", GoalTerm.SHORT_TERM))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class TrajectoryPlan implements WithTrajectoryPlan {

  private static final String TYPE = "TrajectoryPlan";

  TrajectoryPlan() {}

  /**
   * @return a builder for a trajectory plan
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the phases selected at the intake, in the order the trajectory goes through them
   */
  public abstract List<PhaseSelection> getSelectedPhases();

  /**
   * @return the coaching goals set at the intake (coachingsdoelen), short or long term
   */
  public abstract List<CoachingGoal> getGoals();

  /**
   * @return the roles the coach takes on in this trajectory (003 ch. 1), as agreed at the intake;
   *     empty when not recorded
   */
  public abstract Set<CoachRole> getCoachRoles();

  /**
   * @return the day of the intake at which the plan was decided
   */
  public abstract LocalDate getDecidedOn();

  /**
   * @return the phases added after the intake, in the order they were made
   */
  public abstract List<PlanAmendment> getAmendments();

  /**
   * The phases of the plan in order: those selected at the intake, then those added by amendments.
   *
   * @return every phase of the plan once, intake selection first, amendments appended
   */
  public List<ContentPhase> phases() {
    List<ContentPhase> phases = new ArrayList<>();
    for (PhaseSelection selection : getSelectedPhases()) {
      phases.add(selection.getPhase());
    }
    for (PlanAmendment amendment : getAmendments()) {
      phases.add(amendment.getPhase());
    }
    return Collections.unmodifiableList(phases);
  }

  /**
   * @param phase a content phase
   * @return whether the trajectory goes through the phase, selected at the intake or added by an
   *     amendment
   */
  public boolean isSelected(ContentPhase phase) {
    return phases().contains(phase);
  }

  /**
   * @param phase a content phase
   * @return the attention the phase gets, from its selection or its amendment; empty when it is not
   *     in the plan
   */
  public Optional<Attention> attentionFor(ContentPhase phase) {
    for (PhaseSelection selection : getSelectedPhases()) {
      if (selection.getPhase() == phase) {
        return Optional.of(selection.getAttention());
      }
    }
    for (PlanAmendment amendment : getAmendments()) {
      if (amendment.getPhase() == phase) {
        return Optional.of(amendment.getAttention());
      }
    }
    return Optional.empty();
  }

  /**
   * Adds a phase after the intake.
   *
   * @param amendment the phase added, when and why
   * @return a copy of this plan with the amendment appended
   * @throws io.github.loopbaan.core.InvalidValueException when the phase is already in the plan
   *     (rule {@code not_already_selected} or {@code unique}), or the amendment is dated before the
   *     intake or before the last amendment ({@code not_before}, {@code chronological})
   */
  public TrajectoryPlan withAmendment(PlanAmendment amendment) {
    return builder().from(this).addAmendment(amendment).build();
  }

  @Value.Check
  void check() {
    Require.that(
        !getSelectedPhases().isEmpty(),
        TYPE,
        "selectedPhases",
        "at_least_one_phase",
        "must hold at least one phase");
    Require.uniqueBy(getSelectedPhases(), PhaseSelection::getPhase, TYPE, "selectedPhases");
    Require.uniqueBy(getAmendments(), PlanAmendment::getPhase, TYPE, "amendments");
    Set<ContentPhase> selected = EnumSet.noneOf(ContentPhase.class);
    for (PhaseSelection selection : getSelectedPhases()) {
      selected.add(selection.getPhase());
    }
    for (PlanAmendment amendment : getAmendments()) {
      Require.that(
          !selected.contains(amendment.getPhase()),
          TYPE,
          "amendments",
          "not_already_selected",
          "must not add a phase that was selected at the intake");
    }
    int farewell = indexOf(ContentPhase.FAREWELL_TO_WORK);
    Require.that(
        farewell <= 0,
        TYPE,
        "selectedPhases",
        "farewell_first",
        "must put farewell to work first when it is selected");
    int effective = indexOf(ContentPhase.EFFECTIVE_FUNCTIONING);
    if (effective >= 0) {
      for (int i = effective + 1; i < getSelectedPhases().size(); i++) {
        Require.that(
            getSelectedPhases().get(i).getPhase().movement() != Movement.OUTWARD,
            TYPE,
            "selectedPhases",
            "effective_functioning_after_outward",
            "must put effective functioning after every selected labour market phase");
      }
    }
    LocalDate previous = getDecidedOn();
    for (PlanAmendment amendment : getAmendments()) {
      Require.notBefore(
          amendment.getAmendedOn(),
          getDecidedOn(),
          TYPE,
          "amendments",
          "must not be dated before the intake decision");
      Require.that(
          !amendment.getAmendedOn().isBefore(previous),
          TYPE,
          "amendments",
          "chronological",
          "must be listed in the order they were made");
      previous = amendment.getAmendedOn();
    }
  }

  private int indexOf(ContentPhase phase) {
    for (int i = 0; i < getSelectedPhases().size(); i++) {
      if (getSelectedPhases().get(i).getPhase() == phase) {
        return i;
      }
    }
    return -1;
  }

  /** Builds a {@link TrajectoryPlan}. Obtain one from {@link TrajectoryPlan#builder()}. */
  public static final class Builder extends ImmutableTrajectoryPlan.Builder {
    Builder() {}
  }
}

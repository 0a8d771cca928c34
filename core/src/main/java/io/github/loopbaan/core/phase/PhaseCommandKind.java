package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.Coded;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of command of the {@link PhaseLifecycle}. Dutch: soort handeling in de fasering.
 *
 * <p>Where a command's target or guard depends on a phase, there is one kind per phase (enter, step
 * back to, add to the plan), so the table stays data and "what is possible now" can be answered
 * exactly without a command in hand. {@link #phase()} tells the phase of such a kind.
 */
public enum PhaseCommandKind implements Coded {
  /**
   * Start phase 1, farewell to work; only as the first phase. Dutch: starten met afscheid van werk.
   */
  ENTER_FAREWELL_TO_WORK("enter_farewell_to_work", ContentPhase.FAREWELL_TO_WORK, Family.ENTER),
  /** Move on to in-depth self-exploration. Dutch: starten met verdiepend zelfonderzoek. */
  ENTER_IN_DEPTH_SELF_EXPLORATION(
      "enter_in_depth_self_exploration", ContentPhase.IN_DEPTH_SELF_EXPLORATION, Family.ENTER),
  /** Move on to empowerment. Dutch: starten met empowerment. */
  ENTER_EMPOWERMENT("enter_empowerment", ContentPhase.EMPOWERMENT, Family.ENTER),
  /** Move on to labour market exploration. Dutch: starten met arbeidsmarkt verkenning. */
  ENTER_LABOUR_MARKET_EXPLORATION(
      "enter_labour_market_exploration", ContentPhase.LABOUR_MARKET_EXPLORATION, Family.ENTER),
  /** Move on to labour market action. Dutch: starten met arbeidsmarkt bewerking. */
  ENTER_LABOUR_MARKET_ACTION(
      "enter_labour_market_action", ContentPhase.LABOUR_MARKET_ACTION, Family.ENTER),
  /** Move on to effective functioning in the new job. Dutch: starten met effectief functioneren. */
  ENTER_EFFECTIVE_FUNCTIONING(
      "enter_effective_functioning", ContentPhase.EFFECTIVE_FUNCTIONING, Family.ENTER),
  /** Excursion back to farewell to work. Dutch: uitstapje terug naar afscheid van werk. */
  STEP_BACK_TO_FAREWELL_TO_WORK(
      "step_back_to_farewell_to_work", ContentPhase.FAREWELL_TO_WORK, Family.STEP_BACK),
  /**
   * Excursion back to in-depth self-exploration. Dutch: uitstapje terug naar verdiepend
   * zelfonderzoek.
   */
  STEP_BACK_TO_IN_DEPTH_SELF_EXPLORATION(
      "step_back_to_in_depth_self_exploration",
      ContentPhase.IN_DEPTH_SELF_EXPLORATION,
      Family.STEP_BACK),
  /**
   * Excursion back to empowerment, the under current. Dutch: uitstapje naar de onderstroom
   * (empowerment).
   */
  STEP_BACK_TO_EMPOWERMENT("step_back_to_empowerment", ContentPhase.EMPOWERMENT, Family.STEP_BACK),
  /**
   * Excursion back to labour market exploration. Dutch: uitstapje terug naar arbeidsmarkt
   * verkenning.
   */
  STEP_BACK_TO_LABOUR_MARKET_EXPLORATION(
      "step_back_to_labour_market_exploration",
      ContentPhase.LABOUR_MARKET_EXPLORATION,
      Family.STEP_BACK),
  /** Excursion back to labour market action. Dutch: uitstapje terug naar arbeidsmarkt bewerking. */
  STEP_BACK_TO_LABOUR_MARKET_ACTION(
      "step_back_to_labour_market_action", ContentPhase.LABOUR_MARKET_ACTION, Family.STEP_BACK),
  /**
   * Excursion back to effective functioning. Dutch: uitstapje terug naar effectief functioneren.
   */
  STEP_BACK_TO_EFFECTIVE_FUNCTIONING(
      "step_back_to_effective_functioning", ContentPhase.EFFECTIVE_FUNCTIONING, Family.STEP_BACK),
  /** End the excursion and return to the phase it left. Dutch: terugkeren van het uitstapje. */
  RETURN_FROM_EXCURSION("return_from_excursion", null, Family.OTHER),
  /**
   * Add farewell to work to the plan. Dutch: trajectplan bijstellen: afscheid van werk toevoegen.
   */
  AMEND_PLAN_FAREWELL_TO_WORK(
      "amend_plan_farewell_to_work", ContentPhase.FAREWELL_TO_WORK, Family.AMEND_PLAN),
  /**
   * Add in-depth self-exploration to the plan. Dutch: trajectplan bijstellen: verdiepend
   * zelfonderzoek.
   */
  AMEND_PLAN_IN_DEPTH_SELF_EXPLORATION(
      "amend_plan_in_depth_self_exploration",
      ContentPhase.IN_DEPTH_SELF_EXPLORATION,
      Family.AMEND_PLAN),
  /** Add empowerment to the plan. Dutch: trajectplan bijstellen: empowerment toevoegen. */
  AMEND_PLAN_EMPOWERMENT("amend_plan_empowerment", ContentPhase.EMPOWERMENT, Family.AMEND_PLAN),
  /**
   * Add labour market exploration to the plan. Dutch: trajectplan bijstellen: arbeidsmarkt
   * verkenning.
   */
  AMEND_PLAN_LABOUR_MARKET_EXPLORATION(
      "amend_plan_labour_market_exploration",
      ContentPhase.LABOUR_MARKET_EXPLORATION,
      Family.AMEND_PLAN),
  /**
   * Add labour market action to the plan. Dutch: trajectplan bijstellen: arbeidsmarkt bewerking
   * toevoegen.
   */
  AMEND_PLAN_LABOUR_MARKET_ACTION(
      "amend_plan_labour_market_action", ContentPhase.LABOUR_MARKET_ACTION, Family.AMEND_PLAN),
  /**
   * Add effective functioning to the plan. Dutch: trajectplan bijstellen: effectief functioneren
   * toevoegen.
   */
  AMEND_PLAN_EFFECTIVE_FUNCTIONING(
      "amend_plan_effective_functioning", ContentPhase.EFFECTIVE_FUNCTIONING, Family.AMEND_PLAN),
  /** Record that the client has new work. Dutch: nieuwe baan vastleggen. */
  RECORD_NEW_JOB("record_new_job", null, Family.OTHER),
  /** Finish the phases of the plan. Dutch: fasen afronden. */
  COMPLETE("complete", null, Family.OTHER);

  /** The families of kinds that come one per phase; {@code OTHER} for the kinds without a phase. */
  private enum Family {
    ENTER,
    STEP_BACK,
    AMEND_PLAN,
    OTHER
  }

  /** Per family, the kind of each phase: filled once from the constants' own fields. */
  private static final Map<Family, Map<ContentPhase, PhaseCommandKind>> BY_PHASE =
      new EnumMap<>(Family.class);

  static {
    for (PhaseCommandKind kind : values()) {
      if (kind.phase != null) {
        BY_PHASE
            .computeIfAbsent(kind.family, f -> new EnumMap<>(ContentPhase.class))
            .put(kind.phase, kind);
      }
    }
  }

  private final String code;
  private final ContentPhase phase;
  private final Family family;

  PhaseCommandKind(String code, ContentPhase phase, Family family) {
    this.code = code;
    this.phase = phase;
    this.family = family;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the phase this kind enters, steps back to or adds to the plan; empty for the other
   *     kinds
   */
  public Optional<ContentPhase> phase() {
    return Optional.ofNullable(phase);
  }

  /**
   * @param phase a content phase
   * @return the kind that moves forward into the phase
   */
  public static PhaseCommandKind enter(ContentPhase phase) {
    return find(Family.ENTER, phase);
  }

  /**
   * @param phase a content phase
   * @return the kind that makes an excursion back to the phase
   */
  public static PhaseCommandKind stepBackTo(ContentPhase phase) {
    return find(Family.STEP_BACK, phase);
  }

  /**
   * @param phase a content phase
   * @return the kind that adds the phase to the plan
   */
  public static PhaseCommandKind amendPlan(ContentPhase phase) {
    return find(Family.AMEND_PLAN, phase);
  }

  /**
   * @return whether this kind moves forward into a phase
   */
  public boolean isEnter() {
    return family == Family.ENTER;
  }

  /**
   * @return whether this kind makes an excursion back to a phase
   */
  public boolean isStepBack() {
    return family == Family.STEP_BACK;
  }

  /**
   * @return whether this kind adds a phase to the plan
   */
  public boolean isAmendPlan() {
    return family == Family.AMEND_PLAN;
  }

  private static PhaseCommandKind find(Family family, ContentPhase phase) {
    return BY_PHASE.get(family).get(Objects.requireNonNull(phase, "phase"));
  }
}

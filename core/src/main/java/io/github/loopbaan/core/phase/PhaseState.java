package io.github.loopbaan.core.phase;

import io.github.loopbaan.core.Coded;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a trajectory stands in its content phases (000): not started, in one of the six phases, or
 * through all of them. The states of the {@link PhaseLifecycle}. Dutch: stand van de fasering.
 */
public enum PhaseState implements Coded {
  /** The intake set the plan; no phase has started yet. Dutch: nog niet gestart. */
  NOT_STARTED("not_started", null),
  /** In phase 1, farewell to work. Dutch: afscheid van werk. */
  FAREWELL_TO_WORK("farewell_to_work", ContentPhase.FAREWELL_TO_WORK),
  /** In phase 2, in-depth self-exploration. Dutch: verdiepend zelfonderzoek. */
  IN_DEPTH_SELF_EXPLORATION("in_depth_self_exploration", ContentPhase.IN_DEPTH_SELF_EXPLORATION),
  /** In phase 3, empowerment. Dutch: empowerment. */
  EMPOWERMENT("empowerment", ContentPhase.EMPOWERMENT),
  /** In phase 4, labour market exploration. Dutch: arbeidsmarkt verkenning. */
  LABOUR_MARKET_EXPLORATION("labour_market_exploration", ContentPhase.LABOUR_MARKET_EXPLORATION),
  /** In phase 5, labour market action. Dutch: arbeidsmarkt bewerking. */
  LABOUR_MARKET_ACTION("labour_market_action", ContentPhase.LABOUR_MARKET_ACTION),
  /**
   * In phase 6, effective functioning in the new job. Dutch: effectief functioneren in nieuwe baan.
   */
  EFFECTIVE_FUNCTIONING("effective_functioning", ContentPhase.EFFECTIVE_FUNCTIONING),
  /** Every phase of the plan has been gone through. Final. Dutch: fasen afgerond. */
  COMPLETED("completed", null);

  private final String code;
  private final ContentPhase phase;

  PhaseState(String code, ContentPhase phase) {
    this.code = code;
    this.phase = phase;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return the content phase of this state; empty for {@link #NOT_STARTED} and {@link #COMPLETED}
   */
  public Optional<ContentPhase> phase() {
    return Optional.ofNullable(phase);
  }

  /**
   * @param phase a content phase
   * @return the state of being in that phase
   */
  public static PhaseState of(ContentPhase phase) {
    Objects.requireNonNull(phase, "phase");
    for (PhaseState state : values()) {
      if (state.phase == phase) {
        return state;
      }
    }
    throw new IllegalArgumentException("no state for the phase");
  }
}

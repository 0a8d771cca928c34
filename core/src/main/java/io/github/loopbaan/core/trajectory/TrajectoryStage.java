package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/**
 * Where a trajectory stands in its process (004: the seven parts of a career guidance trajectory,
 * VDAB). Dutch: fase van het traject (procesfase). The states of the {@link TrajectoryLifecycle}.
 */
public enum TrajectoryStage implements Coded {
  /**
   * Opened; an optional, free introductory conversation may be held. Dutch: aangemeld,
   * kennismaking.
   */
  OPENED("opened"),
  /** The intake is held: topics explained, agreement, goals and phases set. Dutch: intake. */
  INTAKE("intake"),
  /** In-depth conversations with assignments in between. Dutch: verdiepende gesprekken. */
  IN_DEPTH("in_depth"),
  /** The synthesis conversation is held and the POP drawn up. Dutch: synthesegesprek met POP. */
  SYNTHESIS("synthesis"),
  /** The client is invited to the anonymous evaluation. Dutch: evaluatie. */
  EVALUATION("evaluation"),
  /** Aftercare on the client's request, within a year of the synthesis. Dutch: nazorg. */
  AFTERCARE("aftercare"),
  /** Paused, for example while a referral runs; resumes where it stopped. Dutch: gepauzeerd. */
  PAUSED("paused"),
  /** Closed, normally or early. Final. Dutch: afgesloten. */
  CLOSED("closed");

  private final String code;

  TrajectoryStage(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @return whether the trajectory is still open (every stage but {@link #CLOSED})
   */
  public boolean isOpen() {
    return this != CLOSED;
  }
}

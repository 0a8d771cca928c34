package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Coded;

/** The kinds of command of the {@link TrajectoryLifecycle}. Dutch: soort handeling. */
public enum TrajectoryCommandKind implements Coded {
  /** Hold the optional introductory conversation. Dutch: kennismakingsgesprek voeren. */
  HOLD_INTRODUCTORY_CONVERSATION("hold_introductory_conversation"),
  /** Hold the intake. Dutch: intakegesprek voeren. */
  HOLD_INTAKE("hold_intake"),
  /** Hold an in-depth conversation. Dutch: verdiepend gesprek voeren. */
  HOLD_IN_DEPTH_CONVERSATION("hold_in_depth_conversation"),
  /** Hold the synthesis conversation and draw up the POP. Dutch: synthesegesprek voeren. */
  HOLD_SYNTHESIS("hold_synthesis"),
  /** Invite the client to the anonymous evaluation. Dutch: uitnodigen tot evaluatie. */
  INVITE_EVALUATION("invite_evaluation"),
  /** Hold aftercare on the client's request. Dutch: nazorg geven. */
  HOLD_AFTERCARE("hold_aftercare"),
  /**
   * Issue the training attest: the coach declares that a training named in the POP fits it (004
   * §5). Dutch: attest opleiding afleveren.
   */
  ISSUE_TRAINING_ATTEST("issue_training_attest"),
  /**
   * The trajectory's outcome is recorded for reporting, once, in any stage. Dutch: resultaat
   * vastleggen.
   */
  RECORD_OUTCOME("record_outcome"),
  /** Pause the trajectory. Dutch: pauzeren. */
  PAUSE("pause"),
  /** Resume a paused trajectory. Dutch: hervatten. */
  RESUME("resume"),
  /** Close the trajectory after evaluation or aftercare. Dutch: afsluiten. */
  CLOSE("close"),
  /** Stop the trajectory early. Dutch: voortijdig stoppen. */
  STOP_EARLY("stop_early"),
  /**
   * Record a correction of a closed (archived) trajectory: a rectification or an erasure, made with
   * {@link Trajectory#correct}. Dutch: correctie (rechtzetting of wissing).
   */
  CORRECT("correct");

  private final String code;

  TrajectoryCommandKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

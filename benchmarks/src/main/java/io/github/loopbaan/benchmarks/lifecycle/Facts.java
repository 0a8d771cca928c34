package io.github.loopbaan.benchmarks.lifecycle;

import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import java.time.LocalDate;

/**
 * The mutable context the peer libraries' guards and actions work on: what the trajectory's guards
 * need to know, and the command being fired. The peers (stateless4j, COLA, squirrel, Spring
 * Statemachine) keep state in a mutable machine or context, so this is how a user of theirs would
 * write the same lifecycle; it records no events and no history, and holds no sessions.
 *
 * <p>Each peer's actions call {@link #record(TrajectoryCommand)} (the effect) and its guards call
 * the three guard methods, which mirror {@link TrajectoryLifecycle}'s guards exactly.
 */
public final class Facts {

  private boolean agreementSigned;
  private int inDepthHeld;
  private LocalDate synthesis;
  private TrajectoryCommand pending;
  private int recorded;

  /**
   * @return a copy, for preparing machines at each position of the path
   */
  public Facts copy() {
    Facts copy = new Facts();
    copy.agreementSigned = agreementSigned;
    copy.inDepthHeld = inDepthHeld;
    copy.synthesis = synthesis;
    copy.pending = pending;
    copy.recorded = recorded;
    return copy;
  }

  /**
   * Sets the command about to be fired: its date is what {@link #withinYearOfSynthesis()} checks,
   * its payload what {@link #record} records.
   *
   * @param command the command
   * @return this context
   */
  public Facts pending(TrajectoryCommand command) {
    this.pending = command;
    return this;
  }

  /**
   * @return the command being fired
   */
  public TrajectoryCommand pending() {
    return pending;
  }

  /**
   * @return guard {@code agreement_signed}
   */
  public boolean agreementSigned() {
    return agreementSigned;
  }

  /**
   * @return guard {@code in_depth_held}
   */
  public boolean inDepthHeld() {
    return inDepthHeld > 0;
  }

  /**
   * @return guard {@code within_year_of_synthesis}, for the pending command's date
   */
  public boolean withinYearOfSynthesis() {
    return synthesis != null
        && !pending
            .getDate()
            .isAfter(synthesis.plus(FundingRegime.VDAB_004.getAftercareWindow().orElseThrow()));
  }

  /**
   * @return the number of in-depth conversations recorded
   */
  public int inDepthCount() {
    return inDepthHeld;
  }

  /** Records the effect of the pending command: what every peer's transition action does. */
  public void recordPending() {
    recorded++;
    record(pending);
  }

  /**
   * @return how many transition actions ran: lets a caller see that a guard refused
   */
  public int recorded() {
    return recorded;
  }

  /**
   * The effect of a command on the facts the guards need.
   *
   * @param command the command applied
   */
  public void record(TrajectoryCommand command) {
    switch (command.getKind()) {
      case HOLD_INTAKE:
        agreementSigned = ((TrajectoryCommand.HoldIntake) command).getAgreement().isSigned();
        break;
      case HOLD_IN_DEPTH_CONVERSATION:
        inDepthHeld++;
        break;
      case HOLD_SYNTHESIS:
        synthesis = command.getDate();
        break;
      default:
        break;
    }
  }
}

package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryStage;

/**
 * How far a trajectory has come, read from its facts and its history, so that a rule applies only
 * once it is due: a draft is never wrong for lacking what comes later. Not public.
 */
final class Progress {

  private Progress() {}

  /**
   * @return whether the intake was held: an intake event, a held intake session or an agreement's
   *     intake day
   */
  static boolean intakeHeld(Trajectory t) {
    return hasEvent(t, TrajectoryCommandKind.HOLD_INTAKE) || t.intakeDate().isPresent();
  }

  /**
   * @return whether the synthesis was held: a synthesis event or a held synthesis session
   */
  static boolean synthesisHeld(Trajectory t) {
    return hasEvent(t, TrajectoryCommandKind.HOLD_SYNTHESIS) || t.synthesisDate().isPresent();
  }

  /**
   * @return whether the trajectory is closed
   */
  static boolean closed(Trajectory t) {
    return t.getStage() == TrajectoryStage.CLOSED;
  }

  private static boolean hasEvent(Trajectory t, TrajectoryCommandKind kind) {
    for (Event<TrajectoryStage, TrajectoryCommand> event : t.getHistory()) {
      if (event.getCommand().getKind() == kind) {
        return true;
      }
    }
    return false;
  }
}

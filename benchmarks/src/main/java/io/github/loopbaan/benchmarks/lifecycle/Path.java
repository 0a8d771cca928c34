package io.github.loopbaan.benchmarks.lifecycle;

import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.ArrayList;
import java.util.List;

/**
 * Helpers shared by the lifecycle benchmarks and their tests: the path played by Loopbaan and the
 * limit.
 */
public final class Path {

  /** Where each command of the path leads, in order. */
  public static final List<TrajectoryStage> TARGETS =
      List.of(
          TrajectoryStage.OPENED,
          TrajectoryStage.INTAKE,
          TrajectoryStage.IN_DEPTH,
          TrajectoryStage.SYNTHESIS,
          TrajectoryStage.EVALUATION,
          TrajectoryStage.AFTERCARE,
          TrajectoryStage.CLOSED);

  private Path() {}

  /**
   * Plays the path with Loopbaan from the opened trajectory.
   *
   * @param path the path
   * @return the closed trajectory
   * @throws io.github.loopbaan.core.lifecycle.CommandRejectedException when a command is rejected
   */
  public static Trajectory loopbaan(TrajectoryPath path) {
    Trajectory t = path.opened();
    for (TrajectoryCommand command : path.commands()) {
      t = TrajectoryLifecycle.MACHINE.apply(t, command).orElseThrow();
    }
    return t;
  }

  /**
   * Plays the path with the limit.
   *
   * @param path the path
   * @return the final value, or null when a command is not allowed
   */
  public static Baseline baseline(TrajectoryPath path) {
    Baseline b = Baseline.open(path.opened().getOpenedOn());
    for (TrajectoryCommand command : path.commands()) {
      b = b.apply(command);
      if (b == null) {
        return null;
      }
    }
    return b;
  }

  /**
   * @param path the path
   * @return the trajectory before each command of the path (Loopbaan)
   */
  public static List<Trajectory> loopbaanPositions(TrajectoryPath path) {
    List<Trajectory> result = new ArrayList<>();
    Trajectory t = path.opened();
    for (TrajectoryCommand command : path.commands()) {
      result.add(t);
      t = TrajectoryLifecycle.MACHINE.apply(t, command).getValue().orElse(t);
    }
    return result;
  }

  /**
   * @param path the path
   * @return the value before each command of the path (the limit)
   */
  public static List<Baseline> baselinePositions(TrajectoryPath path) {
    List<Baseline> result = new ArrayList<>();
    Baseline b = Baseline.open(path.opened().getOpenedOn());
    for (TrajectoryCommand command : path.commands()) {
      result.add(b);
      Baseline next = b.apply(command);
      b = next == null ? b : next;
    }
    return result;
  }

  /**
   * @param path the path
   * @return the stage before each command of the path
   */
  public static List<TrajectoryStage> stagesBefore(TrajectoryPath path) {
    List<TrajectoryStage> result = new ArrayList<>();
    for (Trajectory t : loopbaanPositions(path)) {
      result.add(t.getStage());
    }
    return result;
  }
}

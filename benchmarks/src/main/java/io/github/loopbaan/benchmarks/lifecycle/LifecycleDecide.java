package io.github.loopbaan.benchmarks.lifecycle;

import io.github.loopbaan.benchmarks.Config;
import io.github.loopbaan.benchmarks.Measures;
import io.github.loopbaan.core.lifecycle.Verdict;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lifecycle, decide: for each of the seven positions of the trajectory path (the value before each
 * command), is the command allowed and where does it lead. One operation is seven decisions. Each
 * method returns how many of the seven answers are "allowed" (and, where the library says so, lead
 * to the expected stage): 7 when the setup is right, which the module's tests check.
 */
@Measures(
    "For each of the seven positions of the trajectory path (the value before each command), is the "
        + "command allowed and where does it lead: one operation is seven decisions.")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(
    value = Config.FORKS,
    jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = Config.WARMUP, time = Config.SECONDS)
@Measurement(iterations = Config.MEASUREMENT, time = Config.SECONDS)
@State(Scope.Benchmark)
public class LifecycleDecide {

  private TrajectoryCommand[] commands;
  private TrajectoryCommandKind[] kinds;
  private TrajectoryStage[] targets;
  private TrajectoryStage[] stagesBefore;
  private Baseline[] baseline;
  private Trajectory[] loopbaan;
  private Stateless4jLifecycle stateless4j;
  private Stateless4jLifecycle.Position[] stateless4jPositions;
  private ColaLifecycle cola;
  private SquirrelLifecycle squirrel;
  private SquirrelLifecycle.Position[] squirrelPositions;

  /** Prepares every contender at every position of the signed path. */
  @Setup
  public void setup() {
    setup(TrajectoryPath.create(true));
  }

  /**
   * Prepares every contender at every position of a path.
   *
   * @param path the path
   */
  public void setup(TrajectoryPath path) {
    commands = path.commands().toArray(new TrajectoryCommand[0]);
    kinds =
        path.commands().stream()
            .map(TrajectoryCommand::getKind)
            .toArray(TrajectoryCommandKind[]::new);
    targets = Path.TARGETS.toArray(new TrajectoryStage[0]);
    stagesBefore = Path.stagesBefore(path).toArray(new TrajectoryStage[0]);
    baseline = Path.baselinePositions(path).toArray(new Baseline[0]);
    loopbaan = Path.loopbaanPositions(path).toArray(new Trajectory[0]);
    stateless4j = new Stateless4jLifecycle();
    stateless4jPositions =
        stateless4j.positions(path.commands()).toArray(new Stateless4jLifecycle.Position[0]);
    cola = new ColaLifecycle();
    squirrel = new SquirrelLifecycle();
    squirrelPositions =
        squirrel.positions(path.commands()).toArray(new SquirrelLifecycle.Position[0]);
  }

  /**
   * @param bh the sink
   * @return the number of positions whose command is allowed and leads to the expected stage
   */
  @Benchmark
  @Measures(
      "The limit: a hand-written `switch` over the stage with the guards and date checks inline, on a minimal "
          + "record; answers the target stage or null.")
  public int baseline(Blackhole bh) {
    int ok = 0;
    for (int i = 0; i < commands.length; i++) {
      TrajectoryStage target = baseline[i].decide(kinds[i], commands[i].getDate());
      bh.consume(target);
      ok += target == targets[i] ? 1 : 0;
    }
    return ok;
  }

  /**
   * @param bh the sink
   * @return the number of positions whose command is allowed and leads to the expected stage
   */
  @Benchmark
  @Measures(
      "Loopbaan: `TrajectoryLifecycle.MACHINE.decide(trajectory, command)`, a `Verdict` with the target "
          + "stage, or every reason when rejected; guards and date checks evaluated.")
  public int loopbaan(Blackhole bh) {
    int ok = 0;
    for (int i = 0; i < commands.length; i++) {
      Verdict<TrajectoryStage, TrajectoryCommandKind> verdict =
          TrajectoryLifecycle.MACHINE.decide(loopbaan[i], commands[i]);
      bh.consume(verdict);
      ok += verdict.isAllowed() && verdict.getTarget().orElse(null) == targets[i] ? 1 : 0;
    }
    return ok;
  }

  /**
   * @param bh the sink
   * @return the number of positions whose command may fire
   */
  @Benchmark
  @Measures(
      "stateless4j: `canFire(trigger)` on a machine in the position's state; guards evaluated, no target, "
          + "no reasons.")
  public int stateless4j(Blackhole bh) {
    int ok = 0;
    for (Stateless4jLifecycle.Position position : stateless4jPositions) {
      boolean allowed = stateless4j.decide(position);
      bh.consume(allowed);
      ok += allowed ? 1 : 0;
    }
    return ok;
  }

  /**
   * @param bh the sink
   * @return the number of positions that have a transition for their command
   */
  @Benchmark
  @Measures(
      "COLA: `verify(state, event)`, a table look-up; COLA has no guarded dry run, so guards are *not* "
          + "evaluated: a lower bound for COLA.")
  public int cola(Blackhole bh) {
    int ok = 0;
    for (int i = 0; i < kinds.length; i++) {
      boolean allowed = cola.decide(stagesBefore[i], kinds[i]);
      bh.consume(allowed);
      ok += allowed ? 1 : 0;
    }
    return ok;
  }

  /**
   * @param bh the sink
   * @return the number of positions whose command leads to the expected stage
   */
  @Benchmark
  @Measures(
      "squirrel: `test(event, context)`, its dry run: guards evaluated, answers the target state.")
  public int squirrel(Blackhole bh) {
    int ok = 0;
    for (int i = 0; i < squirrelPositions.length; i++) {
      TrajectoryStage target = squirrel.decide(squirrelPositions[i]);
      bh.consume(target);
      ok += target == targets[i] ? 1 : 0;
    }
    return ok;
  }
}

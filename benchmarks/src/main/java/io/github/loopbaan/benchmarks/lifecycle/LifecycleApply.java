package io.github.loopbaan.benchmarks.lifecycle;

import io.github.loopbaan.benchmarks.Config;
import io.github.loopbaan.benchmarks.Measures;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.List;
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

/**
 * Lifecycle, apply: the whole trajectory path from a fresh start, seven commands from opened to
 * closed, guards evaluated on the way. One operation is the whole path. Each method returns what
 * the path ends with (the closed value or its stage), which the module's tests check is closed.
 *
 * <p>A fresh start: Loopbaan and the limit start from an immutable opened value made once
 * (immutable values can be shared); the stateful peers need a new machine (stateless4j, squirrel)
 * or a reset one (Spring) per path, and that is measured as part of their path.
 */
@Measures(
    "The whole trajectory path from a fresh start, seven commands from opened to closed "
        + "(introductory, intake, in-depth, synthesis, evaluation, aftercare, close), guards agreement "
        + "signed, in-depth held and within a year of synthesis evaluated: one operation is the whole "
        + "path.")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(
    value = Config.FORKS,
    jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = Config.WARMUP, time = Config.SECONDS)
@Measurement(iterations = Config.MEASUREMENT, time = Config.SECONDS)
@State(Scope.Benchmark)
public class LifecycleApply {

  private TrajectoryPath path;
  private List<TrajectoryCommand> commands;
  private Stateless4jLifecycle stateless4j;
  private ColaLifecycle cola;
  private SquirrelLifecycle squirrel;
  private SpringLifecycle spring;

  /** Builds the path and every contender's table. */
  @Setup
  public void setup() {
    path = TrajectoryPath.create(true);
    commands = path.commands();
    stateless4j = new Stateless4jLifecycle();
    cola = new ColaLifecycle();
    squirrel = new SquirrelLifecycle();
    spring = new SpringLifecycle();
  }

  /**
   * @return the final value of the limit
   */
  @Benchmark
  @Measures(
      "The limit: the `switch` with guards inline, each command a new minimal immutable record (stage and "
          + "guard facts); no events, no history, no sessions.")
  public Baseline baseline() {
    return Path.baseline(path);
  }

  /**
   * @return the closed trajectory
   */
  @Benchmark
  @Measures(
      "Loopbaan: `TrajectoryLifecycle.MACHINE.apply` seven times: each a new immutable `Trajectory` (the "
          + "command's effect: sessions held, agreement, plan, POP, ...), an `Event` and a longer `History`, "
          + "structural checks run on every new value.")
  public Trajectory loopbaan() {
    return Path.loopbaan(path);
  }

  /**
   * @return the stage reached
   */
  @Benchmark
  @Measures(
      "stateless4j: a new `StateMachine` on the shared config, then `fire` seven times; guards and "
          + "transition actions update a mutable context.")
  public TrajectoryStage stateless4j() {
    return stateless4j.run(commands);
  }

  /**
   * @return the stage reached
   */
  @Benchmark
  @Measures(
      "COLA: `fireEvent(state, event, context)` seven times on the one stateless machine; conditions and "
          + "actions on a mutable context.")
  public TrajectoryStage cola() {
    return cola.run(commands);
  }

  /**
   * @return the stage reached
   */
  @Benchmark
  @Measures(
      "squirrel: `newStateMachine(OPENED)` from the shared builder, then `fire(event, context)` seven "
          + "times.")
  public TrajectoryStage squirrel() {
    return squirrel.run(commands);
  }

  /**
   * @return the stage reached
   */
  @Benchmark
  @Measures(
      "Spring Statemachine: stop, reset to opened with new extended state, start, then seven reactive "
          + "`sendEvent` calls each awaited.")
  public TrajectoryStage spring() {
    return spring.run(commands);
  }
}

package io.github.loopbaan.benchmarks.lifecycle;

import io.github.loopbaan.benchmarks.Config;
import io.github.loopbaan.benchmarks.Measures;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryCommandKind;
import java.time.LocalDate;
import java.util.Collection;
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
 * Lifecycle, possible: for each of the seven positions of the trajectory path, which command kinds
 * are possible on the day of the position's command (every kind decided, guards evaluated). One
 * operation is seven such questions. Each method returns the total number of possible kinds over
 * the seven positions.
 */
@Measures(
    "For each of the seven positions of the path, every command kind decided on the day of the "
        + "position's command (ask before acting): one operation is seven such questions.")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(
    value = Config.FORKS,
    jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = Config.WARMUP, time = Config.SECONDS)
@Measurement(iterations = Config.MEASUREMENT, time = Config.SECONDS)
@State(Scope.Benchmark)
public class LifecyclePossible {

  private LocalDate[] days;
  private Baseline[] baseline;
  private Trajectory[] loopbaan;
  private Stateless4jLifecycle stateless4j;
  private Stateless4jLifecycle.Position[] stateless4jPositions;

  /** Prepares every contender at every position of the signed path. */
  @Setup
  public void setup() {
    TrajectoryPath path = TrajectoryPath.create(true);
    days = path.commands().stream().map(TrajectoryCommand::getDate).toArray(LocalDate[]::new);
    baseline = Path.baselinePositions(path).toArray(new Baseline[0]);
    loopbaan = Path.loopbaanPositions(path).toArray(new Trajectory[0]);
    stateless4j = new Stateless4jLifecycle();
    stateless4jPositions =
        stateless4j.positions(path.commands()).toArray(new Stateless4jLifecycle.Position[0]);
  }

  /**
   * @param bh the sink
   * @return the number of possible kinds, summed over the positions
   */
  @Benchmark
  @Measures("The limit: the `switch` asked for each of the ten command kinds, into an `EnumSet`.")
  public int baseline(Blackhole bh) {
    int n = 0;
    for (int i = 0; i < days.length; i++) {
      Collection<TrajectoryCommandKind> possible = baseline[i].possible(days[i]);
      bh.consume(possible);
      n += possible.size();
    }
    return n;
  }

  /**
   * @param bh the sink
   * @return the number of possible kinds, summed over the positions
   */
  @Benchmark
  @Measures(
      "Loopbaan: `Trajectory.possibleCommands(day)`, every kind decided through the table, with reasons "
          + "built for the rejected ones.")
  public int loopbaan(Blackhole bh) {
    int n = 0;
    for (int i = 0; i < days.length; i++) {
      Collection<TrajectoryCommandKind> possible = loopbaan[i].possibleCommands(days[i]);
      bh.consume(possible);
      n += possible.size();
    }
    return n;
  }

  /**
   * @param bh the sink
   * @return the number of permitted triggers, summed over the positions
   */
  @Benchmark
  @Measures(
      "stateless4j: `getPermittedTriggers()`, guards evaluated (its table has no pause or resume rows).")
  public int stateless4j(Blackhole bh) {
    int n = 0;
    for (Stateless4jLifecycle.Position position : stateless4jPositions) {
      Collection<TrajectoryCommandKind> possible = stateless4j.possible(position);
      bh.consume(possible);
      n += possible.size();
    }
    return n;
  }

  /**
   * @param i a position of the path
   * @return the kinds possible there for the limit, for the tests
   */
  Collection<TrajectoryCommandKind> baselineAt(int i) {
    return baseline[i].possible(days[i]);
  }

  /**
   * @param i a position of the path
   * @return the kinds possible there for Loopbaan, for the tests
   */
  Collection<TrajectoryCommandKind> loopbaanAt(int i) {
    return loopbaan[i].possibleCommands(days[i]);
  }

  /**
   * @param i a position of the path
   * @return the triggers permitted there for stateless4j, for the tests
   */
  Collection<TrajectoryCommandKind> stateless4jAt(int i) {
    return stateless4j.possible(stateless4jPositions[i]);
  }
}

package io.github.loopbaan.benchmarks.lifecycle;

import io.github.loopbaan.benchmarks.Config;
import io.github.loopbaan.benchmarks.Measures;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.lifecycle.History;
import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.session.Session;
import io.github.loopbaan.core.session.SessionKind;
import io.github.loopbaan.core.session.SessionMode;
import io.github.loopbaan.core.trajectory.PauseReason;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * History growth: one more command (an in-depth conversation) applied to a trajectory that already
 * holds {@code events} events. The cost should not grow with the history.
 *
 * <p>A trajectory's structural check and its guards look at its sessions, so two setups separate
 * the effects: {@code historyOnly} grows the history with pause/resume pairs (after an intake and
 * one in-depth conversation: two sessions whatever the length), {@code historyAndSessions} grows it
 * with in-depth conversations (one session per event, as a long real trajectory would). {@code
 * historyAppend} is the engine's {@link History#append} alone, on the first setup's history.
 */
@Measures(
    "One more command (an in-depth conversation) applied to a trajectory that already holds `events` events; "
        + "the column *x smallest* compares each row with the same benchmark at 10 events.")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(
    value = Config.FORKS,
    jvmArgsAppend = {Config.XMS, Config.XMX, Config.GC})
@Warmup(iterations = Config.WARMUP, time = Config.SECONDS)
@Measurement(iterations = Config.MEASUREMENT, time = Config.SECONDS)
@State(Scope.Benchmark)
public class HistoryGrowth {

  /** The number of events the trajectory holds before the measured command. */
  @Param({"10", "100", "1000", "10000"})
  public int events;

  private Trajectory historyOnly;
  private Trajectory historyAndSessions;
  private TrajectoryCommand nextOnHistoryOnly;
  private TrajectoryCommand nextOnHistoryAndSessions;
  private History<Event<TrajectoryStage, TrajectoryCommand>> history;
  private Event<TrajectoryStage, TrajectoryCommand> nextEvent;
  private Baseline baseline;

  /**
   * Builds, by applying commands (so they are exactly what the library would hold), only what the
   * benchmark about to run needs: the O(n&sup2;) build of a 10,000-session trajectory is not paid
   * by the others.
   *
   * @param params the benchmark about to run
   */
  @Setup
  public void setup(BenchmarkParams params) {
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    setup(
        method.equals("historyOnly") || method.equals("historyAppend"),
        method.equals("historyAndSessions"));
  }

  /**
   * @param pauses whether to build the trajectory grown by pause/resume pairs (and the history to
   *     append to)
   * @param conversations whether to build the trajectory grown by conversations
   */
  public void setup(boolean pauses, boolean conversations) {
    TrajectoryPath path = TrajectoryPath.create(true);
    Trajectory start = apply(apply(path.opened(), path.commands().get(1)), path.commands().get(2));
    int sessions = start.getSessions().size();
    if (pauses) {
      LocalDate day = start.getHistory().last().getDate();
      Trajectory t = start;
      while (t.getHistory().size() + 2 <= events) {
        day = day.plusDays(1);
        t = apply(t, TrajectoryCommand.pause(day, PauseReason.CLIENT_REQUEST, Optional.empty()));
        t = apply(t, TrajectoryCommand.resume(day));
      }
      while (t.getHistory().size() < events) {
        day = day.plusDays(1);
        t = apply(t, inDepth(++sessions, day));
      }
      historyOnly = t;
      nextOnHistoryOnly = inDepth(++sessions, day.plusDays(1));
      history = historyOnly.getHistory();
      nextEvent =
          new Event<>(
              history.size() + 1L,
              TrajectoryLifecycle.MACHINE.getName(),
              TrajectoryStage.IN_DEPTH,
              TrajectoryStage.IN_DEPTH,
              nextOnHistoryOnly);
    }
    LocalDate conversationDay = start.getHistory().last().getDate();
    if (conversations) {
      Trajectory c = start;
      while (c.getHistory().size() < events) {
        conversationDay = conversationDay.plusDays(1);
        c = apply(c, inDepth(++sessions, conversationDay));
      }
      historyAndSessions = c;
    }
    // Registered on the first voucher, as 004 registers a session: the voucher's hours are counted
    // on the grown list (they were counted by a scan of every session until 2026-12-05).
    nextOnHistoryAndSessions =
        TrajectoryCommand.holdInDepthConversation(
            Session.builder()
                .from(
                    TrajectoryPath.session(
                        "g-" + ++sessions,
                        SessionKind.IN_DEPTH,
                        conversationDay.plusDays(1),
                        60,
                        SessionMode.VIDEO))
                .voucher(1)
                .build());
    baseline =
        Baseline.open(path.opened().getOpenedOn())
            .apply(path.commands().get(1))
            .apply(path.commands().get(2));
  }

  private static Trajectory apply(Trajectory t, TrajectoryCommand command) {
    return TrajectoryLifecycle.MACHINE.apply(t, command).orElseThrow();
  }

  private static TrajectoryCommand inDepth(int number, LocalDate day) {
    return TrajectoryCommand.holdInDepthConversation(
        TrajectoryPath.session("g-" + number, SessionKind.IN_DEPTH, day, 60, SessionMode.VIDEO));
  }

  /**
   * @return the new value of the limit
   */
  @Benchmark
  @Measures(
      "The limit: one in-depth conversation applied by the `switch` to its minimal record (which keeps no "
          + "history): the same whatever `events`.")
  public Baseline baseline() {
    return baseline.apply(nextOnHistoryAndSessions);
  }

  /**
   * @return the outcome
   */
  @Benchmark
  @Measures(
      "Loopbaan, history grown by pause/resume pairs (two sessions whatever `events`): isolates the cost of "
          + "the history.")
  public Outcome<Trajectory> historyOnly() {
    return TrajectoryLifecycle.MACHINE.apply(historyOnly, nextOnHistoryOnly);
  }

  /**
   * @return the outcome
   */
  @Benchmark
  @Measures(
      "Loopbaan, history grown by in-depth conversations (one session per event): history plus the session "
          + "list, as a long real trajectory; the measured conversation is registered on the first voucher, so its "
          + "hours are counted on the grown list.")
  public Outcome<Trajectory> historyAndSessions() {
    return TrajectoryLifecycle.MACHINE.apply(historyAndSessions, nextOnHistoryAndSessions);
  }

  /**
   * @return the longer history
   */
  @Benchmark
  @Measures("The engine alone: `History.append` of one event to a history of `events` events.")
  public History<Event<TrajectoryStage, TrajectoryCommand>> historyAppend() {
    return history.append(nextEvent);
  }

  /**
   * @return the trajectory whose history grew by pause/resume pairs, for the tests
   */
  Trajectory historyOnlyTrajectory() {
    return historyOnly;
  }

  /**
   * @return the trajectory whose history grew by conversations, for the tests
   */
  Trajectory historyAndSessionsTrajectory() {
    return historyAndSessions;
  }
}

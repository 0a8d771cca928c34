package io.github.loopbaan.serialization;

import io.github.loopbaan.core.lifecycle.Outcome;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryLifecycle;
import io.github.loopbaan.format.View;
import io.github.loopbaan.testkit.LifecycleWalks;
import io.github.loopbaan.testkit.StressRun;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The shared {@link LoopbaanJson} mapper (read and write, full and restricted views) and the
 * trajectory state machine ({@code apply} and {@code decide} of {@link
 * TrajectoryLifecycle#MACHINE}) used from {@value #THREADS} threads at once give exactly what one
 * thread gets: a bounded stress test, each thread started at the same moment by a latch, with a
 * timeout. Prints one summary line ({@code concurrency (mapper, state machine): ...}).
 */
class ConcurrencyProperties {

  static final int THREADS = 8;
  static final int ROUNDS = 3;
  private static final LoopbaanJson JSON = LoopbaanJson.standard();
  private static final AtomicLong RUNS = new AtomicLong();
  private static final AtomicLong OPERATIONS = new AtomicLong();

  @AfterContainer
  static void summary() {
    System.out.printf(
        "concurrency (mapper, state machine): %d runs of %d threads x %d rounds, %d operations, "
            + "all equal to one thread%n",
        RUNS.get(), THREADS, ROUNDS, OPERATIONS.get());
  }

  @Property(tries = 5, shrinking = ShrinkingMode.OFF)
  void many_threads_read_write_apply_and_decide_as_one_thread_does(
      @ForAll("walks") List<LifecycleWalks.Walk<Trajectory, TrajectoryCommand>> walks)
      throws Exception {
    List<Object> expected =
        StressRun.of(THREADS, ROUNDS, Duration.ofSeconds(120)).sameAsOneThread(() -> job(walks));
    RUNS.incrementAndGet();
    OPERATIONS.addAndGet((long) expected.size() * THREADS * ROUNDS);
  }

  /**
   * @return what applying, deciding, writing and reading give for the walks: one element per
   *     operation
   */
  private static List<Object> job(List<LifecycleWalks.Walk<Trajectory, TrajectoryCommand>> walks) {
    List<Object> results = new ArrayList<>();
    for (LifecycleWalks.Walk<Trajectory, TrajectoryCommand> walk : walks) {
      for (LifecycleWalks.Step<Trajectory, TrajectoryCommand> step : walk.steps()) {
        Outcome<Trajectory> outcome =
            TrajectoryLifecycle.MACHINE.apply(step.before(), step.command());
        results.add(
            List.of(
                outcome.isApplied(), outcome.getValue(), outcome.getEvent(), outcome.getReasons()));
        results.add(TrajectoryLifecycle.MACHINE.decide(step.before(), step.command()));
      }
      String document = JSON.writeDocument(walk.end());
      results.add(document);
      results.add(JSON.readDocument(document, Trajectory.class));
      results.add(LoopbaanJson.writer(View.COMMISSIONER).write(walk.end()));
      results.add(LoopbaanJson.writer(View.ANONYMISED).write(walk.end()));
    }
    return results;
  }

  @Provide
  Arbitrary<List<LifecycleWalks.Walk<Trajectory, TrajectoryCommand>>> walks() {
    return TrajectoryArbitraries.walks().list().ofSize(10);
  }
}

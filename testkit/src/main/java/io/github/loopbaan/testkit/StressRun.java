package io.github.loopbaan.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A bounded stress test: the same job on many threads at once, every result compared with the
 * result of one thread. For checking that a shared instance (a validator, a mapper, a state machine
 * table) gives from many threads exactly what it gives from one.
 *
 * <p>The job runs once on the calling thread for the expected result, then {@code rounds} times on
 * each of {@code threads} threads, which a latch starts at the same moment. Every thread must
 * finish within the timeout. The job must be deterministic: equal inputs give equal ({@link
 * Object#equals}) results.
 *
 * <pre>{@code
 * StressRun.of(8, 3, Duration.ofSeconds(120)).sameAsOneThread(() -> validator.validate(trajectory, RuleSet.BASE));
 * }</pre>
 *
 * <p>Failure messages name the thread and the round, never the results (they may hold generated
 * personal texts). Construction throws {@link IllegalArgumentException} when threads or rounds is
 * below 1 or the timeout is not positive.
 *
 * @param threads the number of threads, at least 1
 * @param rounds the runs of the job per thread, at least 1
 * @param timeout how long the threads may take together, positive
 */
public record StressRun(int threads, int rounds, Duration timeout) {

  /**
   * @param threads the number of threads, at least 1
   * @param rounds the runs of the job per thread, at least 1
   * @param timeout how long the threads may take together, positive
   * @throws IllegalArgumentException when threads or rounds is below 1 or the timeout is not
   *     positive
   */
  public StressRun {
    if (threads < 1 || rounds < 1) {
      throw new IllegalArgumentException(
          "StressRun: threads and rounds must be at least 1 (rule: positive)");
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("StressRun: timeout must be positive (rule: positive)");
    }
  }

  /**
   * @param threads the number of threads, at least 1
   * @param rounds the runs of the job per thread, at least 1
   * @param timeout how long the threads may take together, positive
   * @return the stress run
   */
  public static StressRun of(int threads, int rounds, Duration timeout) {
    return new StressRun(threads, rounds, timeout);
  }

  /**
   * Runs the job on one thread, then on every thread at once, and compares.
   *
   * @param job the work; called {@code 1 + threads * rounds} times
   * @param <T> the job's result
   * @return the single-threaded result (every other result equals it)
   * @throws AssertionError when a thread's result differs, a thread fails, or the timeout passes
   * @throws Exception when the single-threaded run fails
   */
  public <T> T sameAsOneThread(Callable<T> job) throws Exception {
    Objects.requireNonNull(job, "job");
    T expected = job.call();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<T> results = new ArrayList<>(rounds);
                  for (int r = 0; r < rounds; r++) {
                    results.add(job.call());
                  }
                  return results;
                }));
      }
      start.countDown();
      long deadline = System.nanoTime() + timeout.toNanos();
      for (int t = 0; t < threads; t++) {
        List<T> results;
        try {
          results =
              futures.get(t).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
          throw new AssertionError(
              "thread " + t + " failed: " + e.getCause().getClass().getName(), e.getCause());
        } catch (TimeoutException e) {
          throw new AssertionError("the threads did not finish within " + timeout, e);
        }
        for (int r = 0; r < rounds; r++) {
          if (!Objects.equals(results.get(r), expected)) {
            throw new AssertionError(
                "thread " + t + ", round " + r + ": the result differs from one thread's");
          }
        }
      }
      return expected;
    } finally {
      pool.shutdownNow();
    }
  }
}

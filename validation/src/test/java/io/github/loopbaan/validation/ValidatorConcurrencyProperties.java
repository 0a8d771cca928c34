package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.testkit.PlanArbitraries;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * One {@link LoopbaanValidator} shared by {@value #THREADS} threads, all started at once, gives for generated
 * trajectories and development plans the same reports, with the same messages in nl and en, as one thread: a
 * bounded stress test with a timeout (complements {@code ThreadSafetyTest}, which uses one fixed value per rule).
 */
class ValidatorConcurrencyProperties {

  static final int THREADS = 8;
  static final int ROUNDS = 3;
  private static final LoopbaanValidator SHARED = LoopbaanValidator.create();
  private static final AtomicLong RUNS = new AtomicLong();
  private static final AtomicLong OPERATIONS = new AtomicLong();

  @AfterContainer
  static void summary() {
    SHARED.close();
    System.out.printf("concurrency (validator): %d runs of %d threads x %d rounds, %d validations, "
        + "all equal to one thread%n", RUNS.get(), THREADS, ROUNDS, OPERATIONS.get());
  }

  @Property(tries = 10, shrinking = ShrinkingMode.OFF)
  void many_threads_get_the_reports_one_thread_gets(@ForAll("values") List<Object> values) throws Exception {
    List<Object> expected = job(values);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<Object>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<List<Object>>> task = () -> {
          start.await();
          List<List<Object>> rounds = new ArrayList<>();
          for (int r = 0; r < ROUNDS; r++) {
            rounds.add(job(values));
          }
          return rounds;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<List<Object>>> future : futures) {
        for (List<Object> round : future.get(120, TimeUnit.SECONDS)) {
          assertThat(round).as("reports of a thread").isEqualTo(expected);
        }
      }
      RUNS.incrementAndGet();
      OPERATIONS.addAndGet((long) values.size() * THREADS * ROUNDS);
    } finally {
      pool.shutdownNow();
    }
  }

  /** @return per value its report and the messages of its violations in nl and en */
  private static List<Object> job(List<Object> values) {
    List<Object> results = new ArrayList<>();
    for (Object value : values) {
      ValidationReport report = SHARED.validate(value, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER);
      results.add(report);
      for (Violation v : report.violations()) {
        results.add(v.message(Locale.forLanguageTag("nl")));
        results.add(v.message(Locale.ENGLISH));
      }
    }
    return results;
  }

  @Provide
  Arbitrary<List<Object>> values() {
    return Arbitraries.oneOf(TrajectoryArbitraries.trajectories().map(Object.class::cast),
        PlanArbitraries.developmentPlans().map(Object.class::cast)).list().ofSize(20);
  }
}

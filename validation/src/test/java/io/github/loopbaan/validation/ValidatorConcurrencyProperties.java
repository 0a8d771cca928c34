package io.github.loopbaan.validation;

import io.github.loopbaan.testkit.PlanArbitraries;
import io.github.loopbaan.testkit.StressRun;
import io.github.loopbaan.testkit.TrajectoryArbitraries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * One {@link LoopbaanValidator} shared by {@value #THREADS} threads, all started at once, gives for
 * generated trajectories and development plans the same reports, with the same messages in nl and
 * en, as one thread: a bounded stress test with a timeout (complements {@code ThreadSafetyTest},
 * which uses one fixed value per rule).
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
    System.out.printf(
        "concurrency (validator): %d runs of %d threads x %d rounds, %d validations, "
            + "all equal to one thread%n",
        RUNS.get(), THREADS, ROUNDS, OPERATIONS.get());
  }

  @Property(tries = 10, shrinking = ShrinkingMode.OFF)
  void many_threads_get_the_reports_one_thread_gets(@ForAll("values") List<Object> values)
      throws Exception {
    StressRun.of(THREADS, ROUNDS, Duration.ofSeconds(120)).sameAsOneThread(() -> job(values));
    RUNS.incrementAndGet();
    OPERATIONS.addAndGet((long) values.size() * THREADS * ROUNDS);
  }

  /**
   * @return per value its report and the messages of its violations in nl and en
   */
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
    return Arbitraries.oneOf(
            TrajectoryArbitraries.trajectories().map(Object.class::cast),
            PlanArbitraries.developmentPlans().map(Object.class::cast))
        .list()
        .ofSize(20);
  }
}

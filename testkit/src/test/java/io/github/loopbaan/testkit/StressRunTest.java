package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link StressRun} runs the job on every thread, and notices a differing result, a failure and a
 * hang.
 */
class StressRunTest {

  private static final StressRun RUN = StressRun.of(4, 3, Duration.ofSeconds(30));

  @Test
  void runs_the_job_once_alone_then_rounds_times_on_every_thread_and_returns_the_single_result()
      throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String result =
        RUN.sameAsOneThread(
            () -> {
              calls.incrementAndGet();
              return "same";
            });
    assertThat(result).isEqualTo("same");
    assertThat(calls).hasValue(1 + 4 * 3);
  }

  @Test
  void a_result_that_depends_on_the_thread_fails_without_showing_the_results() {
    assertThatThrownBy(
            () -> RUN.sameAsOneThread(() -> "secret " + Thread.currentThread().getName()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("differs from one thread's")
        .hasMessageNotContaining("secret");
  }

  @Test
  void a_failing_thread_fails_the_run_with_its_cause() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                RUN.sameAsOneThread(
                    () -> {
                      if (calls.incrementAndGet() > 1) {
                        throw new IllegalStateException("broken under load");
                      }
                      return 1;
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void threads_that_do_not_finish_in_time_fail_the_run() {
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    StressRun quick = StressRun.of(2, 1, Duration.ofMillis(200));
    assertThatThrownBy(
            () ->
                quick.sameAsOneThread(
                    () -> {
                      if (calls.incrementAndGet() > 1) {
                        never.await();
                      }
                      return 1;
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not finish");
  }

  @Test
  void rejects_impossible_settings_naming_the_rule() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StressRun.of(0, 1, Duration.ofSeconds(1)))
        .withMessageContaining("positive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StressRun.of(1, 0, Duration.ofSeconds(1)))
        .withMessageContaining("positive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StressRun.of(1, 1, Duration.ZERO))
        .withMessageContaining("positive");
  }
}

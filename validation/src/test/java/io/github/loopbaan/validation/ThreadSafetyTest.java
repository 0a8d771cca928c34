package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.testkit.RuleArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One validator shared by several threads gives the same reports as one thread. */
class ThreadSafetyTest {

  @Test
  void several_threads_get_the_same_reports() throws Exception {
    List<Object> values =
        RuleExamplesTest.codes()
            .map(
                code ->
                    RuleArbitraries.breakRule(
                            code, RuleExamplesTest.complete(2, code.startsWith("vch_attest")))
                        .value())
            .collect(Collectors.toList());
    try (LoopbaanValidator shared = LoopbaanValidator.create()) {
      List<ValidationReport> expected = new ArrayList<>();
      for (Object value : values) {
        expected.add(shared.validate(value, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<ValidationReport>>> futures = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
          Callable<List<ValidationReport>> job =
              () -> {
                List<ValidationReport> reports = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                  reports.clear();
                  for (Object value : values) {
                    reports.add(shared.validate(value, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER));
                  }
                }
                return reports;
              };
          futures.add(pool.submit(job));
        }
        for (Future<List<ValidationReport>> future : futures) {
          assertThat(future.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}

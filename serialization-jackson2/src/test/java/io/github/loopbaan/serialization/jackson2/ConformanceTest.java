package io.github.loopbaan.serialization.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.format.conformance.ConformanceRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 artifact meets every case of the conformance corpus in {@code conformance/}, which
 * the Jackson 3 artifact generated and meets too: the same output bytes for every document kind,
 * view and schema version, the same value read back, and the same problem, JSON path and reason for
 * every hostile input (malformed JSON and UTF-8, duplicate keys, limits, unknown codes and
 * properties, wrong types, model rules, restricted views, unsupported versions).
 */
class ConformanceTest {

  @Test
  void loopbaan_json_for_jackson_2_meets_every_case_of_the_corpus() {
    List<ConformanceRunner.Case> cases = ConformanceRunner.cases(ConformanceRunner.CORPUS);
    assertThat(cases).hasSizeGreaterThan(90);
    assertThat(ConformanceRunner.failures(Jackson2Subject.INSTANCE)).isEmpty();
  }
}

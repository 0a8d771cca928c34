package io.github.loopbaan.benchmarks.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.trajectory.Trajectory;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both cold-start contenders really do a round trip: the document holds the value, the value read
 * back equals the one written, and validation ran on it (each finds exactly its one planted
 * violation). No timing is asserted.
 */
class ColdStartTest {

  @BeforeEach
  void fresh() {
    ColdStart.forgetRuns();
  }

  @Test
  void loopbaanWritesReadsBackAndValidates() {
    RoundTrip trip = new ColdStart().loopbaan();
    assertThat(trip.read()).isInstanceOf(Trajectory.class).isEqualTo(trip.written());
    assertThat(trip.document()).contains("t-cold-1").contains("s-2");
    assertThat(((Trajectory) trip.read()).getSessions()).hasSize(2);
    assertThat(trip.violations()).containsExactly("vch_agreement_signed");
  }

  @Test
  void baselineWritesReadsBackAndValidates() {
    RoundTrip trip = new ColdStart().baseline();
    assertThat(trip.read())
        .isInstanceOf(BareRoundTrip.PlainTrajectory.class)
        .isEqualTo(trip.written());
    assertThat(trip.document()).contains("t-cold-1").contains("s-2").contains("2025-03-10");
    assertThat(trip.violations()).hasSize(1);
    assertThat(trip.violations().get(0)).startsWith("agreement.signedOn ");
  }

  @Test
  void theBenchmarkClassHoldsNoStateThatCouldWarmTheLibraries() {
    assertThat(ColdStart.class.getDeclaredFields())
        .allSatisfy(
            f -> {
              assertThat(Modifier.isStatic(f.getModifiers())).as(f.getName()).isTrue();
              assertThat(f.getType()).as(f.getName()).isIn(int.class, boolean.class);
            });
    assertThat(ColdStart.FORKS).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aSecondInvocationInTheSameJvmFailsRatherThanReportAWarmFigure() {
    ColdStart bench = new ColdStart();
    bench.baseline();
    assertThatThrownBy(bench::baseline)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fresh JVM");
    bench.loopbaan();
    assertThatThrownBy(bench::loopbaan).isInstanceOf(IllegalStateException.class);
  }
}

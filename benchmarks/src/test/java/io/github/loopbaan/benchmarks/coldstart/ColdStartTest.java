package io.github.loopbaan.benchmarks.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Both cold-start contenders really do a round trip: the document holds the value, the value read back equals the
 * one written, and validation ran on it (each finds exactly its one planted violation). No timing is asserted.
 */
class ColdStartTest {

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
    assertThat(trip.read()).isInstanceOf(BareRoundTrip.PlainTrajectory.class).isEqualTo(trip.written());
    assertThat(trip.document()).contains("t-cold-1").contains("s-2").contains("2025-03-10");
    assertThat(trip.violations()).hasSize(1);
    assertThat(trip.violations().get(0)).startsWith("agreement.signedOn ");
  }

  @Test
  void theBenchmarkClassHoldsNoStaticStateThatCouldWarmTheLibraries() {
    assertThat(ColdStart.class.getDeclaredFields()).allSatisfy(f -> assertThat(f.getName()).isEqualTo("FORKS"));
    assertThat(ColdStart.FORKS).isGreaterThanOrEqualTo(10);
  }
}

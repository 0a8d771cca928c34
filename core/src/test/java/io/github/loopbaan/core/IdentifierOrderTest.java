package io.github.loopbaan.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import org.junit.jupiter.api.Test;

/** The order of identifiers: by type name first, then by value. */
class IdentifierOrderTest {

  /** Identifiers compare by type name, then by value. */
  @Test
  void identifiers_order_by_type_name_first_then_by_value() {
    ClientId a = ClientId.of("a");
    ClientId b = ClientId.of("b");
    TrajectoryId earlierValue = TrajectoryId.of("0");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(ClientId.of("a"))).isZero();
    // party.ClientId sorts before trajectory.TrajectoryId whatever the values.
    assertThat(a.compareTo(earlierValue)).isNegative();
    assertThat(earlierValue.compareTo(a)).isPositive();
    assertThat(a.getValue()).isEqualTo("a");
  }
}

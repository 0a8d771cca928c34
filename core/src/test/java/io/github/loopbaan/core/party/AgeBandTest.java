package io.github.loopbaan.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The age bands of the approach table and their edges. */
class AgeBandTest {

  /** The bands change exactly at 25 and 55; ages outside 0 to 150 are refused. */
  @Test
  void age_bands_change_exactly_at_25_and_55_and_ages_outside_0_to_150_are_rejected() {
    assertThat(AgeBand.ofAge(0)).isEqualTo(AgeBand.YOUTH);
    assertThat(AgeBand.ofAge(24)).isEqualTo(AgeBand.YOUTH);
    assertThat(AgeBand.ofAge(25)).isEqualTo(AgeBand.ADULT);
    assertThat(AgeBand.ofAge(54)).isEqualTo(AgeBand.ADULT);
    assertThat(AgeBand.ofAge(55)).isEqualTo(AgeBand.SENIOR);
    assertThat(AgeBand.ofAge(150)).isEqualTo(AgeBand.SENIOR);
    assertThatThrownBy(() -> AgeBand.ofAge(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgeBand.ofAge(151)).isInstanceOf(IllegalArgumentException.class);
  }
}

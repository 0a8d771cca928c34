package io.github.loopbaan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.party.AgeBand;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.privacy.Visibility;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Examples for behaviour that the first mutation-testing run (PIT, {@code -Pmutation}) found untested or only
 * partly asserted: which visibility reaches whom, which trajectory stages are open, the edges of the age bands and of
 * {@code Require}'s ranges, and the order of identifiers.
 */
class MutationGapsTest {

  @Test
  void only_items_shared_with_the_commissioner_reach_the_commissioner_and_only_private_ones_stay_from_the_client() {
    assertThat(Visibility.PRIVATE_TO_COACH.visibleToClient()).isFalse();
    assertThat(Visibility.SHARED_WITH_CLIENT.visibleToClient()).isTrue();
    assertThat(Visibility.SHARED_WITH_COMMISSIONER.visibleToClient()).isTrue();
    assertThat(Visibility.PRIVATE_TO_COACH.visibleToCommissioner()).isFalse();
    assertThat(Visibility.SHARED_WITH_CLIENT.visibleToCommissioner()).isFalse();
    assertThat(Visibility.SHARED_WITH_COMMISSIONER.visibleToCommissioner()).isTrue();
  }

  @Test
  void every_trajectory_stage_but_closed_is_open() {
    for (TrajectoryStage stage : TrajectoryStage.values()) {
      assertThat(stage.isOpen()).as(stage.code()).isEqualTo(stage != TrajectoryStage.CLOSED);
    }
  }

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

  @Test
  void whole_number_ranges_include_both_ends_and_name_the_rule() {
    assertThatCode(() -> Require.inRange(1L, 1L, 5L, "T", "n")).doesNotThrowAnyException();
    assertThatCode(() -> Require.inRange(5L, 1L, 5L, "T", "n")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Require.inRange(0L, 1L, 5L, "T", "n"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getRule()).isEqualTo("in_range"));
    assertThatThrownBy(() -> Require.inRange(6L, 1L, 5L, "T", "n"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getAttribute()).isEqualTo("n"));
  }

  @Test
  void decimal_ranges_include_both_ends_and_reject_not_a_number() {
    assertThatCode(() -> Require.inRange(0.0, 0.0, 1.0, "T", "x")).doesNotThrowAnyException();
    assertThatCode(() -> Require.inRange(1.0, 0.0, 1.0, "T", "x")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Require.inRange(-0.1, 0.0, 1.0, "T", "x")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Require.inRange(1.1, 0.0, 1.0, "T", "x")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Require.inRange(Double.NaN, 0.0, 1.0, "T", "x"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void negative_durations_and_blank_list_elements_are_rejected_with_their_rule() {
    assertThatCode(() -> Require.notNegative(Duration.ZERO, "T", "d")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Require.notNegative(Duration.ofMinutes(-1), "T", "d"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getRule()).isEqualTo("not_negative"));
    assertThatCode(() -> Require.noBlankElements(List.of("a", "b"), "T", "l")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Require.noBlankElements(List.of("a", " "), "T", "l"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getAttribute()).isEqualTo("l"));
  }
}

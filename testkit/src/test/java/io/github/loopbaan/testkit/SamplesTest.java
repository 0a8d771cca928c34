package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine-neutral entry of the testkit, used as its users would: from plain JUnit tests,
 * parameterized by seeded samples, without jqwik's engine running them.
 */
class SamplesTest {

  static Stream<Trajectory> trajectories() {
    return Samples.seeded(7).valid(Trajectory.class, 5).stream();
  }

  @ParameterizedTest
  @MethodSource("trajectories")
  void samples_feed_a_parameterized_test(Trajectory trajectory) {
    trajectory
        .getClient()
        .getName()
        .ifPresent(
            name ->
                assertThat(trajectory.toString())
                    .as("a sampled trajectory keeps the model's promise: no name in toString()")
                    .doesNotContain(name));
    assertThat(trajectory.getStage()).isNotNull();
  }

  @Test
  void the_same_seed_gives_the_same_samples_and_another_seed_others() {
    assertThat(Samples.seeded(42).valid(Trajectory.class, 3))
        .isEqualTo(Samples.seeded(42).valid(Trajectory.class, 3));
    Set<Client> clients = new HashSet<>(Samples.seeded(1).valid(Client.class, 10));
    assertThat(clients).as("ten draws are not one value").hasSizeGreaterThan(1);
    assertThat(Samples.seeded(1).valid(Client.class, 10))
        .isNotEqualTo(Samples.seeded(2).valid(Client.class, 10));
  }

  @Test
  void every_model_type_has_samples() {
    Samples samples = Samples.seeded(3);
    assertThat(Samples.types()).contains(Trajectory.class, Client.class).hasSizeGreaterThan(50);
    for (Class<?> type : Samples.types()) {
      assertThat(samples.valid(type)).as(type.getSimpleName()).isInstanceOf(type);
      assertThat(Samples.seeded(42).valid(type, 3))
          .as("%s: the same seed, the same samples", type.getSimpleName())
          .isEqualTo(Samples.seeded(42).valid(type, 3));
    }
    assertThat(samples.valid(TrajectoryStage.class)).isInstanceOf(TrajectoryStage.class);
  }

  @Test
  void broken_constructions_are_rejected_for_the_rule_they_name() {
    List<Broken> broken = Samples.seeded(11).broken(40);
    assertThat(broken).hasSize(40);
    for (Broken b : broken) {
      assertThatThrownBy(b::attempt)
          .as(b.toString())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.getRule()).isEqualTo(b.rule());
                assertThat(e.getAttribute()).isEqualTo(b.attribute());
              });
    }
    assertThat(broken.stream().map(Broken::type).distinct().count())
        .as("breaks across the model, not one type")
        .isGreaterThan(3);
    assertThat(Samples.seeded(11).broken().toString()).isEqualTo(broken.get(0).toString());
  }

  @Test
  void rule_breaks_carry_the_code_of_the_broken_rule() {
    RuleArbitraries.RuleBreak rb = Samples.seeded(5).ruleBreak();
    assertThat(
            RuleArbitraries.BASE_CODES.contains(rb.code())
                || RuleArbitraries.VOUCHER_CODES.contains(rb.code()))
        .isTrue();
    assertThat(rb.value()).isNotNull();
  }

  @Test
  void a_type_without_a_generator_and_a_negative_count_are_refused_clearly() {
    assertThatThrownBy(() -> Samples.seeded(1).valid(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the testkit has no generator for java.lang.String; Samples.types() lists the model"
                + " types it has");
    assertThatThrownBy(() -> Samples.seeded(1).valid(Client.class, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at least 0");
    assertThat(Samples.seeded(1).valid(Client.class, 0)).isEmpty();
  }
}

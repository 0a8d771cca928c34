package io.github.loopbaan.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.ClientId;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CoachId;
import io.github.loopbaan.core.party.CommissionerId;
import io.github.loopbaan.core.party.CommissioningParty;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.party.HealthConcern;
import io.github.loopbaan.core.trajectory.Funding;
import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryId;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.format.ErasedTrajectory;
import io.github.loopbaan.format.Erasure;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What an erased trajectory may hold, checked whoever built it: no personal text, no health data,
 * no code of a sensitive class but its stand-in, and a pseudonym as the client's key; refusals name
 * the attribute, never the value.
 */
class ErasedTrajectoryTest {

  private static final String PSEUDONYM = "ps-0123456789abcdef01234567";

  private static Trajectory opened(Client client) {
    return Trajectory.open(
        TrajectoryId.of("t-1"),
        client,
        Coach.of(CoachId.of("k-1")),
        CommissioningParty.self(CommissionerId.of("self")),
        Funding.careerVouchers(VoucherId.of("v-1"), VoucherId.of("v-2")),
        LocalDate.of(2025, 1, 13));
  }

  private static Client.Builder client(String id) {
    return Client.builder().id(ClientId.of(id));
  }

  @Test
  void a_trajectory_without_personal_data_and_with_a_pseudonym_is_erased() {
    Trajectory t = opened(client(PSEUDONYM).build());
    ErasedTrajectory erased = ErasedTrajectory.of(t);
    assertThat(erased.getTrajectory()).isSameAs(t);
    assertThat(erased).isEqualTo(ErasedTrajectory.of(opened(client(PSEUDONYM).build())));
    assertThat(erased.hashCode()).isEqualTo(t.hashCode());
    assertThat(erased).isNotEqualTo(ErasedTrajectory.of(t.withId(TrajectoryId.of("t-2"))));
    assertThat(erased.toString()).isEqualTo("ErasedTrajectory[t-1]");
  }

  @Test
  void personal_data_is_refused_by_its_path_without_its_value() {
    Trajectory named = opened(client(PSEUDONYM).name("Zqxname Peeters").build());
    assertThatThrownBy(() -> ErasedTrajectory.of(named))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getRule()).isEqualTo("not_erased");
              assertThat(e.getAttribute()).isEqualTo("trajectory.client.name");
              assertThat(e.getMessage()).contains("personal data").doesNotContain("Zqx");
            });
  }

  @Test
  void health_data_and_codes_of_sensitive_classes_are_refused() {
    Trajectory sick = opened(client(PSEUDONYM).addHealthConcern(HealthConcern.values()[0]).build());
    assertThatThrownBy(() -> ErasedTrajectory.of(sick))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("trajectory.client.healthConcerns")
        .hasMessageContaining("health data");
    // An ordinary code of a class with a health constant tells that class apart: refused too.
    Trajectory employed =
        opened(client(PSEUDONYM).employment(EmploymentSituation.EMPLOYED).build());
    assertThatThrownBy(() -> ErasedTrajectory.of(employed))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("trajectory.client.employment");
  }

  @Test
  void the_situations_a_funding_regime_pays_for_are_configuration_and_stay() {
    Funding funding = Funding.careerVouchers(VoucherId.of("v-1"), VoucherId.of("v-2"));
    FundingRegime regime =
        funding
            .getRegime()
            .withEligibleSituations(
                EmploymentSituation.EMPLOYED, EmploymentSituation.LONG_TERM_SICK);
    Trajectory t =
        opened(client("c-1").name("Zqxname").build()).withFunding(funding.withRegime(regime));
    ErasedTrajectory erased = Erasure.anonymising().erase(t);
    assertThat(erased.getTrajectory().getFunding().getRegime()).isEqualTo(regime);
    assertThat(erased.getTrajectory().getClient().getName()).isEmpty();
  }

  @Test
  void the_client_key_must_be_a_pseudonym() {
    for (String id :
        new String[] {"c-1", "ps-0123", "PS-0123456789abcdef01234567", PSEUDONYM + "0"}) {
      assertThatThrownBy(() -> ErasedTrajectory.of(opened(client(id).build())))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.getRule()).isEqualTo("pseudonym");
                assertThat(e.getAttribute()).isEqualTo("trajectory.client.id");
              });
    }
    assertThat(ErasedTrajectory.isPseudonym(PSEUDONYM)).isTrue();
  }
}

package io.github.loopbaan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.party.Client;
import io.github.loopbaan.core.party.Coach;
import io.github.loopbaan.core.party.CommissioningParty;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * Generated party values are sound: rebuildable, private in toString, and every broken one is
 * rejected.
 */
@Domain(LoopbaanDomain.class)
class PartyProperties {

  @Property
  void a_client_rebuilt_from_its_builder_is_equal(@ForAll Client client) {
    assertThat(Client.builder().from(client).build()).isEqualTo(client).hasSameHashCodeAs(client);
  }

  @Property
  void a_coach_rebuilt_from_its_builder_is_equal(@ForAll Coach coach) {
    assertThat(Coach.builder().from(coach).build()).isEqualTo(coach);
  }

  @Property
  void a_commissioning_party_rebuilt_from_its_builder_is_equal(@ForAll CommissioningParty party) {
    assertThat(CommissioningParty.builder().from(party).build()).isEqualTo(party);
  }

  @Property
  void client_toString_never_contains_the_name(@ForAll Client client) {
    client.getName().ifPresent(name -> assertThat(client.toString()).doesNotContain(name));
  }

  @Property
  void coach_toString_never_contains_the_name(@ForAll Coach coach) {
    coach.getName().ifPresent(name -> assertThat(coach.toString()).doesNotContain(name));
  }

  @Property
  void every_broken_party_is_rejected_for_its_rule(@ForAll("broken") Broken broken) {
    assertThatThrownBy(broken::attempt)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getType()).isEqualTo(broken.type());
              assertThat(e.getAttribute()).isEqualTo(broken.attribute());
              assertThat(e.getRule()).isEqualTo(broken.rule());
            });
  }

  @Provide
  Arbitrary<Broken> broken() {
    return PartyArbitraries.broken();
  }
}

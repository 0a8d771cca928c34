package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conversation with someone in the client's network in which a career scenario is tested (001:
 * scenarios "worden vooral onderzocht door in gesprek te gaan en gebruik te maken van een netwerk";
 * 000 phase 4). Dutch: netwerkgesprek.
 *
 * <p>The contact is recorded by role ("former colleague", "owner of a small marketing agency"),
 * never by name. Even a role can point to a third person in the client's circle, so it is treated
 * as personal data, as is the outcome in the client's words; neither appears in {@link
 * #toString()}.
 *
 * <p>Structural rules: contact role and outcome, when given, are not blank.
 */
@Value.Immutable
public abstract class NetworkConversation implements WithNetworkConversation {

  NetworkConversation() {}

  /**
   * @return a builder for a network conversation
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param heldOn the day of the conversation
   * @param contactRole the role of the person the client spoke to, not their name
   * @return a conversation without recorded outcome
   */
  public static NetworkConversation of(LocalDate heldOn, String contactRole) {
    return builder().heldOn(heldOn).contactRole(contactRole).build();
  }

  /**
   * @return the day of the conversation
   */
  public abstract LocalDate getHeldOn();

  /**
   * @return the role of the person the client spoke to, for example "oud-collega"; never a name
   */
  @PersonalData
  @Value.Redacted
  public abstract String getContactRole();

  /**
   * @return what the client learned about the scenario, in their own words, when recorded
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> getOutcome();

  @Value.Check
  void check() {
    Require.notBlank(getContactRole(), "NetworkConversation", "contactRole");
    Require.notBlank(getOutcome(), "NetworkConversation", "outcome");
  }

  /**
   * Builds a {@link NetworkConversation}. Obtain one from {@link NetworkConversation#builder()}.
   */
  public static final class Builder extends ImmutableNetworkConversation.Builder {
    Builder() {}
  }
}

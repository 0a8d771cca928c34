package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The invitation sent to the client after a trajectory to evaluate it anonymously (004: "Na elk
 * traject zal er aan de klant een uitnodiging worden gestuurd om het traject via een (anonieme)
 * tool te evalueren"). Dutch: uitnodiging tot evaluatie.
 *
 * <p>Because the evaluation is anonymous, Loopbaan records only that and when the invitation was
 * sent, and through which tool. It never stores the client's answers, nor whether this client
 * responded: either would tie the evaluation back to the person.
 *
 * <p>Structural rule: the tool, when named, is not blank.
 */
@Value.Immutable
public abstract class EvaluationInvitation implements WithEvaluationInvitation {

  EvaluationInvitation() {}

  /**
   * @return a builder for an evaluation invitation
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param sentOn the day the invitation was sent
   * @return an invitation without a named tool
   */
  public static EvaluationInvitation sentOn(LocalDate sentOn) {
    return builder().sentOn(sentOn).build();
  }

  /**
   * @return the day the invitation was sent
   */
  public abstract LocalDate getSentOn();

  /**
   * @return the anonymous evaluation tool the client is invited to, for example the funder's
   *     satisfaction survey, when named; a tool, not a person
   */
  public abstract Optional<String> getTool();

  @Value.Check
  void check() {
    Require.notBlank(getTool(), "EvaluationInvitation", "tool");
  }

  /**
   * Builds an {@link EvaluationInvitation}. Obtain one from {@link EvaluationInvitation#builder()}.
   */
  public static final class Builder extends ImmutableEvaluationInvitation.Builder {
    Builder() {}
  }
}

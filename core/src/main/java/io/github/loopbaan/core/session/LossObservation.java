package io.github.loopbaan.core.session;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.util.Arrays;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the coach observed in a session of the client's grieving over the loss of work: the emotions
 * and the ways of coping the farewell phase names (000 phase 1, "van rouwen naar bouwen"). Dutch:
 * waarneming van rouwverwerking.
 *
 * <p>Recorded on the {@link Session#getLossObservation() session} in which it was made, so it
 * carries the session's day. The farewell phase is the usual place, but grief may show in any
 * session, also during an excursion back to the under current, so a session of any kind may hold
 * one; an application that sees loss observed without a farewell phase in the plan may propose to
 * amend the plan.
 *
 * <p>Health data (GDPR art. 9): every attribute is marked {@link DataCategory#HEALTH}, appears
 * neither in {@link #toString()} nor in the commissioner's or the anonymised view, and the session
 * marks the observation as a whole the same way, so a reader cannot tell one emotion from another,
 * nor an observation with emotions from one with behaviours only, by what is left out.
 *
 * <p>Structural rule: an observation names at least one emotion or behaviour ({@code not_empty}).
 *
 * <pre>{@code
 * LossObservation seen = LossObservation.of(LossEmotion.ANGER, LossEmotion.UNCERTAINTY)
 *     .withBehaviours(LossBehaviour.BARGAINING);
 * }</pre>
 */
@Value.Immutable
public abstract class LossObservation implements WithLossObservation {

  LossObservation() {}

  /**
   * @return a builder for an observation
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param emotions the emotions observed, at least one
   * @return an observation of emotions only
   */
  public static LossObservation of(LossEmotion... emotions) {
    return builder().addAllEmotions(Arrays.asList(emotions)).build();
  }

  /**
   * @return the emotions of loss observed (health data)
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract Set<LossEmotion> getEmotions();

  /**
   * @return the ways of coping with the loss observed (health data)
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract Set<LossBehaviour> getBehaviours();

  @Value.Check
  void check() {
    Require.that(
        !getEmotions().isEmpty() || !getBehaviours().isEmpty(),
        "LossObservation",
        "emotions,behaviours",
        "not_empty",
        "must name at least one emotion or behaviour");
  }

  /** Builds a {@link LossObservation}. Obtain one from {@link LossObservation#builder()}. */
  public static final class Builder extends ImmutableLossObservation.Builder {
    Builder() {}
  }
}

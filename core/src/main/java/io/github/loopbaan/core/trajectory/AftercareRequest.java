package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.internal.Saturating;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The client's request for aftercare, and the aftercare conversation when held (004 "Nazorg").
 * Dutch: nazorg(vraag).
 *
 * <p>004: after the trajectory the client has a right to aftercare, on their own request, up to one
 * year after the synthesis conversation; it briefly deals with a question of the working client
 * about carrying out their POP, to strengthen how far the plan is realised, and takes at most 30
 * minutes per package in any form. The one-year period and the 30 minutes belong to a configurable
 * validation regime and are not structural rules here; {@link #fallsWithin(LocalDate, Period)} and
 * {@link #getDuration()} give the validator what it needs.
 *
 * <p>The question is in the client's words and is personal data: it never appears in {@link
 * #toString()}.
 *
 * <p>Structural rules: the question is not blank; the conversation is not held before it was
 * requested ({@code not_before}); its duration, when recorded, is positive.
 */
@Value.Immutable
public abstract class AftercareRequest implements WithAftercareRequest {

  AftercareRequest() {}

  /**
   * @return a builder for an aftercare request
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param requestedOn the day the client asked for aftercare
   * @param question the client's question about carrying out their POP
   * @return a request not yet answered in a conversation
   */
  public static AftercareRequest of(LocalDate requestedOn, String question) {
    return builder().requestedOn(requestedOn).question(question).build();
  }

  /**
   * @return the day the client asked for aftercare
   */
  public abstract LocalDate getRequestedOn();

  /**
   * @return the client's question about carrying out their POP, in their own words
   */
  @PersonalData
  @Value.Redacted
  public abstract String getQuestion();

  /**
   * @return who asked for the aftercare, when recorded (004 §7: aftercare is given at the client's
   *     request)
   */
  public abstract Optional<AftercareRequester> getRequestedBy();

  /**
   * @return the day of the aftercare conversation (Dutch: nazorggesprek), once held
   */
  public abstract Optional<LocalDate> getHeldOn();

  /**
   * @return how long the aftercare took, when recorded
   */
  public abstract Optional<Duration> getDuration();

  /**
   * @return whether the aftercare conversation has taken place
   */
  public boolean isHeld() {
    return getHeldOn().isPresent();
  }

  /**
   * Whether the aftercare lies in the period after the synthesis conversation. The day that counts
   * is the day of the conversation when held, else the day of the request.
   *
   * @param synthesisOn the day of the synthesis conversation (Dutch: synthesegesprek)
   * @param period the aftercare period; one year under the current Flemish regime (004)
   * @return whether the day that counts lies on or after {@code synthesisOn} and not after {@code
   *     synthesisOn.plus(period)}, saturating at {@link LocalDate#MAX} (a synthesis at the end of
   *     the calendar answers instead of throwing)
   */
  public boolean fallsWithin(LocalDate synthesisOn, Period period) {
    LocalDate day = getHeldOn().orElse(getRequestedOn());
    return !day.isBefore(synthesisOn) && !day.isAfter(Saturating.plus(synthesisOn, period));
  }

  @Value.Check
  void check() {
    Require.notBlank(getQuestion(), "AftercareRequest", "question");
    getHeldOn()
        .ifPresent(
            held ->
                Require.notBefore(
                    held,
                    getRequestedOn(),
                    "AftercareRequest",
                    "heldOn,requestedOn",
                    "must not lie before the request"));
    getDuration().ifPresent(duration -> Require.positive(duration, "AftercareRequest", "duration"));
  }

  /** Builds an {@link AftercareRequest}. Obtain one from {@link AftercareRequest#builder()}. */
  public static final class Builder extends ImmutableAftercareRequest.Builder {
    Builder() {}
  }
}

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The coach's referral of the client to someone else, typically for psychological complaints the
 * coach cannot treat (003 ch. 4 "Hoe en naar wie doorverwijzen?"; domain brief §8: the coach knows
 * their limits). Dutch: doorverwijzing.
 *
 * <p>A referral need not end the trajectory: when the client comes back, {@link #getReturnedOn()}
 * records the day the guidance resumed. The target and the reason are health data (GDPR art. 9):
 * neither appears in {@link #toString()} or a restricted view, and the trajectory's list of
 * referrals is itself left out of the commissioner's and the anonymised views, so that a reader
 * cannot even tell that there was one. It is optional: data minimisation lets a practice record
 * that a referral took place without writing down why. It never appears in {@link #toString()}.
 *
 * <p>Structural rules: the reason, when given, is not blank; the return does not lie before the
 * referral ({@code not_before}).
 */
@Value.Immutable
public abstract class Referral implements WithReferral {

  Referral() {}

  /**
   * @return a builder for a referral
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the referral's identifier
   * @param target to whom the client is referred
   * @param referredOn the day of the referral
   * @return a referral without recorded reason or return
   */
  public static Referral of(ReferralId id, ReferralTarget target, LocalDate referredOn) {
    return builder().id(id).target(target).referredOn(referredOn).build();
  }

  /**
   * @return the referral's identifier
   */
  public abstract ReferralId getId();

  /**
   * @return to whom the client is referred (health data for a doctor or psychologist; never in
   *     toString)
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract ReferralTarget getTarget();

  /**
   * @return the day of the referral
   */
  public abstract LocalDate getReferredOn();

  /**
   * @return why the client was referred (health data), when recorded
   */
  @PersonalData(DataCategory.HEALTH)
  @Value.Redacted
  public abstract Optional<String> getReason();

  /**
   * @return the day the client resumed the trajectory after the referral, if they did
   */
  public abstract Optional<LocalDate> getReturnedOn();

  /**
   * @return whether the client has come back to the trajectory
   */
  public boolean isReturned() {
    return getReturnedOn().isPresent();
  }

  /**
   * @param date a day (no ambient time: the caller says which day)
   * @return whether the client was referred on or before {@code date} and had not yet returned on
   *     it
   */
  public boolean isOngoingOn(LocalDate date) {
    return !date.isBefore(getReferredOn()) && getReturnedOn().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    Require.notBlank(getReason(), "Referral", "reason");
    getReturnedOn()
        .ifPresent(
            returned ->
                Require.notBefore(
                    returned,
                    getReferredOn(),
                    "Referral",
                    "returnedOn,referredOn",
                    "must not lie before the referral"));
  }

  /** Builds a {@link Referral}. Obtain one from {@link Referral#builder()}. */
  public static final class Builder extends ImmutableReferral.Builder {
    Builder() {}
  }
}

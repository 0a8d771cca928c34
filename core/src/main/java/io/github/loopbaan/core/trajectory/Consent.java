package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.party.CoachId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record of the client's say over their data, or of another legal ground for processing it: what
 * it covers, on which ground, for which purpose, since when, who recorded it, where the evidence
 * is, and its withdrawal. Dutch: toestemming, verwerkingsgrond.
 *
 * <p>The records are part of the trajectory ({@link Trajectory#getConsents()}) and act on it: the
 * commissioner view writes the items the coach shared with the commissioning party only while a
 * {@link ConsentScope#SHARING_WITH_COMMISSIONER} record is valid, and health data needs a {@link
 * ConsentScope#HEALTH_DATA} record (validation rule {@code health_data_ground}). A record is never
 * deleted: a withdrawal is recorded with its date and acts from that day on; what was done before
 * stays lawful (GDPR art. 7(3)).
 *
 * <p>Structural rules: the purpose is not blank; the ground covers the scope ({@code
 * ground_for_scope}: explicit consent for the POP and for sharing, any {@link LegalGround} for
 * health data); a ground other than consent names its evidence ({@code documented_ground}); only a
 * consent can be withdrawn ({@code withdrawal_of_consent}), not before it was given ({@code
 * not_before}).
 */
@Value.Immutable
public abstract class Consent implements WithConsent {

  Consent() {}

  /**
   * @return a builder for a consent record
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param scope what the client consents to
   * @param purpose what for, in words
   * @param givenOn the day the client gave it
   * @param recordedBy the coach who recorded it
   * @return the record of an explicit consent, without evidence reference
   */
  public static Consent explicit(
      ConsentScope scope, String purpose, LocalDate givenOn, CoachId recordedBy) {
    return builder()
        .scope(scope)
        .ground(LegalGround.EXPLICIT_CONSENT)
        .purpose(purpose)
        .givenOn(givenOn)
        .recordedBy(recordedBy)
        .build();
  }

  /**
   * @return what the record covers
   */
  public abstract ConsentScope getScope();

  /**
   * @return the legal ground of the processing it covers
   */
  public abstract LegalGround getGround();

  /**
   * @return what the data is processed for, in words, for example "advice on the return to work
   *     with the company doctor"; personal data, like the whole list of records
   */
  @Value.Redacted
  public abstract String getPurpose();

  /**
   * @return the day the consent was given or the ground took effect
   */
  public abstract LocalDate getGivenOn();

  /**
   * @return the coach who recorded it
   */
  public abstract CoachId getRecordedBy();

  /**
   * @return where the evidence is kept, such as the number of a signed form or of the agreement a
   *     legal ground rests on: a reference, never the evidence itself; required for every ground
   *     but consent
   */
  public abstract Optional<String> getEvidence();

  /**
   * @return the day the client withdrew the consent, when they did; it acts from that day on
   */
  public abstract Optional<LocalDate> getWithdrawnOn();

  /**
   * @param day a day (no ambient time: the caller says which day)
   * @return whether the record covers processing on that day: given on or before it, and not
   *     withdrawn on or before it
   */
  public boolean isValidOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(getGivenOn()) && getWithdrawnOn().map(day::isBefore).orElse(true);
  }

  /**
   * @return whether the consent was withdrawn
   */
  public boolean isWithdrawn() {
    return getWithdrawnOn().isPresent();
  }

  /**
   * @param on the day of the withdrawal, not before the day the consent was given
   * @return this record withdrawn from that day; this record when it was withdrawn already
   * @throws io.github.loopbaan.core.InvalidValueException when the ground is not consent or the day
   *     lies before the consent
   */
  public Consent withdraw(LocalDate on) {
    return isWithdrawn() ? this : withWithdrawnOn(on);
  }

  @Value.Check
  void check() {
    Require.notBlank(getPurpose(), "Consent", "purpose");
    Require.notBlank(getEvidence(), "Consent", "evidence");
    Require.that(
        getGround().covers(getScope()),
        "Consent",
        "ground",
        "ground_for_scope",
        "only explicit consent covers keeping the full POP and sharing with the commissioning party");
    Require.that(
        getGround() == LegalGround.EXPLICIT_CONSENT || getEvidence().isPresent(),
        "Consent",
        "evidence",
        "documented_ground",
        "a ground other than consent names its evidence");
    Require.that(
        getGround() == LegalGround.EXPLICIT_CONSENT || getWithdrawnOn().isEmpty(),
        "Consent",
        "withdrawnOn",
        "withdrawal_of_consent",
        "only a consent can be withdrawn");
    getWithdrawnOn()
        .ifPresent(
            withdrawn ->
                Require.notBefore(
                    withdrawn,
                    getGivenOn(),
                    "Consent",
                    "withdrawnOn,givenOn",
                    "must not lie before the consent"));
  }

  /** Builds a {@link Consent}. Obtain one from {@link Consent#builder()}. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }
}

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.party.EmploymentSituation;
import io.github.loopbaan.core.privacy.PersonalData;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the intake established about the client's right to funded guidance (Dutch:
 * rechthebbendheid), as data the rules read: 004 §2 lists "recht op loopbaanbegeleiding" and
 * "financiële bijdrage" among the intake's topics. Recorded on the {@link IntakeAgreement}.
 *
 * <p>The employment situation is personal data (long-term sickness is health data): it never
 * appears in {@link #toString()}.
 *
 * <p>Structural rules: the co-payment is not negative ({@code not_negative}); an exempt client pays
 * nothing ({@code exempt_without_payment}).
 */
@Value.Immutable
public abstract class Eligibility implements WithEligibility {

  Eligibility() {}

  /**
   * @return a builder for eligibility facts
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the client's employment situation at the intake, when recorded
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<EmploymentSituation> getEmployment();

  /**
   * @return whether the right to guidance was confirmed at the intake; false until it is
   */
  @Value.Default
  public boolean isRightToGuidanceConfirmed() {
    return false;
  }

  /**
   * @return the client's financial contribution in euro cents, when recorded
   */
  public abstract Optional<Long> getCoPaymentCents();

  /**
   * @return whether the client is exempt from the financial contribution
   */
  @Value.Default
  public boolean isCoPaymentExempt() {
    return false;
  }

  /**
   * @return whether the contribution is settled: paid (any amount recorded) or exempt
   */
  public boolean isCoPaymentSettled() {
    return isCoPaymentExempt() || getCoPaymentCents().isPresent();
  }

  @Value.Check
  void check() {
    Require.that(
        getCoPaymentCents().map(c -> c >= 0).orElse(true),
        "Eligibility",
        "coPaymentCents",
        "not_negative",
        "must not be negative");
    Require.that(
        !isCoPaymentExempt() || getCoPaymentCents().map(c -> c == 0).orElse(true),
        "Eligibility",
        "coPaymentCents,coPaymentExempt",
        "exempt_without_payment",
        "an exempt client pays no contribution");
  }

  /** Builds {@link Eligibility}. Obtain one from {@link Eligibility#builder()}. */
  public static final class Builder extends ImmutableEligibility.Builder {
    Builder() {}
  }
}

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.internal.Saturating;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The numbers a career-voucher regime sets per voucher and per person (Dutch: voorwaarden per
 * loopbaancheque). Part of a {@link FundingRegime}; read by the per-voucher questions of {@link
 * Trajectory} (for example {@link Trajectory#hoursLeft(int)}) and by the voucher rules.
 *
 * <p>Structural rules: the hours per voucher and the vouchers per person are positive ({@code
 * positive}), no duration or period is negative ({@code not_negative}), and the minimum individual
 * guidance plus the maximum group guidance does not exceed the hours per voucher ({@code
 * individual_and_group_within_voucher}): otherwise no voucher could satisfy both.
 */
@Value.Immutable
public abstract class VoucherTerms implements WithVoucherTerms {

  private static final String TYPE = "VoucherTerms";

  VoucherTerms() {}

  /**
   * @return a builder for voucher terms
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the guidance one voucher pays for (4 hours under seed 004)
   */
  public abstract Duration getHoursPerVoucher();

  /**
   * @return the individual guidance to register at least per voucher (2.5 hours under seed 004)
   */
  public abstract Duration getMinimumIndividualPerVoucher();

  /**
   * @return the group guidance allowed at most per voucher (1.5 hours under seed 004)
   */
  public abstract Duration getMaximumGroupPerVoucher();

  /**
   * @return the aftercare allowed at most per package, that is per voucher (30 minutes under seed
   *     004: "maximaal 30 minuten per pakket")
   */
  public abstract Duration getAftercarePerPackage();

  /**
   * @return how many vouchers one person may use within {@link #getEntitlementPeriod()} (2 under
   *     seed 004, "loopbaancheque 1 of 2")
   */
  public abstract int getVouchersPerPerson();

  /**
   * @return the period over which {@link #getVouchersPerPerson()} counts, when the regime limits
   *     it; the seeds do not name one, so {@link FundingRegime#VDAB_004} leaves it empty
   */
  public abstract Optional<Period> getEntitlementPeriod();

  /**
   * @return the least time between the synthesis of one package and the first conversation of the
   *     next, when the regime sets one; the seeds set none, so {@link FundingRegime#VDAB_004}
   *     leaves it empty
   */
  public abstract Optional<Period> getWaitingPeriod();

  @Value.Check
  void check() {
    Require.positive(getHoursPerVoucher(), TYPE, "hoursPerVoucher");
    Require.notNegative(getMinimumIndividualPerVoucher(), TYPE, "minimumIndividualPerVoucher");
    Require.notNegative(getMaximumGroupPerVoucher(), TYPE, "maximumGroupPerVoucher");
    Require.notNegative(getAftercarePerPackage(), TYPE, "aftercarePerPackage");
    Require.that(
        getVouchersPerPerson() >= 1, TYPE, "vouchersPerPerson", "positive", "must be at least 1");
    Require.that(
        getEntitlementPeriod().map(p -> !p.isNegative()).orElse(true),
        TYPE,
        "entitlementPeriod",
        "not_negative",
        "must not be negative");
    Require.that(
        getWaitingPeriod().map(p -> !p.isNegative()).orElse(true),
        TYPE,
        "waitingPeriod",
        "not_negative",
        "must not be negative");
    Require.that(
        Saturating.plus(getMinimumIndividualPerVoucher(), getMaximumGroupPerVoucher())
                .compareTo(getHoursPerVoucher())
            <= 0,
        TYPE,
        "minimumIndividualPerVoucher,maximumGroupPerVoucher",
        "individual_and_group_within_voucher",
        "minimum individual plus maximum group guidance must not exceed the hours per voucher");
  }

  /** Builds {@link VoucherTerms}. Obtain one from {@link VoucherTerms#builder()}. */
  public static final class Builder extends ImmutableVoucherTerms.Builder {
    Builder() {}
  }
}

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Saturating;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The career vouchers one person used before, across trajectories and career centres (Dutch:
 * gebruik van loopbaancheques): what the application knows of the client's earlier packages, so
 * that the rules can check the vouchers per person within the regime's period and the waiting
 * period between packages. Loopbaan holds no register of persons; the application supplies this
 * value to {@code LoopbaanValidator.validate(trajectory, history, ruleSets...)}.
 *
 * <p>An entry of the trajectory being validated (the same voucher identifier) is not counted twice.
 */
@Value.Immutable
public abstract class VoucherHistory implements WithVoucherHistory {

  VoucherHistory() {}

  /**
   * @return a builder for a history
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param used the vouchers used, in any order
   * @return the history
   */
  public static VoucherHistory of(Iterable<? extends UsedVoucher> used) {
    return builder().addAllUsed(used).build();
  }

  /**
   * @return the vouchers the person used
   */
  public abstract List<UsedVoucher> getUsed();

  /**
   * @param t the trajectory being judged
   * @return the vouchers used in other trajectories that count toward the regime's vouchers per
   *     person: those used on or after the opening day less the regime's entitlement period (all of
   *     them when it sets none), and not later than the opening day
   */
  public long countedBefore(Trajectory t) {
    Optional<Period> period =
        t.getFunding().getRegime().getVoucherTerms().flatMap(VoucherTerms::getEntitlementPeriod);
    LocalDate from = period.map(p -> t.getOpenedOn().minus(p)).orElse(LocalDate.MIN);
    return getUsed().stream()
        .filter(u -> !ownVoucher(t, u))
        .filter(u -> !u.getUsedOn().isBefore(from) && !u.getUsedOn().isAfter(t.getOpenedOn()))
        .count();
  }

  /**
   * @param t the trajectory being judged
   * @return the first day the trajectory's guidance may start after the person's latest earlier
   *     package (its end plus the regime's waiting period, saturating at {@link LocalDate#MAX});
   *     empty when the regime sets no waiting period or no earlier package ended
   */
  public Optional<LocalDate> earliestStart(Trajectory t) {
    Optional<Period> waiting =
        t.getFunding().getRegime().getVoucherTerms().flatMap(VoucherTerms::getWaitingPeriod);
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    LocalDate latest = null;
    for (UsedVoucher u : getUsed()) {
      if (ownVoucher(t, u) || u.getPackageEndedOn().isEmpty()) {
        continue;
      }
      LocalDate ended = u.getPackageEndedOn().get();
      if (latest == null || ended.isAfter(latest)) {
        latest = ended;
      }
    }
    return latest == null ? Optional.empty() : Optional.of(Saturating.plus(latest, waiting.get()));
  }

  private static boolean ownVoucher(Trajectory t, UsedVoucher u) {
    for (Voucher v : t.getFunding().getVouchers()) {
      if (v.getId().equals(u.getVoucher())) {
        return true;
      }
    }
    return false;
  }

  /** Builds a {@link VoucherHistory}. Obtain one from {@link VoucherHistory#builder()}. */
  public static final class Builder extends ImmutableVoucherHistory.Builder {
    Builder() {}
  }
}

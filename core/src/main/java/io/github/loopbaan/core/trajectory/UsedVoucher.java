package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One career voucher a person used (Dutch: gebruikte loopbaancheque), an entry of a {@link
 * VoucherHistory}.
 *
 * <p>Structural rule: the package does not end before the voucher was first used ({@code
 * not_before}).
 */
@Value.Immutable
public abstract class UsedVoucher implements WithUsedVoucher {

  UsedVoucher() {}

  /**
   * @return a builder for a used voucher
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param voucher the voucher's identifier
   * @param usedOn the first day of guidance on it
   * @param packageEndedOn the day of its package's synthesis, when it ended
   * @return the used voucher
   */
  public static UsedVoucher of(
      VoucherId voucher, LocalDate usedOn, Optional<LocalDate> packageEndedOn) {
    return builder().voucher(voucher).usedOn(usedOn).packageEndedOn(packageEndedOn).build();
  }

  /**
   * @return the voucher's identifier
   */
  public abstract VoucherId getVoucher();

  /**
   * @return the first day of guidance registered on the voucher
   */
  public abstract LocalDate getUsedOn();

  /**
   * @return the day its package ended in a synthesis, when it did
   */
  public abstract Optional<LocalDate> getPackageEndedOn();

  @Value.Check
  void check() {
    Require.notBefore(
        getPackageEndedOn(),
        Optional.of(getUsedOn()),
        "UsedVoucher",
        "packageEndedOn,usedOn",
        "must not lie before the first use");
  }

  /** Builds a {@link UsedVoucher}. Obtain one from {@link UsedVoucher#builder()}. */
  public static final class Builder extends ImmutableUsedVoucher.Builder {
    Builder() {}
  }
}

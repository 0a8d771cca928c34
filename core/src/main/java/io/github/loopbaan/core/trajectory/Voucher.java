package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Flemish career voucher used for a trajectory (004, VDAB). Dutch: loopbaancheque.
 *
 * <p>The number is the voucher's place in the package: the POP title of 004 reads "POP
 * (loopbaancheque 1 of 2)". Under the current Flemish regime a package holds at most two vouchers,
 * and per voucher at least 2.5 hours of individual guidance must be registered, so at most 1.5 of
 * its 4 hours may be group guidance. These limits belong to a configurable validation regime and
 * are <em>not</em> structural rules here: the only structural rule is that the number is at least 1
 * (rule {@code positive}).
 */
@Value.Immutable
public abstract class Voucher implements WithVoucher {

  Voucher() {}

  /**
   * @return a builder for a voucher
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the voucher's identifier
   * @param number its place in the package, from 1
   * @return a voucher without issue date
   */
  public static Voucher of(VoucherId id, int number) {
    return builder().id(id).number(number).build();
  }

  /**
   * @return the voucher's identifier
   */
  public abstract VoucherId getId();

  /**
   * @return the voucher's place in the package: 1 for the first voucher, 2 for the second
   */
  public abstract int getNumber();

  /**
   * @return the day the voucher was issued to the client, when recorded
   */
  public abstract Optional<LocalDate> getIssuedOn();

  @Value.Check
  void check() {
    Require.that(getNumber() >= 1, "Voucher", "number", "positive", "must be at least 1");
  }

  /** Builds a {@link Voucher}. Obtain one from {@link Voucher#builder()}. */
  public static final class Builder extends ImmutableVoucher.Builder {
    Builder() {}
  }
}

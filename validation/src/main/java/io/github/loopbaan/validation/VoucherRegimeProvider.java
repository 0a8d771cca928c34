package io.github.loopbaan.validation;

import java.util.List;

/**
 * Supplies voucher regimes to {@link VoucherRegimes#defaults()} (Dutch: aanbieder van regelingen),
 * found with {@link java.util.ServiceLoader}: list your implementation in {@code
 * META-INF/services/io.github.loopbaan.validation.VoucherRegimeProvider} and its regimes are
 * registered the first time the default registry is used, without code changes to Loopbaan.
 */
public interface VoucherRegimeProvider {

  /**
   * @return the regimes to register
   */
  List<VoucherRegime> regimes();
}

package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rule validators read besides the value: the funding regimes the validator accepts and,
 * for one validation, the person's earlier vouchers. It reaches them as Hibernate Validator's
 * constraint validator payload; a factory configured with a bare {@link FundingRegimes} payload
 * works too.
 */
public final class RuleContext {

  private final FundingRegimes regimes;
  private final Optional<VoucherHistory> history;

  private RuleContext(FundingRegimes regimes, Optional<VoucherHistory> history) {
    this.regimes = Objects.requireNonNull(regimes, "regimes");
    this.history = Objects.requireNonNull(history, "history");
  }

  /**
   * @param regimes the regimes accepted
   * @param history the person's earlier vouchers, when known
   * @return the context
   */
  public static RuleContext of(FundingRegimes regimes, Optional<VoucherHistory> history) {
    return new RuleContext(regimes, history);
  }

  /**
   * @return the regimes accepted
   */
  public FundingRegimes regimes() {
    return regimes;
  }

  /**
   * @return the person's earlier vouchers, when the application supplied them
   */
  public Optional<VoucherHistory> history() {
    return history;
  }

  @Override
  public String toString() {
    return "RuleContext[" + regimes + (history.isPresent() ? ", with history" : "") + "]";
  }
}

package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.catalogue.Catalogue;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rule validators read besides the value: the funding regimes and the catalogue the
 * validator accepts and, for one validation, the person's earlier vouchers. It reaches them as
 * Hibernate Validator's constraint validator payload; a factory configured with a bare {@link
 * FundingRegimes} payload works too.
 */
public final class RuleContext {

  private final FundingRegimes regimes;
  private final Optional<VoucherHistory> history;
  private final Catalogue catalogue;

  private RuleContext(
      FundingRegimes regimes, Optional<VoucherHistory> history, Catalogue catalogue) {
    this.regimes = Objects.requireNonNull(regimes, "regimes");
    this.history = Objects.requireNonNull(history, "history");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /**
   * @param regimes the regimes accepted
   * @param history the person's earlier vouchers, when known
   * @return the context, with the standard catalogue
   */
  public static RuleContext of(FundingRegimes regimes, Optional<VoucherHistory> history) {
    return new RuleContext(regimes, history, Catalogue.standard());
  }

  /**
   * @param regimes the regimes accepted
   * @param history the person's earlier vouchers, when known
   * @param catalogue the catalogue entries accepted
   * @return the context
   */
  public static RuleContext of(
      FundingRegimes regimes, Optional<VoucherHistory> history, Catalogue catalogue) {
    return new RuleContext(regimes, history, catalogue);
  }

  /**
   * @return the catalogue entries accepted (rule {@code base_catalogue_entries_known})
   */
  public Catalogue catalogue() {
    return catalogue;
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
    return "RuleContext["
        + regimes
        + (history.isPresent() ? ", with history" : "")
        + (catalogue.equals(Catalogue.standard()) ? "" : ", " + catalogue)
        + "]";
  }
}

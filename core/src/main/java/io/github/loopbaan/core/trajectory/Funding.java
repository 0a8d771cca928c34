package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a trajectory is paid for and, for career-voucher funding, with which vouchers. Dutch:
 * financiering.
 *
 * <p>Structural rules:
 *
 * <ul>
 *   <li>{@code vouchers_only_for_voucher_funding}: only {@link FundingKind#CAREER_VOUCHER} funding
 *       holds vouchers;
 *   <li>{@code unique}: no voucher identifier occurs twice;
 *   <li>{@code consecutive_from_one}: the vouchers are listed in the order of their numbers, which
 *       run 1, 2, 3 and so on without gaps;
 *   <li>{@code regime_for_kind}: a regime tied to a funding kind governs only that kind.
 * </ul>
 *
 * <p>The funding carries its {@linkplain #getRegime() regime}: the process rules and numbers of
 * whoever pays. Without one it is {@link FundingRegime#defaultFor(FundingKind)} of its kind, so a
 * file stored before regimes were data reads as it was validated then.
 *
 * <p>Career-voucher funding without vouchers is a legal draft (the vouchers are not yet issued).
 * How many vouchers a package may hold (two in the current Flemish regime, 004) is validation, not
 * a structural rule.
 */
@Value.Immutable
public abstract class Funding implements WithFunding {

  Funding() {}

  /**
   * @return a builder for funding
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return funding by the client themself
   */
  public static Funding self() {
    return builder().kind(FundingKind.SELF_FUNDED).build();
  }

  /**
   * @return funding by the client's employer
   */
  public static Funding employer() {
    return builder().kind(FundingKind.EMPLOYER).build();
  }

  /**
   * @return public funding other than career vouchers
   */
  public static Funding otherPublic() {
    return builder().kind(FundingKind.OTHER_PUBLIC).build();
  }

  /**
   * @param vouchers the vouchers, numbered 1, 2, … in this order
   * @return career-voucher funding with those vouchers
   */
  public static Funding careerVouchers(List<Voucher> vouchers) {
    return builder().kind(FundingKind.CAREER_VOUCHER).addAllVouchers(vouchers).build();
  }

  /**
   * @param ids the identifiers of the vouchers; the first becomes voucher 1, the next voucher 2,
   *     and so on
   * @return career-voucher funding with one voucher per identifier, without issue dates, under
   *     {@link FundingRegime#VDAB_004}
   */
  public static Funding careerVouchers(VoucherId... ids) {
    return careerVouchers(FundingRegime.VDAB_004, ids);
  }

  /**
   * @param regime the career-voucher regime in force, for example from {@link
   *     FundingRegimes#inForce}
   * @param ids the identifiers of the vouchers; the first becomes voucher 1, the next voucher 2,
   *     and so on
   * @return career-voucher funding with one voucher per identifier, without issue dates
   */
  public static Funding careerVouchers(FundingRegime regime, VoucherId... ids) {
    List<Voucher> vouchers = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      vouchers.add(Voucher.of(ids[i], i + 1));
    }
    return builder()
        .kind(FundingKind.CAREER_VOUCHER)
        .regime(regime)
        .addAllVouchers(vouchers)
        .build();
  }

  /**
   * @return how the trajectory is paid for
   */
  public abstract FundingKind getKind();

  /**
   * @return the career vouchers, in the order of their numbers; empty unless funded by career
   *     vouchers
   */
  public abstract List<Voucher> getVouchers();

  /**
   * @return the regime whose process rules and numbers apply; {@link
   *     FundingRegime#defaultFor(FundingKind)} of the kind unless set
   */
  @Value.Default
  public FundingRegime getRegime() {
    return FundingRegime.defaultFor(getKind());
  }

  /**
   * @param number a voucher number
   * @return whether the funding holds a voucher with that number
   */
  public boolean hasVoucher(int number) {
    return number >= 1 && number <= getVouchers().size();
  }

  /**
   * @return whether the trajectory is funded by career vouchers (Dutch: loopbaancheques)
   */
  public boolean isVoucherFunded() {
    return getKind() == FundingKind.CAREER_VOUCHER;
  }

  @Value.Check
  void check() {
    Require.that(
        isVoucherFunded() || getVouchers().isEmpty(),
        "Funding",
        "vouchers",
        "vouchers_only_for_voucher_funding",
        "must be empty unless the funding is by career vouchers");
    Require.that(
        getRegime().getFundingKind().map(k -> k == getKind()).orElse(true),
        "Funding",
        "regime",
        "regime_for_kind",
        "must govern the funding's kind");
    Require.uniqueBy(getVouchers(), Voucher::getId, "Funding", "vouchers");
    for (int i = 0; i < getVouchers().size(); i++) {
      Require.that(
          getVouchers().get(i).getNumber() == i + 1,
          "Funding",
          "vouchers",
          "consecutive_from_one",
          "must be numbered 1, 2, 3 and so on in list order");
    }
  }

  /** Builds a {@link Funding}. Obtain one from {@link Funding#builder()}. */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }
}

package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.trajectory.FundingRegime;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.UsedVoucher;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import io.github.loopbaan.core.trajectory.VoucherId;
import io.github.loopbaan.core.trajectory.VoucherTerms;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The vouchers per person and the waiting period, checked from the history of the person's earlier
 * vouchers that the application supplies.
 */
class VoucherHistoryTest {

  private static final LoopbaanValidator RULES = LoopbaanValidator.create();

  static FundingRegime with(Period entitlement, Period waiting) {
    VoucherTerms terms = FundingRegime.VDAB_004.getVoucherTerms().orElseThrow();
    return FundingRegime.VDAB_004
        .withId("vdab_with_periods")
        .withVoucherTerms(terms.withEntitlementPeriod(entitlement).withWaitingPeriod(waiting));
  }

  static Trajectory under(FundingRegime regime, Trajectory t) {
    return Trajectory.builder().from(t).funding(t.getFunding().withRegime(regime)).build();
  }

  @Test
  void a_person_uses_at_most_the_regimes_vouchers_and_only_with_a_history_is_it_checked() {
    Trajectory t = RuleExamplesTest.complete(1, false);
    LocalDate before = t.getOpenedOn().minusYears(2);
    VoucherHistory two =
        VoucherHistory.of(
            List.of(
                UsedVoucher.of(VoucherId.of("old-1"), before, Optional.of(before.plusMonths(2))),
                UsedVoucher.of(VoucherId.of("old-2"), before, Optional.of(before.plusMonths(4)))));
    assertThat(RULES.validate(t, RuleSet.FLEMISH_VOUCHER).violations()).isEmpty();
    ValidationReport report = RULES.validate(t, two, RuleSet.FLEMISH_VOUCHER);
    assertThat(report.codes()).containsExactly("vch_vouchers_per_person");
    assertThat(report.violations().get(0).message(Locale.ENGLISH)).contains("at most 2", "it is 3");
    // The trajectory's own voucher in the history is not counted twice.
    VoucherHistory own =
        VoucherHistory.of(
            List.of(
                UsedVoucher.of(VoucherId.of("old-1"), before, Optional.of(before.plusMonths(2))),
                UsedVoucher.of(
                    t.getFunding().getVouchers().get(0).getId(),
                    t.getOpenedOn(),
                    Optional.empty())));
    assertThat(RULES.validate(t, own, RuleSet.FLEMISH_VOUCHER).violations()).isEmpty();
  }

  @Test
  void vouchers_before_the_entitlement_period_do_not_count() {
    FundingRegime sixYears = with(Period.ofYears(6), Period.ZERO);
    Trajectory t = under(sixYears, RuleExamplesTest.complete(1, false));
    LocalDate longAgo = t.getOpenedOn().minusYears(7);
    VoucherHistory old =
        VoucherHistory.of(
            List.of(
                UsedVoucher.of(VoucherId.of("a"), longAgo, Optional.of(longAgo.plusMonths(1))),
                UsedVoucher.of(VoucherId.of("b"), longAgo, Optional.of(longAgo.plusMonths(2)))));
    try (LoopbaanValidator rules =
        LoopbaanValidator.builder().regimes(FundingRegimes.builtIn().with(sixYears)).build()) {
      assertThat(rules.validate(t, old, RuleSet.BASE, RuleSet.FLEMISH_VOUCHER).violations())
          .isEmpty();
      VoucherHistory recent =
          VoucherHistory.of(
              List.of(
                  old.getUsed().get(0),
                  UsedVoucher.of(
                      VoucherId.of("c"), t.getOpenedOn().minusYears(5), Optional.empty()),
                  UsedVoucher.of(
                      VoucherId.of("d"), t.getOpenedOn().minusYears(1), Optional.empty())));
      assertThat(rules.validate(t, recent, RuleSet.FLEMISH_VOUCHER).codes())
          .containsExactly("vch_vouchers_per_person");
    }
  }

  @Test
  void the_guidance_waits_for_the_regimes_waiting_period_after_the_last_package() {
    FundingRegime halfYear = with(Period.ofYears(6), Period.ofMonths(6));
    Trajectory t = under(halfYear, RuleExamplesTest.complete(1, false));
    LocalDate start = t.intakeDate().orElseThrow();
    try (LoopbaanValidator rules =
        LoopbaanValidator.builder().regimes(FundingRegimes.builtIn().with(halfYear)).build()) {
      VoucherHistory tooSoon =
          VoucherHistory.of(
              List.of(
                  UsedVoucher.of(
                      VoucherId.of("a"), start.minusMonths(8), Optional.of(start.minusMonths(5)))));
      ValidationReport report = rules.validate(t, tooSoon, RuleSet.FLEMISH_VOUCHER);
      assertThat(report.codes()).containsExactly("vch_waiting_period");
      assertThat(report.violations().get(0).message(Locale.forLanguageTag("nl")))
          .contains(start.toString(), start.minusMonths(5).plusMonths(6).toString());
      VoucherHistory waited =
          VoucherHistory.of(
              List.of(
                  UsedVoucher.of(
                      VoucherId.of("a"), start.minusMonths(9), Optional.of(start.minusMonths(6)))));
      assertThat(rules.validate(t, waited, RuleSet.FLEMISH_VOUCHER).violations()).isEmpty();
    }
    // The shipped regime sets no waiting period (the seeds name none).
    assertThat(
            RULES
                .validate(
                    RuleExamplesTest.complete(1, false),
                    VoucherHistory.of(
                        List.of(
                            UsedVoucher.of(
                                VoucherId.of("a"),
                                start.minusDays(30),
                                Optional.of(start.minusDays(1))))),
                    RuleSet.FLEMISH_VOUCHER)
                .codes())
        .doesNotContain("vch_waiting_period");
  }
}

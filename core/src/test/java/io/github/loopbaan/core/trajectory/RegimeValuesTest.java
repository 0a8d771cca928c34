package io.github.loopbaan.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.plan.DevelopmentPlan;
import io.github.loopbaan.core.plan.DevelopmentPlanId;
import io.github.loopbaan.core.session.GroupSetting;
import io.github.loopbaan.core.session.SessionKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The structural rules and the value semantics of regimes, voucher terms, uses and packages. */
class RegimeValuesTest {

  private static final VoucherTerms TERMS = FundingRegime.VDAB_004.getVoucherTerms().orElseThrow();

  private static void rule(ThrowingCallable construction, String attribute, String rule) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getAttribute()).isEqualTo(attribute);
              assertThat(e.getRule()).isEqualTo(rule);
            });
  }

  @Test
  void voucher_terms_reject_every_impossible_number() {
    rule(() -> TERMS.withHoursPerVoucher(Duration.ZERO), "hoursPerVoucher", "positive");
    rule(
        () -> TERMS.withMinimumIndividualPerVoucher(Duration.ofMinutes(-1)),
        "minimumIndividualPerVoucher",
        "not_negative");
    rule(
        () -> TERMS.withMaximumGroupPerVoucher(Duration.ofMinutes(-1)),
        "maximumGroupPerVoucher",
        "not_negative");
    rule(
        () -> TERMS.withAftercarePerPackage(Duration.ofMinutes(-1)),
        "aftercarePerPackage",
        "not_negative");
    rule(() -> TERMS.withVouchersPerPerson(0), "vouchersPerPerson", "positive");
    rule(() -> TERMS.withEntitlementPeriod(Period.ofDays(-1)), "entitlementPeriod", "not_negative");
    rule(() -> TERMS.withWaitingPeriod(Period.ofDays(-1)), "waitingPeriod", "not_negative");
    // 2.5 h + 1.5 h fill the 4 h exactly: allowed; one minute more is not.
    assertThat(TERMS.withWaitingPeriod(Period.ZERO).withEntitlementPeriod(Period.ZERO)).isNotNull();
    rule(
        () -> TERMS.withHoursPerVoucher(Duration.ofMinutes(239)),
        "minimumIndividualPerVoucher,maximumGroupPerVoucher",
        "individual_and_group_within_voucher");
  }

  @Test
  void a_regime_rejects_an_impossible_definition_and_knows_its_validity() {
    FundingRegime own = FundingRegime.GENERAL.withId("own");
    assertThat(own.getVersion()).isEqualTo(1);
    assertThat(own.isAgreementBeforeInDepth()).isFalse();
    assertThat(own.isEvaluationFirst()).isFalse();
    assertThat(own.isAftercareOnClientRequest()).isFalse();
    rule(() -> own.withVersion(0), "version", "positive");
    rule(() -> own.withSource(" "), "source", "not_blank");
    rule(() -> own.withAftercareWindow(Period.ofDays(-1)), "aftercareWindow", "not_negative");
    rule(
        () -> FundingRegime.VDAB_004.withVoucherTerms(Optional.empty()),
        "voucherTerms",
        "voucher_terms");
    FundingRegime dated =
        own.withValidFrom(LocalDate.of(2024, 1, 1)).withValidUntil(LocalDate.of(2024, 12, 31));
    assertThat(dated.isValidOn(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(dated.isValidOn(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(dated.isValidOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(dated.isValidOn(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(own.aftercareUntil(LocalDate.MAX)).isEmpty();
    assertThat(FundingRegime.VDAB_004.aftercareUntil(LocalDate.MAX)).contains(LocalDate.MAX);
  }

  @Test
  void a_registry_is_a_value_and_prefers_the_latest_start_then_the_highest_version() {
    FundingRegime v1 = FundingRegime.GENERAL.withId("budget").withFundingKind(FundingKind.EMPLOYER);
    FundingRegime v2 = v1.withVersion(2);
    FundingRegime later = v1.withId("budget_2025").withValidFrom(LocalDate.of(2025, 1, 1));
    FundingRegimes registry = FundingRegimes.of(v2, v1, later);
    assertThat(registry.all()).containsExactly(v1, v2, later);
    assertThat(registry.inForce(FundingKind.EMPLOYER, LocalDate.of(2024, 6, 1))).contains(v2);
    assertThat(registry.inForce(FundingKind.EMPLOYER, LocalDate.of(2025, 6, 1))).contains(later);
    assertThat(registry.holds(v1)).isTrue();
    assertThat(registry.holds(v1.withSource("other"))).isFalse();
    assertThat(registry).isEqualTo(FundingRegimes.of(v1, later, v2));
    assertThat(registry.hashCode()).isEqualTo(FundingRegimes.of(v1, later, v2).hashCode());
    assertThat(registry).isNotEqualTo(FundingRegimes.of(v1));
    assertThat(registry.toString()).isEqualTo("FundingRegimes[budget@1, budget@2, budget_2025@1]");
    assertThat(registry.find("budget", 3)).isEmpty();
  }

  @Test
  void a_voucher_use_is_a_value_with_every_figure() {
    Trajectory t =
        VoucherHoursTest.twoVouchers()
            .apply(
                TrajectoryCommand.holdInDepthConversation(
                    VoucherHoursTest.on(1, SessionKind.IN_DEPTH, GroupSetting.GROUP, 90, 10)))
            .orElseThrow();
    VoucherUse use = t.voucherUse(1).orElseThrow();
    assertThat(use.voucher()).isEqualTo(1);
    assertThat(use.terms()).isEqualTo(TERMS);
    assertThat(use.aftercare()).isEqualTo(Duration.ZERO);
    assertThat(use.aftercareLeft()).isEqualTo(Duration.ofMinutes(30));
    assertThat(use.group()).isEqualTo(Duration.ofMinutes(90));
    // the group maximum is reached exactly: nothing left for groups, 90 minutes for individuals
    assertThat(use.groupLeft()).isEqualTo(Duration.ZERO);
    assertThat(use.left()).isEqualTo(Duration.ofMinutes(90));
    assertThat(use.isOverRegistered()).isFalse();
    assertThat(use).isEqualTo(t.voucherUse(1).orElseThrow());
    assertThat(use.hashCode()).isEqualTo(t.voucherUse(1).orElseThrow().hashCode());
    assertThat(use).isNotEqualTo(t.voucherUse(2).orElseThrow());
    assertThat(use).isNotEqualTo("VoucherUse");
    assertThat(use.toString())
        .isEqualTo("VoucherUse[1: individual PT1H, group PT1H30M, aftercare PT0S]");
    VoucherUse aftercare =
        use.plus(VoucherHoursTest.on(1, SessionKind.AFTERCARE, GroupSetting.INDIVIDUAL, 31, 40));
    assertThat(aftercare.aftercare()).isEqualTo(Duration.ofMinutes(31));
    assertThat(aftercare.isOverRegistered()).isTrue();
    assertThat(
            use.plus(
                VoucherHoursTest.on(1, SessionKind.INTRODUCTORY, GroupSetting.INDIVIDUAL, 30, 1)))
        .isEqualTo(use);
  }

  @Test
  void a_package_names_a_positive_voucher_and_the_trajectory_finds_its_latest_synthesis() {
    rule(
        () ->
            VoucherPackage.of(
                0, DevelopmentPlan.draft(DevelopmentPlanId.of("p")), Optional.empty()),
        "voucher",
        "positive");
    Trajectory done = VoucherPackageTest.firstPackageDone();
    LocalDate synthesis = TrajectoryLifecycleTest.OPENED.plusDays(20);
    assertThat(done.latestSynthesisBy(synthesis)).contains(synthesis);
    assertThat(done.latestSynthesisBy(synthesis.minusDays(1))).isEmpty();
    assertThat(done.isSynthesisedOn(1)).isTrue();
    assertThat(done.isSynthesisedOn(2)).isFalse();
    assertThat(VoucherHoursTest.twoVouchers().packageVoucher()).isEmpty();
    assertThat(done.developmentPlans()).hasSize(1);
    assertThat(List.copyOf(done.getCompletedPackages())).isEmpty();
  }
}

package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link VoucherRegime} as a value: equal exactly when every part is, a hash code that follows, its
 * text, and the edges of its checks (zero is fine for the durations that may be zero, not for the
 * hours per voucher).
 */
class VoucherRegimeContractTest {

  static final VoucherRegime BASE = VoucherRegime.VDAB_004;

  static VoucherRegime changed(UnaryOperator<VoucherRegime.Builder> change) {
    return change.apply(VoucherRegime.builder().from(BASE)).build();
  }

  @Test
  void regimes_are_equal_exactly_when_every_part_is_equal() {
    assertThat(changed(b -> b)).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    List<VoucherRegime> others =
        List.of(
            changed(b -> b.id("other_regime")),
            changed(b -> b.validFrom(BASE.validFrom().plusDays(1))),
            changed(b -> b.hoursPerVoucher(BASE.hoursPerVoucher().plusHours(1))),
            changed(
                b ->
                    b.minimumIndividualPerVoucher(
                        BASE.minimumIndividualPerVoucher().minusMinutes(1))),
            changed(b -> b.maximumGroupPerVoucher(BASE.maximumGroupPerVoucher().minusMinutes(1))),
            changed(b -> b.aftercarePerPackage(BASE.aftercarePerPackage().plusMinutes(1))),
            changed(b -> b.aftercareWindow(BASE.aftercareWindow().plusMonths(1))),
            changed(b -> b.vouchersPerPerson(BASE.vouchersPerPerson() + 1)));
    for (VoucherRegime other : others) {
      assertThat(other).isNotEqualTo(BASE);
    }
    assertThat(BASE).isNotEqualTo(BASE.toString());
    assertThat(BASE.hashCode()).isNotZero();
    assertThat(BASE).hasToString("VoucherRegime[" + BASE.id() + " from " + BASE.validFrom() + "]");
    assertThat(BASE.hoursPerVoucher()).isPositive();
  }

  @Test
  void only_the_hours_per_voucher_must_be_more_than_zero_and_one_voucher_per_person_is_enough() {
    assertThatCode(
            () ->
                changed(
                    b ->
                        b.minimumIndividualPerVoucher(Duration.ZERO)
                            .maximumGroupPerVoucher(Duration.ZERO)
                            .aftercarePerPackage(Duration.ZERO)
                            .aftercareWindow(Period.ZERO)
                            .vouchersPerPerson(1)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> changed(b -> b.hoursPerVoucher(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> changed(b -> b.vouchersPerPerson(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> changed(b -> b.aftercareWindow(Period.ofDays(-1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.github.loopbaan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A regime supplied through {@code
 * META-INF/services/io.github.loopbaan.validation.VoucherRegimeProvider} is in the default registry
 * without any code change or call: the way a practice registers a new funding regime.
 */
class ServiceLoadedRegimeTest {

  /** A made-up regime from 2099 on, listed in this module's test resources. */
  public static final class FutureRegime implements VoucherRegimeProvider {
    @Override
    public List<VoucherRegime> regimes() {
      return List.of(
          VoucherRegime.builder()
              .id("test_regime_2099")
              .validFrom(LocalDate.of(2099, 1, 1))
              .hoursPerVoucher(Duration.ofHours(5))
              .minimumIndividualPerVoucher(Duration.ofHours(3))
              .maximumGroupPerVoucher(Duration.ofHours(2))
              .aftercarePerPackage(Duration.ofMinutes(45))
              .aftercareWindow(Period.ofYears(2))
              .vouchersPerPerson(3)
              .build());
    }
  }

  @Test
  void a_service_loaded_regime_is_chosen_for_trajectories_opened_from_its_start() {
    VoucherRegimes defaults = VoucherRegimes.defaults();
    assertThat(defaults.forStartDate(LocalDate.of(2099, 3, 1)).id()).isEqualTo("test_regime_2099");
    assertThat(defaults.forStartDate(LocalDate.of(2098, 12, 31)).id()).isEqualTo("vdab_004");
  }
}

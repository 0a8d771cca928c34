package io.github.loopbaan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arithmetic on legal values answers: exact below the calendar's and the duration's end, saturated
 * past them.
 */
class SaturatingTest {

  @Test
  void a_date_plus_a_period_is_exact_wherever_it_fits_and_the_calendars_end_past_it() {
    assertThat(Saturating.plus(LocalDate.of(2025, 1, 31), Period.ofMonths(1)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Saturating.plus(LocalDate.of(2025, 3, 1), Period.of(1, 2, 3)))
        .isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(Saturating.plus(LocalDate.of(2025, 3, 1), Period.ofDays(-3)))
        .isEqualTo(LocalDate.of(2025, 2, 26));
    // just below the fast path's bound and just above it, both exact
    LocalDate nearEnd = LocalDate.of(999_998_990, 6, 1);
    assertThat(Saturating.plus(nearEnd, Period.ofYears(5)))
        .isEqualTo(LocalDate.of(999_998_995, 6, 1));
    assertThat(Saturating.plus(LocalDate.of(999_999_990, 6, 1), Period.ofYears(5)))
        .isEqualTo(LocalDate.of(999_999_995, 6, 1));
    assertThat(Saturating.plus(LocalDate.of(999_999_990, 6, 1), Period.of(0, 24, 400)))
        .isEqualTo(LocalDate.of(999_999_992, 6, 1).plusDays(400));
    assertThat(Saturating.plus(LocalDate.of(999_999_999, 6, 1), Period.ofYears(1)))
        .isEqualTo(LocalDate.MAX);
    assertThat(Saturating.plus(LocalDate.MAX, Period.ofDays(1))).isEqualTo(LocalDate.MAX);
    assertThat(Saturating.plus(LocalDate.MIN, Period.ofDays(-1))).isEqualTo(LocalDate.MIN);
    assertThat(Saturating.plus(LocalDate.of(-999_999_990, 1, 1), Period.ofYears(-20)))
        .isEqualTo(LocalDate.MIN);
  }

  @Test
  void durations_add_and_multiply_exactly_and_stop_at_the_largest_duration() {
    assertThat(Saturating.plus(Duration.ofMinutes(90), Duration.ofMinutes(30)))
        .isEqualTo(Duration.ofHours(2));
    Duration half = Duration.ofSeconds(Long.MAX_VALUE / 2 + 1);
    assertThat(Saturating.plus(half, half)).isEqualTo(Saturating.MAX_DURATION);
    assertThat(Saturating.sum(List.of(Duration.ofMinutes(20), Duration.ofMinutes(40))))
        .isEqualTo(Duration.ofHours(1));
    assertThat(Saturating.sum(List.of())).isEqualTo(Duration.ZERO);
    assertThat(Saturating.sum(List.of(half, half, Duration.ofHours(1))))
        .isEqualTo(Saturating.MAX_DURATION);
    assertThat(Saturating.times(Duration.ofHours(3), 4)).isEqualTo(Duration.ofHours(12));
    assertThat(Saturating.times(half, 3)).isEqualTo(Saturating.MAX_DURATION);
    assertThat(Saturating.MAX_DURATION.getSeconds()).isEqualTo(Long.MAX_VALUE);
    assertThat(Saturating.MAX_DURATION.getNano()).isEqualTo(999_999_999);
  }
}

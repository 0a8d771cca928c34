package io.github.loopbaan.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loopbaan.core.privacy.Visibility;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How {@link Facts} words durations, periods, coded constants and lists in Dutch and English. */
class FactsFormatTest {

  static final Locale NL = Locale.forLanguageTag("nl");

  @Test
  void durations_show_hours_and_minutes_leaving_out_a_zero_part() {
    assertThat(Facts.format(Duration.ofMinutes(150), Locale.ENGLISH)).isEqualTo("2 h 30 min");
    assertThat(Facts.format(Duration.ofMinutes(150), NL)).isEqualTo("2 u 30 min");
    assertThat(Facts.format(Duration.ofHours(2), Locale.ENGLISH)).isEqualTo("2 h");
    assertThat(Facts.format(Duration.ofMinutes(30), NL)).isEqualTo("30 min");
    assertThat(Facts.format(Duration.ZERO, Locale.ENGLISH)).isEqualTo("0 min");
  }

  @Test
  void periods_show_years_months_and_days_in_singular_or_plural() {
    assertThat(Facts.format(Period.of(1, 1, 1), Locale.ENGLISH)).isEqualTo("1 year 1 month 1 day");
    assertThat(Facts.format(Period.of(2, 3, 4), Locale.ENGLISH))
        .isEqualTo("2 years 3 months 4 days");
    assertThat(Facts.format(Period.of(1, 1, 1), NL)).isEqualTo("1 jaar 1 maand 1 dag");
    assertThat(Facts.format(Period.of(2, 3, 4), NL)).isEqualTo("2 jaar 3 maanden 4 dagen");
    assertThat(Facts.format(Period.ofMonths(14), Locale.ENGLISH)).isEqualTo("1 year 2 months");
    assertThat(Facts.format(Period.ofDays(5), NL)).isEqualTo("5 dagen");
    assertThat(Facts.format(Period.ZERO, Locale.ENGLISH)).isEqualTo("0 days");
    assertThat(Facts.format(Period.ZERO, NL)).isEqualTo("0 dagen");
  }

  @Test
  void coded_constants_show_their_label_and_lists_are_joined_with_commas() {
    assertThat(Facts.format(Visibility.SHARED_WITH_CLIENT, Locale.ENGLISH))
        .isEqualTo(Visibility.SHARED_WITH_CLIENT.label(Locale.ENGLISH));
    assertThat(Facts.format(List.of(Duration.ofHours(1), Period.ofYears(1)), Locale.ENGLISH))
        .isEqualTo("1 h, 1 year");
    assertThat(Facts.english(42)).isEqualTo("42");
    assertThat(Facts.english(Period.ofYears(3))).isEqualTo("3 years");
  }
}

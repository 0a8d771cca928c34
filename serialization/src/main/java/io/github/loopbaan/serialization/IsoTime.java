package io.github.loopbaan.serialization;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The {@code java.time} types written as ISO-8601 text ({@code toString()}) and read through their
 * {@code parse(CharSequence)}: {@code LocalDate} "2025-03-01", {@code Duration} "PT1H30M", {@code Year} "1973",
 * and the other date, time and amount types. Registered by the module so that the wire format does not depend on
 * a mapper's date features (numbers and arrays are never accepted).
 */
final class IsoTime {

  private static final Set<Class<?>> TYPES = Set.of(LocalDate.class, LocalTime.class, LocalDateTime.class,
      OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class, Instant.class, Duration.class, Period.class,
      Year.class, YearMonth.class, MonthDay.class);

  private IsoTime() {
  }

  static boolean handles(Class<?> type) {
    return TYPES.contains(type);
  }

  static Method parser(Class<?> type) {
    try {
      return type.getMethod("parse", CharSequence.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no parse(CharSequence)", e);
    }
  }
}

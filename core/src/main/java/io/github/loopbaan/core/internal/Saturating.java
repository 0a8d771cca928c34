package io.github.loopbaan.core.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

/**
 * Date and duration arithmetic that saturates instead of throwing. Every {@link LocalDate} and
 * every positive {@link Duration} is a legal attribute value, so a computation on legal values must
 * answer: a day past {@link LocalDate#MAX} is {@link LocalDate#MAX} (no day lies after it, so
 * "until" windows stay correct), and a sum of durations past the largest {@link Duration} is that
 * largest duration (far above any limit a rule compares with). Not part of the public API.
 */
public final class Saturating {

  /** The largest {@link Duration}: {@link Long#MAX_VALUE} seconds and 999,999,999 nanoseconds. */
  public static final Duration MAX_DURATION = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

  /**
   * Below this absolute year plus the period's years, {@code LocalDate.plus} cannot leave the
   * supported range.
   */
  private static final long SAFE_YEAR = 999_999_000L;

  private Saturating() {}

  /**
   * @param date a day
   * @param period a non-negative period
   * @return {@code date.plus(period)}, or {@link LocalDate#MAX} when that lies past the supported
   *     range
   */
  public static LocalDate plus(LocalDate date, Period period) {
    // Far from the end of the calendar, the plain sum cannot overflow: no exception handler on the
    // common path.
    long years =
        Math.abs((long) period.getYears())
            + Math.abs(period.toTotalMonths()) / 12
            + Math.abs((long) period.getDays()) / 365
            + 2;
    if (Math.abs((long) date.getYear()) + years < SAFE_YEAR) {
      return date.plus(period);
    }
    try {
      return date.plus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return period.isNegative() ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  /**
   * @param a a non-negative duration
   * @param b a non-negative duration
   * @return {@code a.plus(b)}, or {@link #MAX_DURATION} when that overflows
   */
  public static Duration plus(Duration a, Duration b) {
    try {
      return a.plus(b);
    } catch (ArithmeticException e) {
      return MAX_DURATION;
    }
  }

  /**
   * @param durations non-negative durations
   * @return their sum, saturated at {@link #MAX_DURATION}
   */
  public static Duration sum(Iterable<Duration> durations) {
    Duration total = Duration.ZERO;
    for (Duration d : durations) {
      total = plus(total, d);
    }
    return total;
  }

  /**
   * @param duration a non-negative duration
   * @param factor a non-negative factor
   * @return {@code duration.multipliedBy(factor)}, or {@link #MAX_DURATION} when that overflows
   */
  public static Duration times(Duration duration, long factor) {
    try {
      return duration.multipliedBy(factor);
    } catch (ArithmeticException e) {
      return MAX_DURATION;
    }
  }
}

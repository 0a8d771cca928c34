package io.github.loopbaan.format;

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
 * {@code parse(CharSequence)}: {@code LocalDate} "2025-03-01", {@code Duration} "PT1H30M", {@code
 * Year} "1973", and the other date, time and amount types. Registered by the module so that the
 * wire format does not depend on a mapper's date features (numbers and arrays are never accepted).
 */
final class IsoTime {

  private static final Set<Class<?>> TYPES =
      Set.of(
          LocalDate.class,
          LocalTime.class,
          LocalDateTime.class,
          OffsetDateTime.class,
          OffsetTime.class,
          ZonedDateTime.class,
          Instant.class,
          Duration.class,
          Period.class,
          Year.class,
          YearMonth.class,
          MonthDay.class);

  private IsoTime() {}

  static boolean handles(Class<?> type) {
    return TYPES.contains(type);
  }

  /**
   * Parses ISO-8601 text as a value of one of the handled types, calling its {@code
   * parse(CharSequence)} directly rather than through reflection.
   *
   * @param type a type that {@link #handles(Class)}
   * @param text the text
   * @return the value
   * @throws java.time.DateTimeException when the text is not a valid value of the type
   */
  static Object parse(Class<?> type, CharSequence text) {
    if (type == LocalDate.class) {
      return localDate(text);
    }
    if (type == Duration.class) {
      return Duration.parse(text);
    }
    if (type == LocalTime.class) {
      return LocalTime.parse(text);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.parse(text);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.parse(text);
    }
    if (type == OffsetTime.class) {
      return OffsetTime.parse(text);
    }
    if (type == ZonedDateTime.class) {
      return ZonedDateTime.parse(text);
    }
    if (type == Instant.class) {
      return Instant.parse(text);
    }
    if (type == Period.class) {
      return Period.parse(text);
    }
    if (type == Year.class) {
      return Year.parse(text);
    }
    if (type == YearMonth.class) {
      return YearMonth.parse(text);
    }
    if (type == MonthDay.class) {
      return MonthDay.parse(text);
    }
    throw new IllegalStateException(
        type.getSimpleName() + " is not a java.time type of the wire format");
  }

  /**
   * Parses an ISO-8601 local date: the common form {@code yyyy-mm-dd} directly, any other through
   * {@link LocalDate#parse}, with the same outcome for every text (a date outside the calendar is a
   * {@link java.time.DateTimeException} both ways). The formatter costs more than the rest of
   * reading a date attribute.
   */
  static LocalDate localDate(CharSequence text) {
    LocalDate direct = direct(text);
    return direct != null ? direct : LocalDate.parse(text);
  }

  /**
   * @return the date of a text of the form {@code yyyy-mm-dd} in ASCII digits, or {@code null} for
   *     any other text (package-private so that tests see which texts take the direct path)
   * @throws java.time.DateTimeException for a text of that form that is not a date of the calendar
   */
  static LocalDate direct(CharSequence text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
  }

  /**
   * @return the number the ASCII digits from {@code start} to {@code end} spell, or -1 when one is
   *     not an ASCII digit (package-private for its tests)
   */
  static int digits(CharSequence text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}

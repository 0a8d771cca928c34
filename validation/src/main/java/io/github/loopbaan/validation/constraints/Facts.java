package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.Coded;
import java.time.Duration;
import java.time.Period;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the facts of a rule violation in nl or en: durations, periods, coded constants and lists
 * of them.
 */
public final class Facts {

  private Facts() {}

  /**
   * @param value a fact: a {@link Duration}, a {@link Period}, a {@link Coded} constant, a
   *     collection of them, or anything else (rendered with {@code toString()})
   * @param locale the language
   * @return the value in words of that language
   */
  public static String format(Object value, Locale locale) {
    boolean nl = "nl".equals(locale.getLanguage());
    if (value instanceof Duration) {
      Duration d = (Duration) value;
      long hours = d.toHours();
      long minutes = d.toMinutesPart();
      String h = hours + (nl ? " u" : " h");
      String min = minutes + " min";
      return hours == 0 ? min : minutes == 0 ? h : h + " " + min;
    }
    if (value instanceof Period) {
      Period p = ((Period) value).normalized();
      StringBuilder s = new StringBuilder();
      append(s, p.getYears(), nl ? "jaar" : "year", nl ? "jaar" : "years");
      append(s, p.getMonths(), nl ? "maand" : "month", nl ? "maanden" : "months");
      append(s, p.getDays(), nl ? "dag" : "day", nl ? "dagen" : "days");
      return s.length() == 0 ? (nl ? "0 dagen" : "0 days") : s.toString();
    }
    if (value instanceof Coded) {
      return ((Coded) value).label(locale);
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value)
          .stream().map(v -> format(v, locale)).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  private static void append(StringBuilder s, int amount, String one, String many) {
    if (amount != 0) {
      s.append(s.length() == 0 ? "" : " ")
          .append(amount)
          .append(' ')
          .append(amount == 1 ? one : many);
    }
  }

  /**
   * @param value a fact
   * @return the fact in English words
   */
  public static String english(Object value) {
    return format(value, Locale.ENGLISH);
  }
}

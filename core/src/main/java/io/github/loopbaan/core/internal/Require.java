package io.github.loopbaan.core.internal;

import io.github.loopbaan.core.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Structural checks used by {@code @Value.Check} methods of the model. Each failure is an {@link
 * InvalidValueException} naming type, attribute and rule, never the value. Not part of the public
 * API.
 */
public final class Require {

  /**
   * Longest free text accepted in any attribute, in characters. Guards memory, not completeness.
   */
  public static final int MAX_TEXT_LENGTH = 100_000;

  private Require() {}

  /** Rejects a blank (empty or whitespace-only) or overlong text. */
  public static void notBlank(String value, String type, String attribute) {
    if (value.isBlank()) {
      throw new InvalidValueException(type, attribute, "not_blank", "must not be blank");
    }
    maxLength(value, type, attribute);
  }

  /** Rejects a blank or overlong text when present. */
  public static void notBlank(Optional<String> value, String type, String attribute) {
    value.ifPresent(v -> notBlank(v, type, attribute));
  }

  /** Rejects a blank or overlong element of a list of texts. */
  public static void noBlankElements(Collection<String> values, String type, String attribute) {
    for (String value : values) {
      notBlank(value, type, attribute);
    }
  }

  /** Rejects a text longer than {@link #MAX_TEXT_LENGTH}. */
  public static void maxLength(String value, String type, String attribute) {
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(
          type,
          attribute,
          "max_length",
          "must not be longer than " + MAX_TEXT_LENGTH + " characters");
    }
  }

  /** Rejects a zero or negative duration. */
  public static void positive(Duration value, String type, String attribute) {
    if (value.isZero() || value.isNegative()) {
      throw new InvalidValueException(type, attribute, "positive", "must be a positive duration");
    }
  }

  /** Rejects a negative duration. */
  public static void notNegative(Duration value, String type, String attribute) {
    if (value.isNegative()) {
      throw new InvalidValueException(type, attribute, "not_negative", "must not be negative");
    }
  }

  /** Rejects a number outside {@code [min, max]}. */
  public static void inRange(long value, long min, long max, String type, String attribute) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          type, attribute, "in_range", "must be between " + min + " and " + max);
    }
  }

  /** Rejects a number outside {@code [min, max]}. */
  public static void inRange(double value, double min, double max, String type, String attribute) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(
          type, attribute, "in_range", "must be between " + min + " and " + max);
    }
  }

  /**
   * Rejects a date that lies before another one.
   *
   * @param later the date that must not come first
   * @param earlier the date it must not precede
   * @param attributes the attribute names, for example {@code "finalisedOn,intakeOn"}
   * @param explanation the rule in words, for example {@code "must not lie before the intake"}
   */
  public static void notBefore(
      LocalDate later, LocalDate earlier, String type, String attributes, String explanation) {
    if (later.isBefore(earlier)) {
      throw new InvalidValueException(type, attributes, "not_before", explanation);
    }
  }

  /**
   * As {@link #notBefore(LocalDate, LocalDate, String, String, String)} when both dates are
   * present.
   */
  public static void notBefore(
      Optional<LocalDate> later,
      Optional<LocalDate> earlier,
      String type,
      String attributes,
      String explanation) {
    if (later.isPresent() && earlier.isPresent()) {
      notBefore(later.get(), earlier.get(), type, attributes, explanation);
    }
  }

  /** Rejects a condition that does not hold, with the given rule code. */
  public static void that(
      boolean condition, String type, String attribute, String rule, String explanation) {
    if (!condition) {
      throw new InvalidValueException(type, attribute, rule, explanation);
    }
  }

  /**
   * Rejects a collection in which two elements share the same key (for example the same
   * identifier).
   */
  public static <T, K> void uniqueBy(
      Collection<T> values, Function<T, K> key, String type, String attribute) {
    if (values.size() < 2) {
      return;
    }
    Set<K> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(key.apply(value))) {
        throw new InvalidValueException(
            type, attribute, "unique", "must not hold two elements with the same key");
      }
    }
  }
}

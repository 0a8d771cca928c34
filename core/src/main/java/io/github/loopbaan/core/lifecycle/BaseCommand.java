package io.github.loopbaan.core.lifecycle;

import io.github.loopbaan.core.Coded;
import io.github.loopbaan.core.privacy.Classified;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The common part of every command of the model: its kind, its date, equality by kind, date and payload, and a
 * {@code toString()} that shows the kind and the date only (the payload may hold personal data; a health-data
 * kind shows as {@link Classified#REDACTED}). Dutch: basis van een handeling.
 *
 * @param <K> the command kind enum
 */
public abstract class BaseCommand<K extends Enum<K> & Coded> implements Command<K> {

  private static final Object[] NO_PAYLOAD = {};

  private final K kind;
  private final LocalDate date;

  /**
   * @param kind the kind of command
   * @param date the day it takes effect
   */
  protected BaseCommand(K kind, LocalDate date) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.date = Objects.requireNonNull(date, "date");
  }

  @Override
  public final K getKind() {
    return kind;
  }

  @Override
  public final LocalDate getDate() {
    return date;
  }

  /** @return the payload values, in a fixed order, compared by {@link #equals(Object)}; none by default */
  protected Object[] payload() {
    return NO_PAYLOAD;
  }

  /** Equal when of the same class, kind and date, with equal payload. */
  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    BaseCommand<?> other = (BaseCommand<?>) o;
    return other.kind == kind && other.date.equals(date) && Arrays.equals(other.payload(), payload());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(kind, date) * 31 + Arrays.hashCode(payload());
  }

  /** @return for example {@code hold_intake@2025-01-20}; never the payload */
  @Override
  public final String toString() {
    return Classified.shown(kind) + "@" + date;
  }
}

package io.github.loopbaan.core.trajectory;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.immutables.value.Value;

/**
 * An academic year, identified by the day it starts. Dutch: academiejaar.
 *
 * <p>The Flemish training attest (004) refers to "the academic year for which the training
 * vouchers, training credit or training leave are requested" and to its start ("aanvang van het
 * academiejaar"). 004 does not say on which day that is. Loopbaan takes 1 September by default
 * ({@link #startingIn(int)}), the start of the Flemish school and academic year, and lets the
 * caller give the exact first day when a training provider starts differently ({@link
 * #startingOn(LocalDate)}).
 */
@Value.Immutable
public abstract class AcademicYear implements WithAcademicYear, Comparable<AcademicYear> {

  AcademicYear() {}

  /**
   * @return a builder for an academic year
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param startYear the calendar year in which the academic year starts, for example 2024 for
   *     2024-2025
   * @return the academic year starting on 1 September of {@code startYear}
   */
  public static AcademicYear startingIn(int startYear) {
    return startingOn(LocalDate.of(startYear, Month.SEPTEMBER, 1));
  }

  /**
   * @param startsOn the first day of the academic year
   * @return the academic year starting on that day
   */
  public static AcademicYear startingOn(LocalDate startsOn) {
    return builder().startsOn(startsOn).build();
  }

  /**
   * @return the first day of the academic year (Dutch: aanvang van het academiejaar)
   */
  public abstract LocalDate getStartsOn();

  /**
   * @return the calendar year in which the academic year starts
   */
  public Year startYear() {
    return Year.of(getStartsOn().getYear());
  }

  /**
   * @return the usual notation, for example {@code "2024-2025"}
   */
  public String label() {
    return getStartsOn().getYear() + "-" + (getStartsOn().getYear() + 1);
  }

  /** Orders academic years by their first day. */
  @Override
  public int compareTo(AcademicYear other) {
    return getStartsOn().compareTo(other.getStartsOn());
  }

  /** Builds an {@link AcademicYear}. Obtain one from {@link AcademicYear#builder()}. */
  public static final class Builder extends ImmutableAcademicYear.Builder {
    Builder() {}
  }
}

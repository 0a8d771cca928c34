package io.github.loopbaan.core.retention;

import io.github.loopbaan.core.privacy.DataCategory;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One category of personal data of a record and the day it is due for erasure, with why: the
 * policy's term for the category, counted from the record's basis day. Dutch: te wissen vanaf.
 *
 * <p>Holds dates and codes only; {@link #toString()} may be logged.
 */
public final class RetentionDue {

  private final DataCategory category;
  private final RetentionBasis basis;
  private final LocalDate basisDate;
  private final Period term;
  private final LocalDate dueOn;

  RetentionDue(
      DataCategory category,
      RetentionBasis basis,
      LocalDate basisDate,
      Period term,
      LocalDate dueOn) {
    this.category = category;
    this.basis = basis;
    this.basisDate = basisDate;
    this.term = term;
    this.dueOn = dueOn;
  }

  /**
   * @return the category of data: {@link DataCategory#PERSONAL} or {@link DataCategory#HEALTH}
   */
  public DataCategory getCategory() {
    return category;
  }

  /**
   * @return the stable rule code: {@code retention_personal} or {@code retention_health}
   */
  public String getRule() {
    return "retention_" + category.code();
  }

  /**
   * @return which day of the record the term runs from
   */
  public RetentionBasis getBasis() {
    return basis;
  }

  /**
   * @return that day
   */
  public LocalDate getBasisDate() {
    return basisDate;
  }

  /**
   * @return the policy's term for the category
   */
  public Period getTerm() {
    return term;
  }

  /**
   * @return the first day on which the data is due for erasure: the basis day plus the term ({@link
   *     LocalDate#MAX} when that lies past the calendar)
   */
  public LocalDate getDueOn() {
    return dueOn;
  }

  /**
   * @param day a day
   * @return whether the data is due for erasure on that day
   */
  public boolean isDueOn(LocalDate day) {
    return !day.isBefore(dueOn);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetentionDue)) {
      return false;
    }
    RetentionDue d = (RetentionDue) o;
    return d.category == category
        && d.basis == basis
        && d.basisDate.equals(basisDate)
        && d.term.equals(term)
        && d.dueOn.equals(dueOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, basis, basisDate, term, dueOn);
  }

  /**
   * @return for example {@code RetentionDue[retention_health from closed_on 2026-06-19 + P1Y:
   *     2027-06-19]}
   */
  @Override
  public String toString() {
    return "RetentionDue["
        + getRule()
        + " from "
        + basis.code()
        + " "
        + basisDate
        + " + "
        + term
        + ": "
        + dueOn
        + "]";
  }
}

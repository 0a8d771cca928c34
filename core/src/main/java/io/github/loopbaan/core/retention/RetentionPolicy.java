package io.github.loopbaan.core.retention;

import io.github.loopbaan.core.InvalidValueException;
import io.github.loopbaan.core.internal.Saturating;
import io.github.loopbaan.core.lifecycle.Event;
import io.github.loopbaan.core.privacy.DataCategories;
import io.github.loopbaan.core.privacy.DataCategory;
import io.github.loopbaan.core.trajectory.Consent;
import io.github.loopbaan.core.trajectory.ConsentScope;
import io.github.loopbaan.core.trajectory.Trajectory;
import io.github.loopbaan.core.trajectory.TrajectoryCommand;
import io.github.loopbaan.core.trajectory.TrajectoryStage;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How long a trajectory's personal and health data are kept after the guidance ended, and so what
 * in a trajectory is due for erasure on a given day, and why. Dutch: bewaarbeleid.
 *
 * <pre>{@code
 * RetentionPolicy policy = RetentionPolicy.standard()
 *     .withTerm(DataCategory.PERSONAL, Period.ofYears(5));   // what the practice's funder asks
 * for (RetentionDue due : policy.dueOn(trajectory, today)) {
 *   // erase the data of due.getCategory(); due.getRule() and due.getBasisDate() say why
 * }
 * }</pre>
 *
 * <p><b>From the record's own dates.</b> A term runs from the {@linkplain RetentionBasis basis}
 * day: the day a trajectory was closed (aftercare comes before the closing in the lifecycle, so the
 * closing day is also after the last aftercare), or, for a trajectory never closed, the day of its
 * last event. Health data whose consent the client withdrew is due on the withdrawal day, when that
 * comes first ({@link RetentionBasis#CONSENT_WITHDRAWN_ON}). There is no clock inside: the caller
 * names the day.
 *
 * <p><b>Defaults, and why.</b> The sources (seeds 000-004) name no retention term; GDPR art.
 * 5(1)(e) asks that data be kept no longer than its purpose needs. Loopbaan's defaults, which an
 * application replaces with its own terms ({@link #withTerm}):
 *
 * <ul>
 *   <li><b>Health data: one year</b> ({@value #DEFAULT_HEALTH_YEARS}) after the basis day. Special
 *       category data (art. 9) serves the guidance itself; a year covers the aftercare (within a
 *       year of the POP for a Flemish voucher trajectory, 004 §5) and a complaint about it.
 *   <li><b>Other personal data: two years</b> ({@value #DEFAULT_PERSONAL_YEARS}) after the basis
 *       day: the aftercare, the evaluation and a client's return within the voucher regime's
 *       waiting period can draw on the file.
 * </ul>
 *
 * <p>Data that is not personal (dates, durations, codes of ordinary category, voucher counts) has
 * no term here: it is what an erased or pseudonymised record keeps for the funder's accounts.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RetentionPolicy {

  /** The default term of health data, in years. */
  public static final int DEFAULT_HEALTH_YEARS = 1;

  /** The default term of other personal data, in years. */
  public static final int DEFAULT_PERSONAL_YEARS = 2;

  private static final RetentionPolicy STANDARD =
      new RetentionPolicy(
          Map.of(
              DataCategory.HEALTH, Period.ofYears(DEFAULT_HEALTH_YEARS),
              DataCategory.PERSONAL, Period.ofYears(DEFAULT_PERSONAL_YEARS)));

  private final Map<DataCategory, Period> terms;

  private RetentionPolicy(Map<DataCategory, Period> terms) {
    this.terms = new EnumMap<>(terms);
  }

  /**
   * @return the policy with Loopbaan's default terms: health data one year, other personal data two
   *     years
   */
  public static RetentionPolicy standard() {
    return STANDARD;
  }

  /**
   * @param category {@link DataCategory#PERSONAL} or {@link DataCategory#HEALTH}
   * @param term how long after the basis day the data is kept; zero or more ({@code Period.ZERO}:
   *     due on the basis day itself)
   * @return a policy with that term for the category and this policy's other terms
   * @throws InvalidValueException for {@link DataCategory#ORDINARY}, which has no term (rule {@code
   *     personal_only}), or a negative term (rule {@code not_negative})
   */
  public RetentionPolicy withTerm(DataCategory category, Period term) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(term, "term");
    if (category == DataCategory.ORDINARY) {
      throw ordinary();
    }
    if (term.isNegative()) {
      throw new InvalidValueException(
          "RetentionPolicy", "term", "not_negative", "a term is zero or more");
    }
    Map<DataCategory, Period> changed = new EnumMap<>(terms);
    changed.put(category, term);
    return new RetentionPolicy(changed);
  }

  /**
   * @param category {@link DataCategory#PERSONAL} or {@link DataCategory#HEALTH}
   * @return the term of the category
   * @throws InvalidValueException for {@link DataCategory#ORDINARY} (rule {@code personal_only})
   */
  public Period term(DataCategory category) {
    Period term = terms.get(Objects.requireNonNull(category, "category"));
    if (term == null) {
      throw ordinary();
    }
    return term;
  }

  private static InvalidValueException ordinary() {
    return new InvalidValueException(
        "RetentionPolicy",
        "term",
        "personal_only",
        "only personal and health data have a retention term, ordinary data has none");
  }

  /**
   * The erasure schedule of a trajectory: for each category of personal data it holds (health
   * first), the day it is due. A trajectory without personal data has an empty schedule.
   *
   * @param trajectory the trajectory
   * @return the schedule, health data first
   */
  public List<RetentionDue> schedule(Trajectory trajectory) {
    Objects.requireNonNull(trajectory, "trajectory");
    Set<DataCategory> held = DataCategories.heldIn(trajectory);
    RetentionBasis basis = basisOf(trajectory);
    LocalDate from = basisDate(trajectory, basis);
    List<RetentionDue> schedule = new ArrayList<>();
    for (DataCategory category : List.of(DataCategory.HEALTH, DataCategory.PERSONAL)) {
      if (held.contains(category)) {
        Period term = terms.get(category);
        LocalDate due = Saturating.plus(from, term);
        Optional<LocalDate> withdrawn =
            category == DataCategory.HEALTH
                ? healthConsentWithdrawnOn(trajectory)
                : Optional.empty();
        if (withdrawn.isPresent() && withdrawn.get().isBefore(due)) {
          schedule.add(
              new RetentionDue(
                  category,
                  RetentionBasis.CONSENT_WITHDRAWN_ON,
                  withdrawn.get(),
                  Period.ZERO,
                  withdrawn.get()));
        } else {
          schedule.add(new RetentionDue(category, basis, from, term, due));
        }
      }
    }
    return schedule;
  }

  /**
   * What in a trajectory is due for erasure on a day, and why.
   *
   * @param trajectory the trajectory
   * @param day the day asked about
   * @return the categories due on that day (health first); empty when nothing is due
   */
  public List<RetentionDue> dueOn(Trajectory trajectory, LocalDate day) {
    Objects.requireNonNull(day, "day");
    List<RetentionDue> due = new ArrayList<>();
    for (RetentionDue entry : schedule(trajectory)) {
      if (entry.isDueOn(day)) {
        due.add(entry);
      }
    }
    return due;
  }

  private static RetentionBasis basisOf(Trajectory trajectory) {
    return trajectory.getStage() == TrajectoryStage.CLOSED
        ? RetentionBasis.CLOSED_ON
        : RetentionBasis.LAST_EVENT_ON;
  }

  private static LocalDate basisDate(Trajectory trajectory, RetentionBasis basis) {
    if (basis == RetentionBasis.CLOSED_ON) {
      return closingDay(trajectory);
    }
    return trajectory.getHistory().isEmpty()
        ? trajectory.getOpenedOn()
        : trajectory.getHistory().last().getDate();
  }

  /**
   * @return the day of the last withdrawal when the trajectory has records for health data and
   *     every one of them is a withdrawn consent; empty when one still stands (a consent not
   *     withdrawn or another legal ground) or there is none
   */
  private static Optional<LocalDate> healthConsentWithdrawnOn(Trajectory trajectory) {
    LocalDate last = null;
    for (Consent consent : trajectory.getConsents()) {
      if (consent.getScope() != ConsentScope.HEALTH_DATA) {
        continue;
      }
      if (consent.getWithdrawnOn().isEmpty()) {
        return Optional.empty();
      }
      LocalDate withdrawn = consent.getWithdrawnOn().get();
      last = last == null || withdrawn.isAfter(last) ? withdrawn : last;
    }
    return Optional.ofNullable(last);
  }

  /** The day of the event that entered the closed stage (a correction afterwards stays in it). */
  private static LocalDate closingDay(Trajectory trajectory) {
    LocalDate day = trajectory.getOpenedOn();
    for (Event<TrajectoryStage, TrajectoryCommand> event : trajectory.getHistory()) {
      if (event.getTo() == TrajectoryStage.CLOSED && event.getFrom() != TrajectoryStage.CLOSED) {
        day = event.getDate();
      }
    }
    return day;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetentionPolicy && ((RetentionPolicy) o).terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /**
   * @return for example {@code RetentionPolicy{PERSONAL=P2Y, HEALTH=P1Y}}
   */
  @Override
  public String toString() {
    return "RetentionPolicy" + terms;
  }
}

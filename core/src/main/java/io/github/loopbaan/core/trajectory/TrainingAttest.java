package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.privacy.PersonalData;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The coach's attest that a training fits the client's POP (004, Flanders). Dutch: Attest opleiding
 * in het kader van het persoonlijk ontwikkelingsplan.
 *
 * <p>Highly educated clients can only claim training vouchers, training leave or training credit
 * ({@link TrainingBenefit}) when the training is named explicitly in the POP. The coach declares on
 * their honour that the training fits the POP; the attest is issued once and holds for all
 * enrolment years of the training ({@link #coversEnrolmentYear(AcademicYear)}).
 *
 * <p>004 forbids issuing it for guidance started after the start of the academic year concerned,
 * and for guidance started only to obtain these benefits without any other career question. Both
 * are validation rules, not structural ones (an attest recorded in breach of them must still be
 * representable so that it can be reported); {@link #guidanceStartedAfterAcademicYearStart()} gives
 * the validator the first, the trajectory's career questions the second. The training is named by
 * its title, not by a reference to the development plan; the title says what this client plans to
 * study and is treated as personal data, absent from {@link #toString()}.
 *
 * <p>Structural rules: the training title is not blank; the attest is not issued before the
 * guidance started ({@code not_before}).
 */
@Value.Immutable
public abstract class TrainingAttest implements WithTrainingAttest {

  TrainingAttest() {}

  /**
   * @return a builder for a training attest
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the day the coach issued the attest
   */
  public abstract LocalDate getIssuedOn();

  /**
   * @return the training as it is named in the POP, for example "Bachelor verpleegkunde"
   */
  @PersonalData
  @Value.Redacted
  public abstract String getTrainingTitle();

  /**
   * @return the academic year in which the training starts (the first enrolment year)
   */
  public abstract AcademicYear getAcademicYear();

  /**
   * @return the day the career guidance started (the guidance the attest is based on)
   */
  public abstract LocalDate getGuidanceStartedOn();

  /**
   * @return the benefits the client intends to claim with the attest; may be empty when not
   *     recorded
   */
  public abstract Set<TrainingBenefit> getBenefits();

  /**
   * @return whether the guidance started after the first day of the academic year concerned; 004
   *     forbids issuing the attest in that case
   */
  public boolean guidanceStartedAfterAcademicYearStart() {
    return getGuidanceStartedOn().isAfter(getAcademicYear().getStartsOn());
  }

  /**
   * @param year an enrolment year of the training
   * @return whether the attest holds for it: issued once, it covers the academic year in which the
   *     training starts and every later one (004)
   */
  public boolean coversEnrolmentYear(AcademicYear year) {
    return year.compareTo(getAcademicYear()) >= 0;
  }

  @Value.Check
  void check() {
    Require.notBlank(getTrainingTitle(), "TrainingAttest", "trainingTitle");
    Require.notBefore(
        getIssuedOn(),
        getGuidanceStartedOn(),
        "TrainingAttest",
        "issuedOn,guidanceStartedOn",
        "must not lie before the start of the guidance");
  }

  /** Builds a {@link TrainingAttest}. Obtain one from {@link TrainingAttest#builder()}. */
  public static final class Builder extends ImmutableTrainingAttest.Builder {
    Builder() {}
  }
}

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.internal.Require;
import io.github.loopbaan.core.internal.Saturating;
import io.github.loopbaan.core.party.EmploymentSituation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A funding regime: the rules of whoever pays for a trajectory, as dated, named data (Dutch:
 * financieringsregeling). The {@linkplain TrajectoryLifecycle trajectory lifecycle} is one general
 * coaching process; a regime adds its process rules to it and gives the voucher rules their
 * numbers:
 *
 * <ul>
 *   <li>{@link #isAgreementBeforeInDepth()}: in-depth conversations need the signed intake
 *       agreement (guard {@code agreement_signed});
 *   <li>{@link #isEvaluationFirst()}: aftercare and closing need the evaluation invitation (guard
 *       {@code evaluation_sent});
 *   <li>{@link #isAftercareOnClientRequest()}: aftercare only at the client's request (check {@code
 *       aftercare_not_requested_by_client});
 *   <li>{@link #getAftercareWindow()}: how long after a synthesis the client may ask for aftercare
 *       (guard {@code within_aftercare_window}); aftercare within the window stays possible after
 *       the trajectory is closed;
 *   <li>{@link #getVoucherTerms()}: the hours per voucher and the vouchers per person.
 * </ul>
 *
 * <p>A trajectory carries its regime in its {@link Funding}, so a stored file says by itself under
 * which rules it ran; {@link #getId()} and {@link #getVersion()} name it in a validation report. An
 * application registers its own regimes (a Dutch employer's development budget, outplacement, a new
 * VDAB regulation) as values, without a library release, and chooses among them with {@link
 * FundingRegimes}.
 *
 * <p>Structural rules: the identifier is lower-case letters, digits and underscores ({@code
 * pattern}); the version is at least 1 ({@code positive}); the source is not blank; the validity
 * does not end before it starts ({@code not_before}); voucher terms belong to a career-voucher
 * regime and a career-voucher regime has them ({@code voucher_terms}); the aftercare window is not
 * negative ({@code not_negative}).
 */
@Value.Immutable
public abstract class FundingRegime implements WithFundingRegime {

  private static final String TYPE = "FundingRegime";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  /**
   * The Flemish career-voucher regime of seed 004 (VDAB rules as a recognised career centre
   * published them in 2024): a signed agreement before the in-depth conversations; the evaluation
   * invitation after each trajectory, before aftercare and closing; aftercare on the client's
   * request up to one year after the synthesis conversation, at most 30 minutes per package; per
   * voucher 4 hours, of which at least 2.5 individual and so at most 1.5 in a group; two vouchers
   * per person ("loopbaancheque 1 of 2"). The seed does not say since when these numbers hold, so
   * the regime is valid from {@link LocalDate#MIN}, open-ended.
   */
  public static final FundingRegime VDAB_004 =
      builder()
          .id("vdab_004")
          .version(1)
          .source(
              "VDAB career voucher rules (loopbaancheques) as published by a recognised career"
                  + " centre, 2024 (seed 004)")
          .fundingKind(FundingKind.CAREER_VOUCHER)
          .validFrom(LocalDate.MIN)
          .agreementBeforeInDepth(true)
          .evaluationFirst(true)
          .aftercareOnClientRequest(true)
          .aftercareWindow(Period.ofYears(1))
          .voucherTerms(
              VoucherTerms.builder()
                  .hoursPerVoucher(Duration.ofHours(4))
                  .minimumIndividualPerVoucher(Duration.ofMinutes(150))
                  .maximumGroupPerVoucher(Duration.ofMinutes(90))
                  .aftercarePerPackage(Duration.ofMinutes(30))
                  .vouchersPerPerson(2)
                  .build())
          .build();

  /**
   * The general coaching process, for a trajectory paid by the client, an employer or another
   * public scheme whose rules Loopbaan does not know: no process rule beyond the lifecycle's own,
   * no aftercare after closing, no hours per voucher. An application that knows the rules of its
   * funder registers a regime of its own.
   */
  public static final FundingRegime GENERAL =
      builder()
          .id("general")
          .version(1)
          .source("Loopbaan's general coaching trajectory (domain brief; seeds 001 to 003)")
          .validFrom(LocalDate.MIN)
          .build();

  FundingRegime() {}

  /**
   * @return a builder for a regime
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param kind a funding kind
   * @return the regime Loopbaan applies when a funding names none: {@link #VDAB_004} for career
   *     vouchers, {@link #GENERAL} otherwise
   */
  public static FundingRegime defaultFor(FundingKind kind) {
    return kind == FundingKind.CAREER_VOUCHER ? VDAB_004 : GENERAL;
  }

  /**
   * @return the stable identifier, for example {@code vdab_004}
   */
  public abstract String getId();

  /**
   * @return the version of the regime's data under its identifier; a corrected regime keeps its
   *     identifier and gets a higher version. 1 by default
   */
  @Value.Default
  public int getVersion() {
    return 1;
  }

  /**
   * @return the regulation or source the regime encodes, in words, so an audit can trace it
   */
  public abstract String getSource();

  /**
   * @return the funding kind the regime governs, when it is tied to one (career vouchers for {@link
   *     #VDAB_004}); empty for a regime any funding may use
   */
  public abstract Optional<FundingKind> getFundingKind();

  /**
   * @return the first opening day of a trajectory to which the regime applies
   */
  public abstract LocalDate getValidFrom();

  /**
   * @return the last opening day to which the regime applies, when it has ended
   */
  public abstract Optional<LocalDate> getValidUntil();

  /**
   * @return whether in-depth conversations need the signed intake agreement (004: "ondertekening
   *     overeenkomst" at the intake); false by default
   */
  @Value.Default
  public boolean isAgreementBeforeInDepth() {
    return false;
  }

  /**
   * @return whether the evaluation invitation must be sent before aftercare and before closing
   *     (004: the invitation follows "each trajectory", aftercare follows "the end of a
   *     trajectory"); false by default
   */
  @Value.Default
  public boolean isEvaluationFirst() {
    return false;
  }

  /**
   * @return whether aftercare is given only at the client's request (004 §7: "de nazorg gebeurt op
   *     vraag van de klant"): the lifecycle refuses an aftercare request recorded as the coach's
   *     ({@code aftercare_not_requested_by_client}); false by default
   */
  @Value.Default
  public boolean isAftercareOnClientRequest() {
    return false;
  }

  /**
   * @return whether the regime pays only a recognised career centre: the trajectory names its
   *     {@linkplain Trajectory#getProvider() provider} with a recognition number once the intake is
   *     held (rule {@code base_provider_recognised}). False by default, and false under {@link
   *     #VDAB_004}: the seed names the career centre but no recognition number; an application
   *     whose regulation asks for one registers a regime that says so
   */
  @Value.Default
  public boolean isRecognisedProviderRequired() {
    return false;
  }

  /**
   * @return whether the intake must record the client's eligibility: the right to guidance
   *     confirmed and the financial contribution settled (rule {@code base_eligibility_recorded}).
   *     False by default and under {@link #VDAB_004}, whose seed lists these as intake topics
   *     without saying what must be recorded
   */
  @Value.Default
  public boolean isEligibilityRequired() {
    return false;
  }

  /**
   * @return the employment situations the regime funds; empty: any. The seeds name none, so the
   *     built-in regimes leave it empty
   */
  public abstract Set<EmploymentSituation> getEligibleSituations();

  /**
   * @return how long after a synthesis conversation the client may ask for aftercare (one year
   *     under {@link #VDAB_004}); within it aftercare is possible after closing too. Empty: the
   *     regime grants no aftercare after closing and sets no limit while the trajectory runs
   */
  public abstract Optional<Period> getAftercareWindow();

  /**
   * @return the voucher numbers, for a career-voucher regime
   */
  public abstract Optional<VoucherTerms> getVoucherTerms();

  /**
   * @param openedOn the day a trajectory was opened
   * @return whether the regime applies to a trajectory opened that day
   */
  public boolean isValidOn(LocalDate openedOn) {
    return !openedOn.isBefore(getValidFrom())
        && getValidUntil().map(until -> !openedOn.isAfter(until)).orElse(true);
  }

  /**
   * @param synthesis the day of a synthesis conversation
   * @return the last day of aftercare after that synthesis, saturating at {@link LocalDate#MAX};
   *     empty when the regime has no aftercare window
   */
  public Optional<LocalDate> aftercareUntil(LocalDate synthesis) {
    Optional<Period> window = getAftercareWindow();
    return window.isPresent()
        ? Optional.of(Saturating.plus(synthesis, window.get()))
        : Optional.empty();
  }

  /**
   * @return the identifier and the version, for example {@code vdab_004@1}: how a report names the
   *     regime
   */
  public String ref() {
    return getId() + "@" + getVersion();
  }

  @Value.Check
  void check() {
    Require.that(
        ID.matcher(getId()).matches(),
        TYPE,
        "id",
        "pattern",
        "must be lower-case letters, digits and underscores, starting with a letter");
    Require.that(getVersion() >= 1, TYPE, "version", "positive", "must be at least 1");
    Require.notBlank(getSource(), TYPE, "source");
    Require.notBefore(
        getValidUntil(),
        Optional.of(getValidFrom()),
        TYPE,
        "validUntil,validFrom",
        "must not lie before the first day of validity");
    boolean voucher = getFundingKind().map(k -> k == FundingKind.CAREER_VOUCHER).orElse(false);
    Require.that(
        voucher == getVoucherTerms().isPresent(),
        TYPE,
        "voucherTerms",
        "voucher_terms",
        "must be present exactly when the regime governs career-voucher funding");
    Require.that(
        getAftercareWindow().map(p -> !p.isNegative()).orElse(true),
        TYPE,
        "aftercareWindow",
        "not_negative",
        "must not be negative");
  }

  /**
   * @return for example {@code FundingRegime[vdab_004@1]}
   */
  @Override
  public String toString() {
    return "FundingRegime[" + ref() + "]";
  }

  /** Builds a {@link FundingRegime}. Obtain one from {@link FundingRegime#builder()}. */
  public static final class Builder extends ImmutableFundingRegime.Builder {
    Builder() {}
  }
}

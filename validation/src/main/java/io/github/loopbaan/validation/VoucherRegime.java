package io.github.loopbaan.validation;

import io.github.loopbaan.core.internal.Saturating;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The parameters of the Flemish career vouchers in force from a day on (Dutch: regeling
 * loopbaancheques). Funding rules change over time; the rule set {@link RuleSet#FLEMISH_VOUCHER}
 * applies the regime in force on the day a trajectory was opened ({@code
 * Trajectory.getOpenedOn()}), chosen by {@link VoucherRegimes#forStartDate}.
 *
 * <p>Loopbaan ships {@link #VDAB_004}, the regime seed 004 describes. Register another one, without
 * changing the library, with {@link VoucherRegimes#register(VoucherRegime)} or a {@link
 * VoucherRegimeProvider}.
 */
public final class VoucherRegime {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  /**
   * The regime of seed 004 (VDAB rules as published by a Flemish career centre in 2024): 4 hours
   * per voucher, of which at least 2.5 hours individual and so at most 1.5 hours in a group;
   * aftercare at most 30 minutes per package, up to one year after the synthesis conversation; two
   * vouchers per person ("loopbaancheque 1 of 2"). The seed does not say since when these numbers
   * hold, so this regime applies from the start ({@link LocalDate#MIN}) until a later regime is
   * registered.
   */
  public static final VoucherRegime VDAB_004 =
      builder()
          .id("vdab_004")
          .validFrom(LocalDate.MIN)
          .hoursPerVoucher(Duration.ofHours(4))
          .minimumIndividualPerVoucher(Duration.ofMinutes(150))
          .maximumGroupPerVoucher(Duration.ofMinutes(90))
          .aftercarePerPackage(Duration.ofMinutes(30))
          .aftercareWindow(Period.ofYears(1))
          .vouchersPerPerson(2)
          .build();

  private final String id;
  private final LocalDate validFrom;
  private final Duration hoursPerVoucher;
  private final Duration minimumIndividualPerVoucher;
  private final Duration maximumGroupPerVoucher;
  private final Duration aftercarePerPackage;
  private final Period aftercareWindow;
  private final int vouchersPerPerson;

  private VoucherRegime(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.validFrom = Objects.requireNonNull(b.validFrom, "validFrom");
    this.hoursPerVoucher = Objects.requireNonNull(b.hoursPerVoucher, "hoursPerVoucher");
    this.minimumIndividualPerVoucher =
        Objects.requireNonNull(b.minimumIndividualPerVoucher, "minimumIndividualPerVoucher");
    this.maximumGroupPerVoucher =
        Objects.requireNonNull(b.maximumGroupPerVoucher, "maximumGroupPerVoucher");
    this.aftercarePerPackage = Objects.requireNonNull(b.aftercarePerPackage, "aftercarePerPackage");
    this.aftercareWindow = Objects.requireNonNull(b.aftercareWindow, "aftercareWindow");
    this.vouchersPerPerson = b.vouchersPerPerson;
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "VoucherRegime.id must be lower-case letters, digits and underscores");
    }
    if (hoursPerVoucher.isNegative()
        || hoursPerVoucher.isZero()
        || minimumIndividualPerVoucher.isNegative()
        || maximumGroupPerVoucher.isNegative()
        || aftercarePerPackage.isNegative()
        || aftercareWindow.isNegative()
        || vouchersPerPerson < 1) {
      throw new IllegalArgumentException(
          "VoucherRegime: hours per voucher and vouchers per person must be positive"
              + " and no duration or period may be negative");
    }
    if (Saturating.plus(minimumIndividualPerVoucher, maximumGroupPerVoucher)
            .compareTo(hoursPerVoucher)
        > 0) {
      throw new IllegalArgumentException(
          "VoucherRegime: minimum individual plus maximum group guidance must not exceed the hours per voucher");
    }
  }

  /**
   * @return a builder for a regime
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the regime's stable identifier, for example {@code vdab_004}
   */
  public String id() {
    return id;
  }

  /**
   * @return the first opening day of a trajectory to which the regime applies
   */
  public LocalDate validFrom() {
    return validFrom;
  }

  /**
   * @return the guidance one voucher pays for (4 hours under {@link #VDAB_004})
   */
  public Duration hoursPerVoucher() {
    return hoursPerVoucher;
  }

  /**
   * @return the individual guidance to register at least per voucher (2.5 hours under {@link
   *     #VDAB_004})
   */
  public Duration minimumIndividualPerVoucher() {
    return minimumIndividualPerVoucher;
  }

  /**
   * @return the group guidance allowed at most per voucher (1.5 hours under {@link #VDAB_004})
   */
  public Duration maximumGroupPerVoucher() {
    return maximumGroupPerVoucher;
  }

  /**
   * @return the aftercare allowed at most per package (30 minutes under {@link #VDAB_004})
   */
  public Duration aftercarePerPackage() {
    return aftercarePerPackage;
  }

  /**
   * @return how long after the synthesis conversation aftercare may be given (one year under {@link
   *     #VDAB_004})
   */
  public Period aftercareWindow() {
    return aftercareWindow;
  }

  /**
   * @return how many vouchers one person may use (2 under {@link #VDAB_004})
   */
  public int vouchersPerPerson() {
    return vouchersPerPerson;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VoucherRegime)) {
      return false;
    }
    VoucherRegime r = (VoucherRegime) o;
    return id.equals(r.id)
        && validFrom.equals(r.validFrom)
        && hoursPerVoucher.equals(r.hoursPerVoucher)
        && minimumIndividualPerVoucher.equals(r.minimumIndividualPerVoucher)
        && maximumGroupPerVoucher.equals(r.maximumGroupPerVoucher)
        && aftercarePerPackage.equals(r.aftercarePerPackage)
        && aftercareWindow.equals(r.aftercareWindow)
        && vouchersPerPerson == r.vouchersPerPerson;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        validFrom,
        hoursPerVoucher,
        minimumIndividualPerVoucher,
        maximumGroupPerVoucher,
        aftercarePerPackage,
        aftercareWindow,
        vouchersPerPerson);
  }

  @Override
  public String toString() {
    return "VoucherRegime[" + id + " from " + validFrom + "]";
  }

  /** Builds a {@link VoucherRegime}; every attribute is required. */
  public static final class Builder {
    private String id;
    private LocalDate validFrom;
    private Duration hoursPerVoucher;
    private Duration minimumIndividualPerVoucher;
    private Duration maximumGroupPerVoucher;
    private Duration aftercarePerPackage;
    private Period aftercareWindow;
    private int vouchersPerPerson;

    private Builder() {}

    /**
     * @param regime a regime to copy
     * @return this builder holding every attribute of {@code regime}
     */
    public Builder from(VoucherRegime regime) {
      return id(regime.id)
          .validFrom(regime.validFrom)
          .hoursPerVoucher(regime.hoursPerVoucher)
          .minimumIndividualPerVoucher(regime.minimumIndividualPerVoucher)
          .maximumGroupPerVoucher(regime.maximumGroupPerVoucher)
          .aftercarePerPackage(regime.aftercarePerPackage)
          .aftercareWindow(regime.aftercareWindow)
          .vouchersPerPerson(regime.vouchersPerPerson);
    }

    /**
     * @param value the stable identifier
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * @param value the first opening day the regime applies to
     * @return this builder
     */
    public Builder validFrom(LocalDate value) {
      this.validFrom = value;
      return this;
    }

    /**
     * @param value guidance per voucher
     * @return this builder
     */
    public Builder hoursPerVoucher(Duration value) {
      this.hoursPerVoucher = value;
      return this;
    }

    /**
     * @param value minimum individual guidance per voucher
     * @return this builder
     */
    public Builder minimumIndividualPerVoucher(Duration value) {
      this.minimumIndividualPerVoucher = value;
      return this;
    }

    /**
     * @param value maximum group guidance per voucher
     * @return this builder
     */
    public Builder maximumGroupPerVoucher(Duration value) {
      this.maximumGroupPerVoucher = value;
      return this;
    }

    /**
     * @param value maximum aftercare per package
     * @return this builder
     */
    public Builder aftercarePerPackage(Duration value) {
      this.aftercarePerPackage = value;
      return this;
    }

    /**
     * @param value the aftercare period after the synthesis
     * @return this builder
     */
    public Builder aftercareWindow(Period value) {
      this.aftercareWindow = value;
      return this;
    }

    /**
     * @param value vouchers per person
     * @return this builder
     */
    public Builder vouchersPerPerson(int value) {
      this.vouchersPerPerson = value;
      return this;
    }

    /**
     * @return the regime
     * @throws NullPointerException when an attribute is missing
     * @throws IllegalArgumentException when a number is out of range
     */
    public VoucherRegime build() {
      return new VoucherRegime(this);
    }
  }
}

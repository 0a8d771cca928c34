package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Coded;

/**
 * The age band that matters to the coaching approach (003 table 1.1: youth career coaching and
 * senior career coaching). Dutch: leeftijdsgroep.
 *
 * <p>The sources name the senior band as "55+" and youth as school-leavers. The youth band's upper
 * bound is not fixed by the sources; Loopbaan takes ages below {@value #ADULT_FROM} as youth. Use
 * {@link #ofAge(int)} to map an age, or declare a band directly on the client when only the band is
 * known.
 */
public enum AgeBand implements Coded {
  /** Young people and school-leavers, below {@value #ADULT_FROM}. Dutch: jongeren. */
  YOUTH("youth"),
  /** From {@value #ADULT_FROM} to {@value #SENIOR_FROM} exclusive. Dutch: volwassenen. */
  ADULT("adult"),
  /** {@value #SENIOR_FROM} and older. Dutch: senioren (55+). */
  SENIOR("senior");

  /** First age of the adult band, in years. */
  public static final int ADULT_FROM = 25;

  /** First age of the senior band, in years (003: "Ik ben 55+"). */
  public static final int SENIOR_FROM = 55;

  private final String code;

  AgeBand(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * @param age an age in whole years, 0 to 150
   * @return the band of that age
   * @throws IllegalArgumentException when the age is negative or above 150
   */
  public static AgeBand ofAge(int age) {
    if (age < 0 || age > 150) {
      throw new IllegalArgumentException("age must be between 0 and 150");
    }
    return age < ADULT_FROM ? YOUTH : age < SENIOR_FROM ? ADULT : SENIOR;
  }
}

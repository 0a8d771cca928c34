package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Coded;

/**
 * Where the client's organisation is heading, as far as it bears on the coaching (003 §1.2: "Of er
 * sprake is van groei of dat er na verontrustende cijfers fors ingekrompen moet worden, is van
 * invloed op de loopbaancoaching en de mogelijkheden die er zijn"). Dutch: ontwikkeling van de
 * organisatie.
 */
public enum OrganisationDevelopment implements Coded {
  /** The organisation grows. Dutch: groei. */
  GROWING("growing"),
  /** Neither growing nor shrinking. Dutch: stabiel. */
  STABLE("stable"),
  /** The organisation must shrink. Dutch: krimp. */
  SHRINKING("shrinking"),
  /** A reorganisation or merger is under way (003 §1.2). Dutch: reorganisatie of fusie. */
  REORGANISING("reorganising");

  private final String code;

  OrganisationDevelopment(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

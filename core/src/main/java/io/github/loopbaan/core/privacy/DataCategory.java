package io.github.loopbaan.core.privacy;

import io.github.loopbaan.core.Coded;

/**
 * What kind of data an attribute holds, in the sense of the GDPR (AVG).
 *
 * <p>Dutch: gegevenscategorie. Stress, burn-out, psychological complaints and long-term sickness
 * are {@link #HEALTH} data: special-category personal data under GDPR article 9 (bijzondere
 * persoonsgegevens).
 */
public enum DataCategory implements Coded {
  /** Facts about the trajectory that identify no one: phases, hours, statuses. */
  ORDINARY("ordinary"),
  /**
   * Data about an identifiable person: names, the client's own words, notes. Dutch:
   * persoonsgegevens.
   */
  PERSONAL("personal"),
  /** Health data, special category under GDPR art. 9. Dutch: gezondheidsgegevens. */
  HEALTH("health");

  private final String code;

  DataCategory(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

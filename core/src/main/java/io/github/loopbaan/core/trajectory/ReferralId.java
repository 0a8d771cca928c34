package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a referral (Dutch: doorverwijzing). See {@link Identifier} for the accepted values.
 */
public final class ReferralId extends Identifier {

  private ReferralId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static ReferralId of(String value) {
    return new ReferralId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static ReferralId random() {
    return new ReferralId(UUID.randomUUID().toString());
  }
}

package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a career voucher (Dutch: loopbaancheque). See {@link Identifier} for the accepted
 * values.
 */
public final class VoucherId extends Identifier {

  private VoucherId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static VoucherId of(String value) {
    return new VoucherId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static VoucherId random() {
    return new VoucherId(UUID.randomUUID().toString());
  }
}

package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a commissioner (Dutch: opdrachtgever). See {@link Identifier} for the accepted values.
 */
public final class CommissionerId extends Identifier {

  private CommissionerId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static CommissionerId of(String value) {
    return new CommissionerId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static CommissionerId random() {
    return new CommissionerId(UUID.randomUUID().toString());
  }
}

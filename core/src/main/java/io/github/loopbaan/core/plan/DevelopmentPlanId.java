package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a personal development plan (Dutch: persoonlijk ontwikkelingsplan, POP). See {@link
 * Identifier} for the accepted values.
 */
public final class DevelopmentPlanId extends Identifier {

  private DevelopmentPlanId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static DevelopmentPlanId of(String value) {
    return new DevelopmentPlanId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static DevelopmentPlanId random() {
    return new DevelopmentPlanId(UUID.randomUUID().toString());
  }
}

package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/** Identifies an insight (Dutch: inzicht). See {@link Identifier} for the accepted values. */
public final class InsightId extends Identifier {

  private InsightId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static InsightId of(String value) {
    return new InsightId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static InsightId random() {
    return new InsightId(UUID.randomUUID().toString());
  }
}

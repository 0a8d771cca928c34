package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/** Identifies a coach (Dutch: coach). See {@link Identifier} for the accepted values. */
public final class CoachId extends Identifier {

  private CoachId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static CoachId of(String value) {
    return new CoachId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static CoachId random() {
    return new CoachId(UUID.randomUUID().toString());
  }
}

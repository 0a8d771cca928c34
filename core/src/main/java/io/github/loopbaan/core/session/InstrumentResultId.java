package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies the result of an instrument (Dutch: resultaat van een instrument). See {@link
 * Identifier} for the accepted values.
 */
public final class InstrumentResultId extends Identifier {

  private InstrumentResultId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static InstrumentResultId of(String value) {
    return new InstrumentResultId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static InstrumentResultId random() {
    return new InstrumentResultId(UUID.randomUUID().toString());
  }
}

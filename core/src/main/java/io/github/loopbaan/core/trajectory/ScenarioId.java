package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a career scenario (Dutch: loopbaanscenario). See {@link Identifier} for the accepted
 * values.
 */
public final class ScenarioId extends Identifier {

  private ScenarioId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static ScenarioId of(String value) {
    return new ScenarioId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static ScenarioId random() {
    return new ScenarioId(UUID.randomUUID().toString());
  }
}

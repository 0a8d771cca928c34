package io.github.loopbaan.core.trajectory;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a trajectory (Dutch: loopbaantraject). See {@link Identifier} for the accepted values.
 */
public final class TrajectoryId extends Identifier {

  private TrajectoryId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static TrajectoryId of(String value) {
    return new TrajectoryId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static TrajectoryId random() {
    return new TrajectoryId(UUID.randomUUID().toString());
  }
}

package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/** Identifies an assignment (Dutch: opdracht). See {@link Identifier} for the accepted values. */
public final class AssignmentId extends Identifier {

  private AssignmentId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static AssignmentId of(String value) {
    return new AssignmentId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static AssignmentId random() {
    return new AssignmentId(UUID.randomUUID().toString());
  }
}

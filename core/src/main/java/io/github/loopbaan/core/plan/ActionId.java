package io.github.loopbaan.core.plan;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies an action of the action plan (Dutch: actie). See {@link Identifier} for the accepted
 * values.
 */
public final class ActionId extends Identifier {

  private ActionId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static ActionId of(String value) {
    return new ActionId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static ActionId random() {
    return new ActionId(UUID.randomUUID().toString());
  }
}

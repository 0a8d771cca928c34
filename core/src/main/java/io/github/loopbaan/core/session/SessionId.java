package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a session (Dutch: gesprek, sessie). See {@link Identifier} for the accepted values.
 */
public final class SessionId extends Identifier {

  private SessionId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static SessionId of(String value) {
    return new SessionId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static SessionId random() {
    return new SessionId(UUID.randomUUID().toString());
  }
}

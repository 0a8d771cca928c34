package io.github.loopbaan.core.party;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/** Identifies a client (Dutch: cliënt). See {@link Identifier} for the accepted values. */
public final class ClientId extends Identifier {

  private ClientId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static ClientId of(String value) {
    return new ClientId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static ClientId random() {
    return new ClientId(UUID.randomUUID().toString());
  }
}

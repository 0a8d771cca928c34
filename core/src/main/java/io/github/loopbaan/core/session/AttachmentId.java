package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a file the coach keeps (Dutch: bijlage, bestand). See {@link Identifier} for the
 * accepted values.
 */
public final class AttachmentId extends Identifier {

  private AttachmentId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static AttachmentId of(String value) {
    return new AttachmentId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static AttachmentId random() {
    return new AttachmentId(UUID.randomUUID().toString());
  }
}

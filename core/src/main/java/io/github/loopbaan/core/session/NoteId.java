package io.github.loopbaan.core.session;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a note the coach writes (Dutch: notitie). See {@link Identifier} for the accepted
 * values.
 */
public final class NoteId extends Identifier {

  private NoteId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static NoteId of(String value) {
    return new NoteId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static NoteId random() {
    return new NoteId(UUID.randomUUID().toString());
  }
}

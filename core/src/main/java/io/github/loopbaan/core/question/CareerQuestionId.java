package io.github.loopbaan.core.question;

import io.github.loopbaan.core.Identifier;
import java.util.UUID;

/**
 * Identifies a career question (Dutch: loopbaanvraag). See {@link Identifier} for the accepted
 * values.
 */
public final class CareerQuestionId extends Identifier {

  private CareerQuestionId(String value) {
    super(value);
  }

  /**
   * @param value 1 to 128 printable ASCII characters without white space
   * @return the identifier
   * @throws io.github.loopbaan.core.InvalidValueException when the value is not acceptable
   */
  public static CareerQuestionId of(String value) {
    return new CareerQuestionId(value);
  }

  /**
   * @return a new identifier holding a random UUID
   */
  public static CareerQuestionId random() {
    return new CareerQuestionId(UUID.randomUUID().toString());
  }
}

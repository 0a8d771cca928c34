package io.github.loopbaan.core;

import io.github.loopbaan.core.internal.Require;
import java.util.Objects;

/**
 * Base of the typed identifiers of the model ({@code ClientId}, {@code TrajectoryId}, …). Dutch:
 * kenmerk, identificatie.
 *
 * <p>An identifier is an opaque, pseudonymous key chosen by the application: 1 to {@value
 * #MAX_LENGTH} printable ASCII characters without white space (for example a UUID or a database
 * key). It must not be built from personal data such as a name or a national register number. Two
 * identifiers are equal when they are of the same type and have the same value. Identifiers of
 * different types never compare equal, so a {@code ClientId} cannot be mistaken for a {@code
 * CoachId}.
 */
public abstract class Identifier implements Comparable<Identifier> {

  /** Longest identifier value, in characters. */
  public static final int MAX_LENGTH = 128;

  private final String value;

  /**
   * Checks and stores the value.
   *
   * @param value the identifier value
   * @throws InvalidValueException when the value is blank, too long, or holds white space or
   *     non-ASCII characters
   */
  protected Identifier(String value) {
    Objects.requireNonNull(value, "value");
    String type = getClass().getSimpleName();
    Require.that(!value.isEmpty(), type, "value", "not_blank", "must not be blank");
    Require.that(
        value.length() <= MAX_LENGTH,
        type,
        "value",
        "max_length",
        "must not be longer than " + MAX_LENGTH + " characters");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      Require.that(
          c > 0x20 && c < 0x7f,
          type,
          "value",
          "printable_ascii",
          "must consist of printable ASCII characters without white space");
    }
    this.value = value;
  }

  /**
   * @return the identifier value, as given to the factory
   */
  public final String getValue() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((Identifier) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Orders by type name, then by value. */
  @Override
  public final int compareTo(Identifier other) {
    int byType = getClass().getName().compareTo(other.getClass().getName());
    return byType != 0 ? byType : value.compareTo(other.value);
  }

  /**
   * @return for example {@code ClientId[c-17]}
   */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + value + "]";
  }
}

package io.github.loopbaan.core.standards;

import io.github.loopbaan.core.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** Base of the small code values of this package: a checked string with value equality. */
abstract class CodeValue {

  private final String value;

  CodeValue(String value, Pattern format, String formatDescription) {
    Objects.requireNonNull(value, "value");
    if (value.length() > 512 || !format.matcher(value).matches()) {
      throw new InvalidValueException(
          getClass().getSimpleName(), "value", "format", "must be " + formatDescription);
    }
    this.value = value;
  }

  /**
   * @return the code or URI as text
   */
  public final String getValue() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((CodeValue) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + value + "]";
  }
}

package io.github.loopbaan.core.standards;

import java.util.regex.Pattern;

/**
 * An ISCO-08 code (International Standard Classification of Occupations): 1 digit for a major group
 * up to 4 digits for a unit group, for example {@code 2423} (personnel and careers professionals).
 * Dutch: ISCO-beroepscode.
 */
public final class IscoCode extends CodeValue {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{1,4}");

  private IscoCode(String value) {
    super(value, FORMAT, "an ISCO-08 code of 1 to 4 digits");
  }

  /**
   * @param code 1 to 4 digits
   * @return the code
   * @throws io.github.loopbaan.core.InvalidValueException (rule {@code format}) for anything else
   */
  public static IscoCode of(String code) {
    return new IscoCode(code);
  }

  /**
   * @return the level of the code: 1 major group, 2 sub-major, 3 minor, 4 unit group
   */
  public int level() {
    return getValue().length();
  }
}

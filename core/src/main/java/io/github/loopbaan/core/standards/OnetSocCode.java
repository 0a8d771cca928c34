package io.github.loopbaan.core.standards;

import java.util.regex.Pattern;

/**
 * An O*NET-SOC occupation code, for example {@code 21-1012.00} (educational, guidance and career
 * counselors). Dutch: O*NET-SOC-beroepscode.
 */
public final class OnetSocCode extends CodeValue {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{2}-[0-9]{4}\\.[0-9]{2}");

  private OnetSocCode(String value) {
    super(value, FORMAT, "an O*NET-SOC code such as 21-1012.00");
  }

  /**
   * @param code the code, {@code NN-NNNN.NN}
   * @return the code
   * @throws io.github.loopbaan.core.InvalidValueException (rule {@code format}) for anything else
   */
  public static OnetSocCode of(String code) {
    return new OnetSocCode(code);
  }
}

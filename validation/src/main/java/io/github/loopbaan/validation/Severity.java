package io.github.loopbaan.validation;

import io.github.loopbaan.core.Coded;

/**
 * How serious a rule violation is. Dutch: ernst.
 *
 * <p>A rule is an {@link #ERROR} unless its constraint carries the payload {@link
 * io.github.loopbaan.core.rules.Warning}; a {@link ValidationReport} with warnings only is valid.
 */
public enum Severity implements Coded {
  /** The value does not satisfy the rule set. Dutch: fout. */
  ERROR("error"),
  /** The rule set recommends otherwise, but the value is acceptable. Dutch: waarschuwing. */
  WARNING("warning");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}

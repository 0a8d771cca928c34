package io.github.loopbaan.core;

import java.util.Objects;

/**
 * Thrown when a value is constructed with an attribute that can never be right: a blank identifier,
 * a non-positive duration, an end before its start. Dutch: ongeldige waarde.
 *
 * <p>The message names the type, the attribute and the rule that was broken, and never the
 * offending value: values may hold personal or health data. {@link #getType()}, {@link
 * #getAttribute()} and {@link #getRule()} give the same facts to code. Rule codes are stable
 * lower-case words such as {@code not_blank} or {@code not_before}.
 *
 * <p>Completeness (for example whether a development plan holds everything the career-voucher rules
 * ask) is never reported with this exception: a draft is a legal value; validation reports what is
 * missing.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The simple name of the value type whose construction was rejected. */
  private final String type;

  /** The attribute that broke the rule. */
  private final String attribute;

  /** The stable code of the broken rule. */
  private final String rule;

  /**
   * Creates an exception for one broken structural rule.
   *
   * @param type the simple name of the value type, for example {@code "Session"}
   * @param attribute the attribute (or attributes, joined with {@code ","}) that broke the rule
   * @param rule the stable rule code, for example {@code "positive"}
   * @param explanation a sentence that explains the rule; it must not contain the value itself
   */
  public InvalidValueException(String type, String attribute, String rule, String explanation) {
    super(type + "." + attribute + ": " + explanation + " (rule " + rule + ")");
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * @return the simple name of the value type whose construction was rejected
   */
  public String getType() {
    return type;
  }

  /**
   * @return the attribute that broke the rule
   */
  public String getAttribute() {
    return attribute;
  }

  /**
   * @return the stable code of the broken rule, for example {@code not_blank}
   */
  public String getRule() {
    return rule;
  }
}

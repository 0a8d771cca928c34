package io.github.loopbaan.validation;

import io.github.loopbaan.core.rules.Base;
import io.github.loopbaan.core.rules.FlemishVoucher;
import jakarta.validation.groups.Default;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule set (Dutch: regelset, profiel): a stable code and the Jakarta Validation group whose
 * constraints form it.
 *
 * <p>Loopbaan ships {@link #BASE} and {@link #FLEMISH_VOUCHER}. An application defines its own rule
 * set without forking: declare a group interface, put its own constraint annotations (with a {@link
 * io.github.loopbaan.core.rules.RuleCode} and a {@code ConstraintValidator} listed in its own
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, messages in its own {@code
 * ContributorValidationMessages.properties}) in that group on its own types, or register them
 * programmatically through Hibernate Validator's constraint mapping API on the model types; then
 * {@code validate(value, RuleSet.of("my_practice", MyPractice.class))}.
 */
public final class RuleSet {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

  /**
   * Rules every practice shares (Dutch: basisregels): a plan and a goal once past the intake, a POP
   * after the synthesis, an action plan in an action-oriented POP. Declared in the {@code Default}
   * group, so they also apply to a plain {@code validator.validate(value)}.
   */
  public static final RuleSet BASE = new RuleSet("base", 2, Base.class);

  /** The Flemish career-voucher rules (Dutch: loopbaancheques, VDAB; seed 004). */
  public static final RuleSet FLEMISH_VOUCHER =
      new RuleSet("flemish_voucher", 2, FlemishVoucher.class);

  private final String code;
  private final int version;
  private final Class<?> group;

  private RuleSet(String code, int version, Class<?> group) {
    this.code = code;
    this.version = version;
    this.group = group;
  }

  /**
   * A rule set of your own.
   *
   * @param code a stable lower-case code, for example {@code "my_practice"}
   * @param group the validation group interface whose constraints form the rule set
   * @return the rule set
   * @throws IllegalArgumentException when the code is not lower-case letters, digits and
   *     underscores or the group is not an interface
   */
  public static RuleSet of(String code, Class<?> group) {
    return of(code, 1, group);
  }

  /**
   * A rule set of your own, with the version of its rules.
   *
   * @param code a stable lower-case code, for example {@code "my_practice"}
   * @param version the version of the rules, at least 1; raise it whenever a rule changes, so a
   *     report says which rules accepted a file
   * @param group the validation group interface whose constraints form the rule set
   * @return the rule set
   * @throws IllegalArgumentException when the code is not lower-case letters, digits and
   *     underscores, the version is below 1 or the group is not an interface
   */
  public static RuleSet of(String code, int version, Class<?> group) {
    Objects.requireNonNull(code, "code");
    if (version < 1) {
      throw new IllegalArgumentException("A rule set version is at least 1");
    }
    Objects.requireNonNull(group, "group");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "A rule set code is lower-case letters, digits and underscores");
    }
    if (!group.isInterface()) {
      throw new IllegalArgumentException("A rule set group must be an interface");
    }
    return new RuleSet(code, version, group);
  }

  /**
   * @return the stable code, for example {@code flemish_voucher}
   */
  public String code() {
    return code;
  }

  /**
   * @return the version of the rule set's rules: 2 for the shipped sets since regimes became data
   *     and hours are counted per voucher (1 before); 1 for {@link #of(String, Class)}
   */
  public int version() {
    return version;
  }

  /**
   * @return the code and the version, for example {@code flemish_voucher@2}: how a report names the
   *     rule set
   */
  public String ref() {
    return code + "@" + version;
  }

  /**
   * @return the validation group
   */
  public Class<?> group() {
    return group;
  }

  /**
   * @param group a validation group
   * @return the code of the shipped rule set for that group, or the group's name in snake case
   */
  static String codeOf(Class<?> group) {
    if (group == Base.class || group == Default.class) {
      return BASE.code;
    }
    if (group == FlemishVoucher.class) {
      return FLEMISH_VOUCHER.code;
    }
    return Texts.snake(group.getSimpleName());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSet
        && ((RuleSet) o).code.equals(code)
        && ((RuleSet) o).version == version
        && ((RuleSet) o).group == group;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, version, group);
  }

  /**
   * @return for example {@code RuleSet[flemish_voucher@2]}
   */
  @Override
  public String toString() {
    return "RuleSet[" + ref() + "]";
  }
}

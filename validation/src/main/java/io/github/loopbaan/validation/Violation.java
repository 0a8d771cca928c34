package io.github.loopbaan.validation;

import io.github.loopbaan.core.rules.RuleCode;
import io.github.loopbaan.core.rules.Warning;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * One rule a value does not satisfy (Dutch: regelschending): the stable rule code, its severity,
 * the rule set, the path to the attribute concerned and a message in nl or en.
 *
 * <p>A violation never holds personal data: its facts are codes, durations and counts, never names
 * or texts of the model, and {@link #toString()} shows code, severity and path only.
 */
public final class Violation {

  private final String code;
  private final Severity severity;
  private final String ruleSet;
  private final String path;
  private final String template;
  private final String providerMessage;
  private final Map<String, Object> facts;
  private final Map<String, Object> attributes;

  private Violation(
      String code,
      Severity severity,
      String ruleSet,
      String path,
      String template,
      String providerMessage,
      Map<String, Object> facts,
      Map<String, Object> attributes) {
    this.code = code;
    this.severity = severity;
    this.ruleSet = ruleSet;
    this.path = path;
    this.template = template;
    this.providerMessage = providerMessage;
    this.facts = facts;
    this.attributes = attributes;
  }

  /**
   * Reads a violation reported by any Jakarta Validation provider.
   *
   * @param violation the provider's violation
   * @return the violation with its rule code and severity
   */
  public static Violation of(ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    Map<String, Object> facts = Collections.emptyMap();
    if (violation instanceof HibernateConstraintViolation) {
      @SuppressWarnings("unchecked")
      Map<String, Object> dynamic =
          ((HibernateConstraintViolation<?>) violation).getDynamicPayload(Map.class);
      if (dynamic != null) {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(dynamic));
      }
    }
    return new Violation(
        codeOf(descriptor),
        severityOf(descriptor),
        descriptor.getGroups().stream()
            .map(RuleSet::codeOf)
            .sorted()
            .findFirst()
            .orElse(RuleSet.BASE.code()),
        violation.getPropertyPath().toString(),
        violation.getMessageTemplate(),
        violation.getMessage(),
        facts,
        Collections.unmodifiableMap(new LinkedHashMap<>(descriptor.getAttributes())));
  }

  /**
   * @param descriptor a constraint
   * @return its {@link RuleCode}, or the annotation's simple name in snake case when it has none
   *     (for example {@code not_blank} for {@code @NotBlank})
   */
  static String codeOf(ConstraintDescriptor<?> descriptor) {
    Class<?> type = descriptor.getAnnotation().annotationType();
    RuleCode rule = type.getAnnotation(RuleCode.class);
    return rule != null ? rule.value() : Texts.snake(type.getSimpleName());
  }

  /**
   * @param descriptor a constraint
   * @return {@link Severity#WARNING} when its payload holds {@link Warning}, else {@link
   *     Severity#ERROR}
   */
  static Severity severityOf(ConstraintDescriptor<?> descriptor) {
    return descriptor.getPayload().stream().anyMatch(Warning.class::isAssignableFrom)
        ? Severity.WARNING
        : Severity.ERROR;
  }

  /**
   * @return the stable rule code, for example {@code vch_intake_topics}
   */
  public String code() {
    return code;
  }

  /**
   * @return error or warning
   */
  public Severity severity() {
    return severity;
  }

  /**
   * @return the code of the rule set the rule belongs to, for example {@code flemish_voucher}
   */
  public String ruleSet() {
    return ruleSet;
  }

  /**
   * @return the path from the validated value to the attribute concerned, for example {@code
   *     developmentPlan.generalData.title}; empty for the value itself
   */
  public String path() {
    return path;
  }

  /**
   * @return the facts the rule reported for its message, by name: codes, durations, periods and
   *     counts, never personal data
   */
  public Map<String, Object> facts() {
    return facts;
  }

  /**
   * The message in a language. Dutch for {@code nl} (also {@code nl-BE}), English for every other
   * language.
   *
   * @param locale the language
   * @return the message, with the facts in words of that language; never personal data
   */
  public String message(Locale locale) {
    String text = Texts.render(template, facts, attributes, locale);
    return text != null ? text : providerMessage;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation v = (Violation) o;
    return code.equals(v.code)
        && severity == v.severity
        && ruleSet.equals(v.ruleSet)
        && path.equals(v.path)
        && facts.equals(v.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, ruleSet, path, facts);
  }

  /**
   * @return for example {@code Violation[vch_pop_title error developmentPlan.generalData.title]}
   */
  @Override
  public String toString() {
    return "Violation[" + code + " " + severity.code() + " " + path + "]";
  }
}

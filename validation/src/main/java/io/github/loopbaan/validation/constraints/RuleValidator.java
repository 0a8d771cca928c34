package io.github.loopbaan.validation.constraints;

import io.github.loopbaan.core.rules.RuleCode;
import io.github.loopbaan.core.trajectory.FundingRegimes;
import io.github.loopbaan.core.trajectory.VoucherHistory;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Base of every Loopbaan rule validator: runs the rule's check and turns a {@link Finding} into one
 * constraint violation at the finding's path, with the facts as message parameters and as Hibernate
 * Validator dynamic payload (a {@code Map}), so that {@code Violation.message(Locale)} can render
 * them in either language.
 *
 * @param <A> the constraint annotation
 * @param <T> the validated type
 */
public abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** The rule's code, from the {@link RuleCode} of its annotation; set by {@link #initialize}. */
  private String code = "";

  /** Creates the validator. */
  protected RuleValidator() {}

  /**
   * Reads the rule's code from its annotation, for the message parameter {@code ruleCode}: a
   * framework that shows message parameters, or a message template of the application, can name the
   * rule with {@code {ruleCode}}.
   *
   * @param annotation the constraint annotation
   */
  @Override
  public void initialize(A annotation) {
    RuleCode rule = annotation.annotationType().getAnnotation(RuleCode.class);
    code = rule == null ? "" : rule.value();
  }

  /**
   * @param value the value, never {@code null}
   * @param regimes the funding regimes the validator accepts
   * @return what is wrong, or empty when the rule holds
   */
  protected abstract Optional<Finding> check(T value, FundingRegimes regimes);

  /**
   * The check with the person's earlier vouchers: rules that need them override this one.
   *
   * @param value the value, never {@code null}
   * @param regimes the funding regimes the validator accepts
   * @param history the person's earlier vouchers, when the application supplied them
   * @return what is wrong, or empty when the rule holds
   */
  protected Optional<Finding> check(
      T value, FundingRegimes regimes, Optional<VoucherHistory> history) {
    return check(value, regimes);
  }

  /**
   * The check with everything the validator was given: rules that need the catalogue override this
   * one; the default calls {@link #check(Object, FundingRegimes, Optional)}.
   *
   * @param value the value, never {@code null}
   * @param context the regimes, the catalogue and, when supplied, the person's earlier vouchers
   * @return what is wrong, or empty when the rule holds
   */
  protected Optional<Finding> check(T value, RuleContext context) {
    return check(value, context.regimes(), context.history());
  }

  @Override
  public final boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = null;
    try {
      hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException notHibernate) {
      hibernate = null;
    }
    RuleContext rules =
        hibernate == null ? null : hibernate.getConstraintValidatorPayload(RuleContext.class);
    if (rules == null) {
      // A factory configured by hand: a bare FundingRegimes payload, or none at all.
      FundingRegimes regimes =
          hibernate == null ? null : hibernate.getConstraintValidatorPayload(FundingRegimes.class);
      rules =
          RuleContext.of(regimes == null ? FundingRegimes.builtIn() : regimes, Optional.empty());
    }
    Optional<Finding> finding = check(value, rules);
    if (finding.isEmpty()) {
      return true;
    }
    Map<String, Object> facts = finding.get().facts();
    if (hibernate != null) {
      for (Map.Entry<String, Object> fact : facts.entrySet()) {
        hibernate.addMessageParameter(fact.getKey(), Facts.english(fact.getValue()));
        // The Dutch bundle names facts that read differently in Dutch {name_nl}, so that any
        // Bean Validation path (a framework's validator too) renders them in Dutch.
        hibernate.addMessageParameter(fact.getKey() + "_nl", Facts.format(fact.getValue(), DUTCH));
      }
      hibernate.addMessageParameter("ruleCode", code);
      hibernate.withDynamicPayload(Collections.unmodifiableMap(new LinkedHashMap<>(facts)));
    }
    context.disableDefaultConstraintViolation();
    ConstraintValidatorContext.ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
    String path = finding.get().path();
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return false;
    }
    String[] nodes = path.split("\\.");
    ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
        builder.addPropertyNode(nodes[0]);
    for (int i = 1; i < nodes.length; i++) {
      node = node.addPropertyNode(nodes[i]);
    }
    node.addConstraintViolation();
    return false;
  }
}

package io.github.loopbaan.core.rules.voucher;

import io.github.loopbaan.core.rules.RuleCode;
import io.github.loopbaan.core.rules.Warning;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code vch_pop_title} on {@link io.github.loopbaan.core.plan.DevelopmentPlan}: The POP's
 * title names the voucher number, as in "POP (loopbaancheque 1 of 2)". Dutch: titel van het POP.
 *
 * <p>Source: 004 §5 Algemene gegevens. The validator comes from {@code loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(value = "vch_pop_title", source = "004 §5 Algemene gegevens")
public @interface PopTitle {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_pop_title}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

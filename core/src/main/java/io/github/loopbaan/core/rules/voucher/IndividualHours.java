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
 * Rule {@code vch_individual_hours} on {@link io.github.loopbaan.core.trajectory.Trajectory}: Once
 * the synthesis is held, at least the regime's individual guidance per voucher is registered (2.5
 * hours under the shipped regime). Dutch: minimaal 2,5u individuele begeleiding per loopbaancheque.
 *
 * <p>Source: 004 §3 Verdiepende gesprekken; voucher regime. The validator comes from {@code
 * loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(value = "vch_individual_hours", source = "004 §3 Verdiepende gesprekken; voucher regime")
public @interface IndividualHours {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_individual_hours}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

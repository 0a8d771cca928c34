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
 * Rule {@code vch_vouchers} on {@link io.github.loopbaan.core.trajectory.Trajectory}: The
 * trajectory is funded by career vouchers, at least one and at most the regime's vouchers per
 * person. Dutch: loopbaancheques.
 *
 * <p>Source: 004 (POP &quot;loopbaancheque 1 of 2&quot;); voucher regime. The validator comes from
 * {@code loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(value = "vch_vouchers", source = "004 (POP \"loopbaancheque 1 of 2\"); voucher regime")
public @interface Vouchers {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_vouchers}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

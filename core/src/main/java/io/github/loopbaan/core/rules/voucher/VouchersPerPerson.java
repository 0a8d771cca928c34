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
 * Rule {@code vch_vouchers_per_person} on {@link io.github.loopbaan.core.trajectory.Trajectory}:
 * The vouchers the person used within the regime's period, this trajectory's included, stay within
 * the regime's vouchers per person; checked when the application supplies the person's
 * VoucherHistory. Dutch: maximaal twee loopbaancheques per persoon.
 *
 * <p>Source: 004 §5 (POP 'loopbaancheque 1 of 2'); voucher regime. The validator comes from {@code
 * loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "vch_vouchers_per_person",
    source = "004 §5 (POP 'loopbaancheque 1 of 2'); voucher regime")
public @interface VouchersPerPerson {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_vouchers_per_person}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

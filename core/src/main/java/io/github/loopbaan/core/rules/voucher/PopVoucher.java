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
 * Rule {@code vch_pop_voucher} on {@link io.github.loopbaan.core.trajectory.Trajectory}: The
 * voucher number in the POP's title ("POP (loopbaancheque 1 of 2)") is a voucher of the
 * trajectory's funding. Dutch: het POP noemt een loopbaancheque van het traject.
 *
 * <p>Source: 004 §5 Synthesegesprek met POP, Algemene gegevens. The validator comes from {@code
 * loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(value = "vch_pop_voucher", source = "004 §5 Synthesegesprek met POP, Algemene gegevens")
public @interface PopVoucher {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_pop_voucher}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

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
 * Rule {@code vch_waiting_period} on {@link io.github.loopbaan.core.trajectory.Trajectory}: The
 * guidance starts no earlier than the regime's waiting period after the person's latest earlier
 * package; checked when the application supplies the person's VoucherHistory and the regime sets a
 * waiting period. Dutch: wachttijd tussen twee pakketten.
 *
 * <p>Source: voucher regime (the seeds set no waiting period). The validator comes from {@code
 * loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(value = "vch_waiting_period", source = "voucher regime (the seeds set no waiting period)")
public @interface WaitingPeriod {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_waiting_period}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

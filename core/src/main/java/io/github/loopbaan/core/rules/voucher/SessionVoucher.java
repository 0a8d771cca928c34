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
 * Rule {@code vch_session_voucher} on {@link io.github.loopbaan.core.trajectory.Trajectory}: Every
 * held session that counts toward the registered hours is registered on a voucher of the funding,
 * since the hours are counted per voucher. Dutch: elk geregistreerd gesprek op een loopbaancheque.
 *
 * <p>Source: 004 §3 Verdiepende gesprekken (per loopbaancheque). The validator comes from {@code
 * loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "vch_session_voucher",
    source = "004 §3 Verdiepende gesprekken (per loopbaancheque)")
public @interface SessionVoucher {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_session_voucher}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

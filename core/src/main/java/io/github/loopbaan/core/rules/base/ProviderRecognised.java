package io.github.loopbaan.core.rules.base;

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
 * Rule {@code base_provider_recognised} on {@link io.github.loopbaan.core.trajectory.Trajectory}:
 * Under a regime that pays only recognised career centres, the trajectory names its provider with a
 * recognition number once the intake is held. Dutch: erkend loopbaancentrum.
 *
 * <p>Source: 004 (the career centre in the voucher system); the funding regime. The validator comes
 * from {@code loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "base_provider_recognised",
    source = "004 (the career centre in the voucher system); the funding regime")
public @interface ProviderRecognised {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.base_provider_recognised}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

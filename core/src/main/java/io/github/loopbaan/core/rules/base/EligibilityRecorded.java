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
 * Rule {@code base_eligibility_recorded} on {@link io.github.loopbaan.core.trajectory.Trajectory}:
 * Under a regime that asks for it, once the intake is held its agreement records the client's
 * eligibility: the right to guidance confirmed, the contribution paid or exempt, and an employment
 * situation the regime funds. Dutch: rechthebbendheid.
 *
 * <p>Source: 004 §2 Intakegesprek (recht op loopbaanbegeleiding, financiele bijdrage); the funding
 * regime. The validator comes from {@code loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "base_eligibility_recorded",
    source =
        "004 §2 Intakegesprek (recht op loopbaanbegeleiding, financiele bijdrage); the funding regime")
public @interface EligibilityRecorded {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.base_eligibility_recorded}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

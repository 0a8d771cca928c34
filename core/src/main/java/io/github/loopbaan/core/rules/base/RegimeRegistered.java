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
 * Rule {@code base_regime_registered} on {@link io.github.loopbaan.core.trajectory.Trajectory}: The
 * funding's regime is one the validator's registry holds (same identifier, version and data) and is
 * valid on the opening day, so a report says under which rules a file was accepted.
 *
 * <p>Source: Loopbaan: regimes as dated, auditable data (domain brief, funding). The validator
 * comes from {@code loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "base_regime_registered",
    source = "Loopbaan: regimes as dated, auditable data (domain brief, funding)")
public @interface RegimeRegistered {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.base_regime_registered}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

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
 * Rule {@code base_health_data_ground} on {@link io.github.loopbaan.core.trajectory.Trajectory}:
 * health data is recorded only on a trajectory that holds a record of the ground for it: the
 * client's explicit consent or another documented legal ground ({@code ConsentScope.HEALTH_DATA}).
 * A withdrawn consent still counts here (the data was recorded lawfully); {@code RetentionPolicy}
 * makes the data due on the day of the withdrawal. Dutch: grondslag voor gezondheidsgegevens.
 *
 * <p>Source: GDPR art. 9(2)(a), (b) and (h); 003 ch. 4 and 9 (stress, burn-out, referral,
 * re-integration); 002 (vertrouwelijkheid). The validator comes from {@code loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "base_health_data_ground",
    source = "GDPR art. 9(2); 003 ch. 4 and 9; 002 vertrouwelijkheid")
public @interface HealthDataGround {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.base_health_data_ground}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

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
 * Rule {@code base_goal_past_intake} on {@link io.github.loopbaan.core.trajectory.Trajectory}: A
 * trajectory past its intake has at least one coaching goal, in its trajectory plan or in its POP.
 * Dutch: doel na intake.
 *
 * <p>Source: 000 (the intake sets the goals); 004 §3. The validator comes from {@code
 * loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(value = "base_goal_past_intake", source = "000 (the intake sets the goals); 004 §3")
public @interface GoalPastIntake {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.base_goal_past_intake}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

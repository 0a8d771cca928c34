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
 * Rule {@code vch_attest_training_named} on {@link io.github.loopbaan.core.trajectory.Trajectory}:
 * A training attest for a highly educated client is for a training named explicitly in the POP.
 * Dutch: opleiding expliciet vermeld in het POP. The rule reads the client's education level: it
 * holds for a client recorded as highly educated and, by choice, for one whose level is not
 * recorded ({@link io.github.loopbaan.core.trajectory.Trajectory#attestNeedsNamedTraining()}); for
 * a lower or middle level the coach's declaration that the training fits the POP suffices.
 *
 * <p>Source: 004 §5 (attest opleiding, hooggeschoolden). The validator comes from {@code
 * loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "vch_attest_training_named",
    source = "004 §5 (attest opleiding, hooggeschoolden)")
public @interface AttestTrainingNamed {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_attest_training_named}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

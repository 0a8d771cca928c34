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
 * Rule {@code vch_attest_career_question} on {@link io.github.loopbaan.core.trajectory.Trajectory}:
 * No training attest for guidance started only to obtain the training benefits: the trajectory
 * records a career question and the intake agreement does not record that the guidance was started
 * {@linkplain io.github.loopbaan.core.trajectory.IntakeAgreement#isOnlyForTrainingBenefit() only
 * for the benefit}. The lifecycle refuses such an attest before it is issued ({@code
 * only_for_training_benefit}); this rule reports one recorded by another door. Dutch: geen attest
 * zonder andere loopbaanvraag.
 *
 * <p>Source: 004 §5 (attest opleiding). The validator comes from {@code loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(value = "vch_attest_career_question", source = "004 §5 (attest opleiding)")
public @interface AttestCareerQuestion {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.vch_attest_career_question}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

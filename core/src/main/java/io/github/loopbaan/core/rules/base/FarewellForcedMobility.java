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
 * Rule {@code base_farewell_forced_mobility} on {@link
 * io.github.loopbaan.core.trajectory.Trajectory}, a warning: the trajectory plan goes through
 * farewell to work, but nothing in the file records forced mobility: neither the client's
 * employment situation ({@code forced_mobility}) nor an organisational question of reorganisation
 * (table 1.2). 000 phase 1 gives the farewell phase to forced labour mobility ("Wanneer er sprake
 * is van gedwongen arbeidsmobiliteit"); the lifecycle allows it for any client, since a job can be
 * lost in ways the file does not record, so the mismatch is a warning to check, not an error.
 *
 * <p>Source: 000 phase 1 (van rouwen naar bouwen). The validator comes from {@code
 * loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "base_farewell_forced_mobility",
    source = "000 phase 1 (afscheid van werk bij gedwongen arbeidsmobiliteit)")
public @interface FarewellForcedMobility {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.base_farewell_forced_mobility}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}

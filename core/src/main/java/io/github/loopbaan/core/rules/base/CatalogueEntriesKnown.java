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
 * Rule {@code base_catalogue_entries_known} on {@link
 * io.github.loopbaan.core.trajectory.Trajectory}: every application entry of an open catalogue that
 * the trajectory holds (the instrument of an assignment or of an instrument result) is listed, with
 * the same labels and category, in the catalogue the validator was given, so that the file reads
 * back from JSON with that catalogue and means there what it meant here. The library's standard
 * entries always pass.
 *
 * <p>Source: 001 (room for the coach's own instruments) and Loopbaan: catalogues passed where codes
 * are checked. The validator comes from {@code loopbaan-validation}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RuleCode(
    value = "base_catalogue_entries_known",
    source = "001 (the coach's own instruments); Loopbaan: open catalogues")
public @interface CatalogueEntriesKnown {

  /**
   * @return the message template: the key of the rule in the message bundles
   */
  String message() default "{io.github.loopbaan.rules.base_catalogue_entries_known}";

  /**
   * @return the rule sets (validation groups) this use belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return payload; {@link Warning} makes the rule a warning
   */
  Class<? extends Payload>[] payload() default {};
}
